import { ASK_CATEGORIES, type AskCategory, TOPIC_CATEGORIES } from '../categories.ts';
import { asksIn, callCategory } from '../text.ts';
import type { AppealRule } from '../types.ts';
import { MENU_ITEM } from './ask-button.ts';
import { holdsControl } from '../score.ts';
import { holdsAccountMarkup } from './class-tokens.ts';
import { memoize, squashedText } from './util.ts';

export const ASK_HEADING = 'ask-heading';
/** A small box headed by an ask, with something to act on: a sign-up or offer box. */
export const DEFAULT_ASK_HEADING_WEIGHT = 0.6;
/** A heading's bare call that the box's button repeats says as much as a heading naming its topic. */
export const DEFAULT_PAIRED_CALL_WEIGHT = 0.8;
/** Such a box is small: a heading, a blurb, a field or button. */
export const DEFAULT_ASK_BOX_MAX_CHARS = 500;
/** Its blurb is short: a paragraph of prose longer than this makes it an article section. */
export const DEFAULT_ASK_BOX_MAX_PLAIN_LINE = 200;

// A header inside the box heads it (a site's own header is never judged: walk.ts isSiteChrome).
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'LEGEND', 'HEADER']);
const ACTION = 'a[href], button, input:not([type="hidden"]), select';

/** The first element below `root` that carries text of its own, or null. */
function firstTextLeaf(root: Element): Element | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test(node.nodeValue ?? '')) continue;
    const parent = node.parentElement;
    if (parent && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) return parent;
  }
  return null;
}

/** The heading element the leaf belongs to (itself or an ancestor up to the box), or null. */
function headingOf(leaf: Element, box: Element): Element | null {
  for (let el: Element | null = leaf; el && el !== box; el = el.parentElement) if (HEADINGS.has(el.tagName)) return el;
  return null;
}

/** Whether a weak phrase is a bare call of its own ("sign up", "donate"), that a heading may open with. */
const isCall = memoize((phrase) => callCategory(phrase) !== null);

/**
 * The category of a heading opening with a bare call ("Sign up for The Campaign Reporter") that a
 * button or link of the box repeats ("Sign up via push alert"): heading and button are one sign-up
 * box even when neither names its topic. Null when no action outside the heading calls the same way.
 */
function pairedCall(heading: Element, box: Element): AskCategory | null {
  const category = callCategory(squashedText(heading));
  if (!category) return null;
  for (const action of box.querySelectorAll(ACTION)) {
    // An item of a menu is a link of the site's ("Subscribe" under a footer's "Subscribe" column).
    if (action.contains(heading) || heading.contains(action) || action.closest(MENU_ITEM)) continue;
    if (callCategory(squashedText(action) || (action.getAttribute('value') ?? '')) === category) return category;
  }
  return null;
}

/**
 * A small box whose heading is itself a call to action ("Subscribe to our newsletter now", "Become a
 * member") and which holds something to act on (a link, a button, a field): the heading says what the
 * box is, whatever its blurb says and however its classes are named.
 */
export const askHeading: AppealRule = {
  name: ASK_HEADING,
  startsFrom: 'phrases',
  score(block) {
    if (block.len === 0 || block.len > DEFAULT_ASK_BOX_MAX_CHARS || block.holdsArticle || block.holdsNav) return null;
    if (block.text.longestPlainLine > DEFAULT_ASK_BOX_MAX_PLAIN_LINE) return null;
    if (!ASK_CATEGORIES.some((c) => block.text.strong[c].length > 0) && !TOPIC_CATEGORIES.some((c) => block.text.weak[c].some(isCall))) return null;
    const box = block.element;
    const leaf = firstTextLeaf(box);
    const heading = leaf && headingOf(leaf, box);
    if (!heading || !box.querySelector(ACTION)) return null;
    const headingText = squashedText(heading);
    // The box must hold more than its heading (a heading alone is the standalone rule's case).
    if (headingText.length >= block.len) return null;
    const named = asksIn(headingText)[0];
    const paired = named ? null : pairedCall(heading, box);
    const category = named ?? paired;
    if (!category) return null;
    // "Sign up" heading a registration form ("Sign up with Google", a password): the reader's account.
    if (paired && (holdsControl(block, 'password') || holdsAccountMarkup(block))) return null;
    return {
      rule: ASK_HEADING,
      kind: 'structure',
      target: category,
      weight: paired ? DEFAULT_PAIRED_CALL_WEIGHT : DEFAULT_ASK_HEADING_WEIGHT,
      saw: paired
        ? `box headed "${headingText.slice(0, 60)}" whose button calls the same way`
        : `box headed "${headingText.slice(0, 60)}" with a link, button or field`,
    };
  },
};
