// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMAIL_FIELD_WEIGHT,
  DEFAULT_EMAIL_FORM_WEIGHT,
  DEFAULT_NOT_SIGNUP_WEIGHT,
  emailSignupForm,
} from '../../../../src/core/appeals/rules/email-signup-form.ts';
import { findAppeals } from '../../../../src/core/appeals/index.ts';
import { evidenceOf, page } from './helpers.ts';

describe('email-signup-form', () => {
  it('sees an email field with a submit button as a sign-up', () => {
    const [e] = evidenceOf(emailSignupForm, '<form><input type="email" name="email"><button>Go</button></form>');
    expect(e).toMatchObject({ target: 'newsletter', kind: 'structure', weight: DEFAULT_EMAIL_FORM_WEIGHT });
  });

  it('recognises an email field by its name or placeholder in several languages', () => {
    for (const hint of ['placeholder="email address"', 'name="EMAIL"', 'placeholder="Votre courriel"', 'placeholder="Ваша почта"']) {
      const [e] = evidenceOf(emailSignupForm, `<div><input type="text" ${hint}><input type="submit" value="OK"></div>`);
      expect(e?.weight, hint).toBe(DEFAULT_EMAIL_FORM_WEIGHT);
    }
  });

  it('counts an email field without a button for less', () => {
    const [e] = evidenceOf(emailSignupForm, '<div><input type="email"></div>');
    expect(e?.weight).toBe(DEFAULT_EMAIL_FIELD_WEIGHT);
  });

  it('counts comment, contact and login forms against a sign-up', () => {
    const comment = '<form><input name="email"><textarea></textarea><button>Post</button></form>';
    const login = '<form><input type="email"><input type="password"><button>Log in</button></form>';
    const contact = '<form><input name="first"><input name="last"><input name="company"><input type="email"><button>Send</button></form>';
    const share = '<form><input type="email" name="to"><input type="email" name="from"><button>Send</button></form>';
    for (const html of [comment, login, contact, share]) expect(evidenceOf(emailSignupForm, html)[0]?.weight).toBe(DEFAULT_NOT_SIGNUP_WEIGHT);
  });

  it("reads the field's own form: its row with the submit button is still part of a feedback form", () => {
    // phys.org: "Your email (only if you want to be contacted back)" and "Send Feedback", in one row
    // of a form whose message box is above it.
    const feedback =
      '<div class="modal"><form><div><label>Your message to the editors</label><textarea></textarea></div><div class="row"><label>Your email (only if you want to be contacted back)</label><input type="email" id="modal-feedback-email" placeholder="optional"><button type="submit">Send Feedback</button></div></form></div>';
    const found = findAppeals(page(`${feedback}<p>${'Prose of the article. '.repeat(30)}</p>`), { categories: ['newsletter'] });
    expect(found).toEqual([]);
    // A form wrapping the whole page says nothing about a sign-up box inside it.
    const wide = `<form><p>${'Prose of the article. '.repeat(100)}</p><textarea></textarea><div class="nl"><h3>Sign up for our newsletter</h3><input type="email"><button>Sign up</button></div></form>`;
    expect(findAppeals(page(wide), { categories: ['newsletter'] }).map((m) => m.element.className)).toEqual(['nl']);
  });

  it('ignores forms without an email field (search)', () => {
    expect(evidenceOf(emailSignupForm, '<form><input type="search"><button>Search</button></form>')).toEqual([]);
  });
});
