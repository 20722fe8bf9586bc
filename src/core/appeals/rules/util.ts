import type { Block, Observation } from '../types.ts';

/** The block's observations made by one rule. */
export const observed = (block: Block, rule: string): Observation[] => block.observations.filter((o) => o.rule === rule);

/** Distinct keys among observations. */
export const keys = (observations: readonly Observation[]): string[] => [...new Set(observations.map((o) => o.key))];

/**
 * Words of an identifier-like value: "newsletter-block__form" → newsletter, block, form;
 * "EmailOptin" → email, optin; "mc_embed_signup" → mc, embed, signup.
 */
export function identifierWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f\u0400-\u04ff]+/)
    .filter(Boolean);
}

/** Attribute value, or "" (SVG className is not a string, hence getAttribute). */
export const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';

/** An element's text with whitespace collapsed, as the reader sees it. */
export const squashedText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Identifier words of login and account markup ("login-modal", "account-menu"). */
export const ACCOUNT_WORDS = /^(?:login|logon|signin|password|account|accounts|auth|oauth)$/;

/** Whether the element's own class or id names a login or account area. */
export function namesAccount(el: Element): boolean {
  const words = identifierWords(`${attr(el, 'class')} ${attr(el, 'id')}`);
  // Glued names too: "SignInSignUp", "loginmodal".
  return words.some((w) => ACCOUNT_WORDS.test(w)) || /signin|login|logon/.test(words.join(''));
}

/** A box this long around an element is still the element's own box (a modal, a panel). */
export const DEFAULT_ACCOUNT_BOX_CHARS = 600;

/**
 * Whether the element sits in a login or account box (a class or id naming it, or a password field),
 * looking outward while the box stays small: "Log in to save articles or get newsletters" is the
 * reader's account, not an ask.
 */
export function inAccountBox(el: Element): boolean {
  for (let up: Element | null = el; up && up.tagName !== 'BODY'; up = up.parentElement) {
    if (squashedText(up).length > DEFAULT_ACCOUNT_BOX_CHARS) return false;
    if (namesAccount(up)) return true;
    if (up.querySelector('input[type="password"]')) return true;
  }
  return false;
}
