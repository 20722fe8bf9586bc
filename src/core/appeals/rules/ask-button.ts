import type { AppealCategory } from '../../article.ts';
import { normalizeText, offersAccount } from '../text.ts';
import type { AppealRule, PhraseCategory } from '../types.ts';

export const ASK_BUTTON = 'ask-button';
/** A block that is nothing but one link or button whose words are a call to action. */
export const DEFAULT_ASK_BUTTON_WEIGHT = 0.5;
/** Such a button is short. */
export const DEFAULT_ASK_BUTTON_MAX_CHARS = 80;
/** Around it, this many links making up this share of the text make it an item of a link list. */
export const DEFAULT_LINK_LIST_MIN_LINKS = 4;
export const DEFAULT_LINK_LIST_SHARE = 0.6;
/** Surroundings longer than this are a page region of several modules (a footer), not one list. */
export const DEFAULT_LINK_LIST_MAX_CHARS = 600;

const ASK_CATEGORIES: readonly AppealCategory[] = ['newsletter', 'donation', 'membership', 'social', 'app'];
const ACTIONS = 'a[href], button, input[type="submit"], input[type="button"]';
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The closest ancestor holding more text than the block: where its neighbours are. */
function surroundings(el: Element, len: number): Element | null {
  for (let up = el.parentElement; up; up = up.parentElement) if (squash(up.textContent).length > len) return up;
  return null;
}

/** Mostly links: a menu, a footer's link list, a row of tags. */
function isLinkList(el: Element): boolean {
  const links = el.querySelectorAll('a[href]');
  const len = squash(el.textContent).length;
  if (links.length < DEFAULT_LINK_LIST_MIN_LINKS || len > DEFAULT_LINK_LIST_MAX_CHARS) return false;
  let linkChars = 0;
  for (const a of links) linkChars += squash(a.textContent).length;
  return linkChars >= DEFAULT_LINK_LIST_SHARE * len;
}

/**
 * A lone call-to-action button ("Subscribe for unlimited access", "Sign up for our newsletter",
 * "Recevez nos newsletters"): the block's whole text is one link or button, the words are a listed
 * call to action, and it is not an item of a menu or a list of links (those are navigation).
 */
export const askButton: AppealRule = {
  name: ASK_BUTTON,
  score(block) {
    const { len } = block;
    if (len === 0 || len > DEFAULT_ASK_BUTTON_MAX_CHARS || block.holdsNav || block.links > 1) return null;
    const category = ASK_CATEGORIES.find((c) => block.text.strong[c as PhraseCategory].length > 0);
    if (!category) return null;
    const el = block.element;
    const actions = el.matches(ACTIONS) ? [el] : [...el.querySelectorAll(ACTIONS)];
    if (actions.length !== 1 || squash(actions[0]!.textContent).length < len * 0.9) return null;
    if (el.closest('li, menu, [role="menu"], [role="menubar"]')) return null;
    // "Already a member? Log in": the reader's account area, never hidden.
    if (offersAccount(normalizeText(el.textContent ?? ''))) return null;
    const around = surroundings(el, len);
    if (around && isLinkList(around)) return null;
    return {
      rule: ASK_BUTTON,
      kind: 'structure',
      target: category,
      weight: DEFAULT_ASK_BUTTON_WEIGHT,
      saw: 'a lone call-to-action button',
    };
  },
};
