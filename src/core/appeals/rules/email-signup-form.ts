import { markupPattern } from '../phrases/index.ts';
import type { AppealRule, ElementAttributes, FormControl, Observation, RuleContext } from '../types.ts';
import { attr, keys, observed, textLength } from './util.ts';

export const EMAIL_SIGNUP_FORM = 'email-signup-form';
/** Email field + submit, with no message box or password: a mailing-list sign-up. */
export const DEFAULT_EMAIL_FORM_WEIGHT = 0.8;
/** An email field alone (submitted by script), or a label for one after the field was stripped. */
export const DEFAULT_EMAIL_FIELD_WEIGHT = 0.4;
/** An email field in a form with a message box or password is a comment, contact or login form. */
export const DEFAULT_NOT_SIGNUP_WEIGHT = -0.6;
/** A form with more text than this is a page-wide wrapper, not one form. */
export const DEFAULT_MAX_FORM_CHARS = 1500;
/** More plain text fields than this (name, company, phone…) makes it a registration or contact form. */
export const DEFAULT_MAX_OTHER_FIELDS = 2;

const EMAIL_INPUT = 'email-input';
/** An email field whose form also asks for a message or a password. */
const FORM_EMAIL = 'email-in-contact-form';
const NOT_SIGNUP_CONTROLS = 'textarea, input[type="password" i]';

/** Words naming an email field, in every language (phrases/<lang>.ts `markup.emailWords`). */
const EMAIL_HINT = new RegExp(markupPattern((m) => m.emailWords), 'i');
const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'url']);

function observe(el: Element, _context?: RuleContext, _attributes?: ElementAttributes, tag = el.tagName): Observation | null {
  const o = (key: string, control?: FormControl): Observation => ({ rule: EMAIL_SIGNUP_FORM, key, ...(control && { control }) });
  if (tag === 'TEXTAREA') return o('textarea', 'message-box');
  if (tag === 'BUTTON') return attr(el, 'type').toLowerCase() === 'reset' ? null : o('submit');
  if (tag === 'LABEL') {
    const target = `${attr(el, 'for')} ${el.textContent ?? ''}`;
    return target.length < 120 && EMAIL_HINT.test(target) ? o('email-label') : null;
  }
  if (tag !== 'INPUT') return null;
  const type = attr(el, 'type').toLowerCase();
  if (type === 'hidden') return null;
  if (type === 'submit' || type === 'image' || type === 'button') return o('submit');
  if (type === 'password') return o('password', 'password');
  if (type === 'search') return o('search');
  if (!TEXT_TYPES.has(type)) return null;
  const hints = ['name', 'id', 'placeholder', 'aria-label', 'autocomplete'].map((a) => attr(el, a)).join(' ');
  if (type === 'email' || EMAIL_HINT.test(hints)) {
    // Its form may hold the message box or password outside the block judged (a feedback form's
    // "Your email" row with its "Send" button): the form says what the field is for.
    // A form wrapping the whole page (ASP.NET pages) says nothing.
    const form = el.closest('form');
    const contact = form && textLength(form, DEFAULT_MAX_FORM_CHARS) < DEFAULT_MAX_FORM_CHARS && form.querySelector(NOT_SIGNUP_CONTROLS);
    return contact ? o(FORM_EMAIL) : o(EMAIL_INPUT, 'email-field');
  }
  return o('text-input');
}

export const emailSignupForm: AppealRule = {
  name: EMAIL_SIGNUP_FORM,
  startsFrom: 'observations',
  observe,
  score(block) {
    const seen = observed(block, EMAIL_SIGNUP_FORM);
    if (seen.length === 0) return null;
    const count = (key: string) => seen.filter((s) => s.key === key).length;
    const found = keys(seen);
    const emails = count(EMAIL_INPUT) + count(FORM_EMAIL);
    const notSignup =
      count('textarea') > 0 || count('password') > 0 || count(FORM_EMAIL) > 0 || count('text-input') > DEFAULT_MAX_OTHER_FIELDS || emails > 1;
    if (notSignup) {
      // A comment, contact, login or registration form, or "email this to a friend" (two addresses):
      // counts against a newsletter verdict.
      return emails > 0
        ? {
            rule: EMAIL_SIGNUP_FORM,
            kind: 'structure',
            target: 'newsletter',
            weight: DEFAULT_NOT_SIGNUP_WEIGHT,
            saw: 'email field in a comment/contact/login/share form',
          }
        : null;
    }
    if (count('search') > 0) return null;
    if (emails > 0 && count('submit') > 0) {
      return {
        rule: EMAIL_SIGNUP_FORM,
        kind: 'structure',
        target: 'newsletter',
        weight: DEFAULT_EMAIL_FORM_WEIGHT,
        saw: 'email input + submit button',
      };
    }
    if (emails > 0 || found.includes('email-label')) {
      return {
        rule: EMAIL_SIGNUP_FORM,
        kind: 'structure',
        target: 'newsletter',
        weight: DEFAULT_EMAIL_FIELD_WEIGHT,
        saw: emails > 0 ? 'email input' : 'label of an email field',
      };
    }
    return null;
  },
};
