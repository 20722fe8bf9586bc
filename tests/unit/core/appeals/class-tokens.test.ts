// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  classTokens,
  DEFAULT_ACCOUNT_TOKEN_WEIGHT,
  DEFAULT_STRONG_TOKEN_WEIGHT,
  DEFAULT_WEAK_TOKEN_WEIGHT,
} from '../../../../src/core/appeals/rules/class-tokens.ts';
import { evidenceOf } from './helpers.ts';

const targets = (html: string) => Object.fromEntries(evidenceOf(classTokens, html).map((e) => [e.target, e.weight]));

describe('class-tokens', () => {
  it('splits identifiers on - _ and case changes', () => {
    expect(targets('<div class="newsletter-block__inner"></div>')).toEqual({ newsletter: DEFAULT_STRONG_TOKEN_WEIGHT });
    expect(targets('<div id="EmailOptin"></div>').newsletter).toBe(DEFAULT_STRONG_TOKEN_WEIGHT);
    expect(targets('<div class="DonateBox"></div>').donation).toBe(DEFAULT_STRONG_TOKEN_WEIGHT);
    expect(targets('<div class="c-paywall"></div>').membership).toBe(DEFAULT_STRONG_TOKEN_WEIGHT);
    expect(targets('<div class="box-sostieni"></div>').donation).toBe(DEFAULT_STRONG_TOKEN_WEIGHT);
  });

  it('gives ambiguous words less weight', () => {
    expect(targets('<div class="support-box"></div>').donation).toBe(DEFAULT_WEAK_TOKEN_WEIGHT);
  });

  it('ignores taxonomy classes and look-alikes', () => {
    expect(targets('<article class="post category-newsletters tag-donations"></article>')).toEqual({});
    expect(targets('<div class="article__contributor"></div>')).toEqual({});
    expect(targets('<div class="supported-browsers"></div>')).toEqual({});
  });

  it('keeps the strongest token per category among nested elements', () => {
    expect(targets('<div class="support"><p class="donate-cta"></p></div>').donation).toBe(DEFAULT_STRONG_TOKEN_WEIGHT);
  });

  it('counts login and account markup against sign-ups and upsells', () => {
    const mixed = evidenceOf(classTokens, '<div class="login-box"><p class="subscribe-cta"></p></div>');
    expect(evidenceOf(classTokens, '<div class="login-box"></div>').map((e) => e.weight)).toEqual([
      DEFAULT_ACCOUNT_TOKEN_WEIGHT,
      DEFAULT_ACCOUNT_TOKEN_WEIGHT,
    ]);
    const newsletter = mixed.filter((e) => e.target === 'newsletter').map((e) => e.weight);
    expect(newsletter.sort()).toEqual([DEFAULT_ACCOUNT_TOKEN_WEIGHT, DEFAULT_WEAK_TOKEN_WEIGHT]);
  });

  it('does not count login markup on an ask of its own words: it names the dialog the ask opens', () => {
    // A newspaper's footer: its newsletter link opens the site's login-or-register dialog.
    const trigger = (text: string) => evidenceOf(classTokens, `<p><span class="nl js_trigger_login_register">${text}</span></p>`);
    expect(trigger('Recevez nos newsletters')).toEqual([]);
    expect(trigger('Get our newsletters')).toEqual([]);
    // An account link says so, or is empty until a script writes the reader's name into it.
    expect(trigger('Log in to get our newsletters').map((e) => e.weight)).toEqual([DEFAULT_ACCOUNT_TOKEN_WEIGHT, DEFAULT_ACCOUNT_TOKEN_WEIGHT]);
    expect(trigger('').map((e) => e.weight)).toEqual([DEFAULT_ACCOUNT_TOKEN_WEIGHT, DEFAULT_ACCOUNT_TOKEN_WEIGHT]);
    expect(trigger('Mon compte').map((e) => e.weight)).toEqual([DEFAULT_ACCOUNT_TOKEN_WEIGHT, DEFAULT_ACCOUNT_TOKEN_WEIGHT]);
  });
});
