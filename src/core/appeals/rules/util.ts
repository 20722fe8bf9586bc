import { asksIn, collapseSpaces, normalizeText, offersAccount, unitTest } from '../text.ts';
import type { Block, ElementAttributes, Observation } from '../types.ts';
import type { ElementFacts } from './element-facts.ts';

/**
 * One frozen empty list, shared where a list is most often empty (the walk's lists of blocks); it
 * is never added to: the first item gives a list of its own.
 */
export const NO_ITEMS = Object.freeze([]) as unknown as never[];

/** The block's observations made by one rule. */
export const observed = (block: Block, rule: string): readonly Observation[] =>
  block.observations.length === 0 ? NO_ITEMS : block.observations.filter((o) => o.rule === rule);

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

/**
 * `attr` given the element's attribute names (`getAttributeNames()`, read once): an attribute the
 * element does not have is not asked for. Rules that look at several attributes of every element use it.
 */
export const attrIn = (el: Element, names: readonly string[], name: string): string => (names.includes(name) ? attr(el, name) : '');

const NO_ATTRIBUTES: ElementAttributes = Object.freeze({ names: NO_ITEMS, cls: '' });

/** The element's attribute names and class, read once (an element without attributes allocates nothing). */
export function attributesOf(el: Element): ElementAttributes {
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  const names = el.getAttributeNames();
  return { names, cls: attrIn(el, names, 'class') };
}

/** An element's text with whitespace collapsed, as the reader sees it. */
export const squashedText = (el: Element): string => collapseSpaces(el.textContent ?? '').trim();

/** Whether a UTF-16 code unit is whitespace as the regular expression `\s` sees it. */
const isSpace = unitTest(/\s/);

interface Squash {
  count: number;
  /** Whitespace seen after some text: one space, counted if more text follows. */
  gap: boolean;
}

/** Counts `text` into `state` as `squashedText` would; true once the count passed `cap`. */
function countSquashed(text: string, from: number, state: Squash, cap: number): boolean {
  for (let i = from; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (state.count > 0) state.gap = true;
      continue;
    }
    if (state.gap) {
      state.count++;
      state.gap = false;
    }
    if (++state.count > cap) return true;
  }
  return false;
}

/**
 * Length of `text.slice(from)` with whitespace runs collapsed to one space and the ends trimmed
 * (`.replace(/\s+/g, ' ').trim().length`), without building that string.
 */
export function squashedLength(text: string, from = 0): number {
  const state: Squash = { count: 0, gap: false };
  countSquashed(text, from, state, Number.POSITIVE_INFINITY);
  return state.count;
}

/**
 * `textLength(el)`; with a `cap`, counting stops once past it (any result above `cap`
 * means "longer than cap"), reading only as much of the subtree's text as that takes.
 */
export function textLength(el: Element, cap = Number.POSITIVE_INFINITY): number {
  if (cap === Number.POSITIVE_INFINITY) return squashedLength(el.textContent ?? '');
  const state: Squash = { count: 0, gap: false };
  // The text nodes textContent joins, in document order.
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      if (countSquashed((node as CharacterData).data, 0, state, cap)) return state.count;
    } else if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === el) return state.count;
    }
    node = node.nextSibling;
  }
  return state.count;
}

/** Entries a `memoize` cache holds before it starts over. */
export const DEFAULT_MEMO_ENTRIES = 4096;

/**
 * A pure function of a string, its answers remembered: the markup rules read the same class names
 * over and over on one page (the browser hands back the same string for the same attribute value,
 * so a repeat costs one lookup), and test them against large alternations.
 */
export function memoize<T>(compute: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    const known = cache.get(value);
    if (known !== undefined || cache.has(value)) return known as T;
    if (cache.size >= DEFAULT_MEMO_ENTRIES) cache.clear();
    const answer = compute(value);
    cache.set(value, answer);
    return answer;
  };
}

/** `re.test`, remembered per input (`re` must not be global or sticky). */
export const memoTest = (re: RegExp): ((value: string) => boolean) => memoize((value) => re.test(value));

/**
 * Whether `class` is the only one of the element's attributes (`names`) that `relevant` accepts:
 * then what a markup rule sees of the element is a function of its class attribute alone.
 */
export function onlyClassOf(names: readonly string[], relevant: (name: string) => boolean): boolean {
  let hasClass = false;
  for (const name of names) {
    if (name === 'class') hasClass = true;
    else if (relevant(name)) return false;
  }
  return hasClass;
}

/** Identifier words of login and account markup ("login-modal", "account-menu"). */
export const ACCOUNT_WORDS = /^(?:login|logon|signin|password|account|accounts|auth|oauth)$/;

/** Whether the element's own class or id names a login or account area. */
export function namesAccount(el: Element): boolean {
  const words = identifierWords(`${attr(el, 'class')} ${attr(el, 'id')}`);
  // Glued names too: "SignInSignUp", "loginmodal".
  return (words.some((w) => ACCOUNT_WORDS.test(w)) || /signin|login|logon/.test(words.join(''))) && !isAskTrigger(el);
}

/** An ask's own link or button is a few words. */
export const DEFAULT_ASK_TRIGGER_MAX_CHARS = 60;

/**
 * Whether an element named for the login is an ask's own link or button that opens the site's
 * sign-in dialog ("Recevez nos newsletters" on a "js_trigger_login_register"): its words ask and
 * offer no account. An account link says so ("Log in to get newsletters"), and an empty one is
 * filled by a script with the reader's name or "Log in": both stay the account's.
 */
export function isAskTrigger(el: Element): boolean {
  const text = squashedText(el);
  if (text.length === 0 || text.length > DEFAULT_ASK_TRIGGER_MAX_CHARS) return false;
  return asksIn(text).length > 0 && !offersAccount(normalizeText(text));
}

/** A box this long around an element is still the element's own box (a modal, a panel). */
export const DEFAULT_ACCOUNT_BOX_CHARS = 600;

/**
 * Whether the element sits in a login or account box (a class or id naming it, or a password field),
 * looking outward while the box stays small: "Log in to save articles or get newsletters" is the
 * reader's account, not an ask.
 */
export const inAccountBox = (el: Element, facts: ElementFacts): boolean => facts.of(accountBoxFrom, el);

/** inAccountBox from `up` outward; each ancestor's answer is remembered for every block inside it. */
function accountBoxFrom(up: Element, facts: ElementFacts): boolean {
  if (up.tagName === 'BODY') return false;
  if (facts.textLength(up, DEFAULT_ACCOUNT_BOX_CHARS) > DEFAULT_ACCOUNT_BOX_CHARS) return false;
  if (namesAccount(up) || up.querySelector('input[type="password"]')) return true;
  const parent = up.parentElement;
  return parent !== null && facts.of(accountBoxFrom, parent);
}
