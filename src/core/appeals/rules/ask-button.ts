import { ASK_CATEGORIES } from '../categories.ts';
import { DEFAULT_MENU_LINK_SHARE, DEFAULT_MENU_MIN_LINKS } from '../constants.ts';
import { normalizeText, offersAccount } from '../text.ts';
import type { AppealRule } from '../types.ts';
import { ElementFacts } from './element-facts.ts';

export const ASK_BUTTON = 'ask-button';
/** A block that is nothing but one link or button whose words are a call to action. */
export const DEFAULT_ASK_BUTTON_WEIGHT = 0.5;
/** Such a button is short. */
export const DEFAULT_ASK_BUTTON_MAX_CHARS = 80;
/** Surroundings longer than this are a page region of several modules (a footer), not one list. */
export const DEFAULT_LINK_LIST_MAX_CHARS = 600;

/** Where a link is an item of a menu or list, whatever it says. */
export const MENU_ITEM = 'li, menu, [role="menu"], [role="menubar"]';
const ACTIONS = 'a[href], button, input[type="submit"], input[type="button"]';

/** The closest ancestor holding more text than the block: where its neighbours are. */
export function surroundings(el: Element, len: number, facts: ElementFacts): Element | null {
  for (let up = el.parentElement; up; up = up.parentElement) if (facts.textLength(up, len) > len) return up;
  return null;
}

/** Mostly links, by the same measure as the menu veto (score.ts): a menu, a footer's link list, a row of tags. */
export const isLinkList = (el: Element, facts: ElementFacts): boolean => facts.of(linkList, el);

function linkList(el: Element, facts: ElementFacts): boolean {
  const links = el.querySelectorAll('a[href]');
  const len = facts.textLength(el, DEFAULT_LINK_LIST_MAX_CHARS);
  if (links.length < DEFAULT_MENU_MIN_LINKS || len > DEFAULT_LINK_LIST_MAX_CHARS) return false;
  let linkChars = 0;
  for (const a of links) linkChars += facts.textLength(a);
  return linkChars >= DEFAULT_MENU_LINK_SHARE * len;
}

/** Items alike enough to be one list: this many siblings of the same tag and class. */
export const DEFAULT_LIST_MIN_ALIKE = 2;

/**
 * Whether the block is one item of the list around it: the child of `around` holding it has siblings
 * of the same tag and class ("About · Subscribe · Contact"). A module of its own beside a row of
 * social links (a footer's "Subscribe for unlimited access" above "Follow us") is not.
 */
export function isListItem(el: Element, around: Element): boolean {
  let item = el;
  while (item.parentElement && item.parentElement !== around) item = item.parentElement;
  const cls = item.getAttribute('class');
  let alike = 0;
  for (const sibling of around.children) {
    if (sibling !== item && sibling.tagName === item.tagName && sibling.getAttribute('class') === cls) alike++;
  }
  return alike >= DEFAULT_LIST_MIN_ALIKE;
}

/**
 * A lone call-to-action button ("Subscribe for unlimited access", "Sign up for our newsletter",
 * "Recevez nos newsletters"): the block's whole text is one link or button, the words are a listed
 * call to action, and it is not an item of a menu or of a list of links (those are navigation).
 */
export const askButton: AppealRule = {
  name: ASK_BUTTON,
  startsFrom: 'phrases',
  score(block, facts = new ElementFacts()) {
    const { len } = block;
    if (len === 0 || len > DEFAULT_ASK_BUTTON_MAX_CHARS || block.holdsNav || block.links > 1) return null;
    const category = ASK_CATEGORIES.find((c) => block.text.strong[c].length > 0);
    if (!category) return null;
    const el = block.element;
    const actions = el.matches(ACTIONS) ? [el] : [...el.querySelectorAll(ACTIONS)];
    if (actions.length !== 1 || facts.textLength(actions[0]!) < len * 0.9) return null;
    if (el.closest(MENU_ITEM)) return null;
    // "Already a member? Log in": the reader's account area, never hidden.
    if (offersAccount(normalizeText(el.textContent ?? ''))) return null;
    const around = surroundings(el, len, facts);
    if (around && isLinkList(around, facts) && isListItem(el, around)) return null;
    return {
      rule: ASK_BUTTON,
      kind: 'structure',
      target: category,
      weight: DEFAULT_ASK_BUTTON_WEIGHT,
      saw: 'a lone call-to-action button',
    };
  },
};
