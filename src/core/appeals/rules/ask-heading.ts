import { ASK_CATEGORIES } from '../categories.ts';
import { asksIn } from '../text.ts';
import type { AppealRule } from '../types.ts';
import { squashedText } from './util.ts';

export const ASK_HEADING = 'ask-heading';
/** A small box headed by an ask, with something to act on: a sign-up or offer box. */
export const DEFAULT_ASK_HEADING_WEIGHT = 0.6;
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
    if (!ASK_CATEGORIES.some((c) => block.text.strong[c].length > 0)) return null;
    const box = block.element;
    const leaf = firstTextLeaf(box);
    const heading = leaf && headingOf(leaf, box);
    if (!heading || !box.querySelector(ACTION)) return null;
    const headingText = squashedText(heading);
    // The box must hold more than its heading (a heading alone is the standalone rule's case).
    if (headingText.length >= block.len) return null;
    const [category] = asksIn(headingText);
    if (!category) return null;
    return {
      rule: ASK_HEADING,
      kind: 'structure',
      target: category,
      weight: DEFAULT_ASK_HEADING_WEIGHT,
      saw: `box headed "${headingText.slice(0, 60)}" with a link, button or field`,
    };
  },
};
