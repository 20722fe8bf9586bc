import { ASK_CATEGORIES, type AskCategory } from '../categories.ts';
import { asksIn, closingCall, normalizeText, offersAccount } from '../text.ts';
import type { AppealRule, Block } from '../types.ts';
import { ElementFacts } from './element-facts.ts';
import { squashedText, textLength } from './util.ts';

export const STANDALONE_ASK = 'standalone-ask';
/** Position evidence: a one-line ask set apart between the article's paragraphs. */
export const DEFAULT_STANDALONE_ASK_WEIGHT = 0.6;
/** An ask standing alone is one short line. */
export const DEFAULT_STANDALONE_MAX_CHARS = 320;
/** At most this share of the line may be words that are not the ask ("…, Fortune's technology"). */
export const DEFAULT_STANDALONE_MAX_PLAIN_SHARE = 0.35;
/** A neighbour counts as a paragraph of the article when it has this much text, mostly not links. */
export const DEFAULT_FLOW_PARAGRAPH_CHARS = 80;
/** How many element siblings to look past (empty ad slots, spacers) for a paragraph. */
export const DEFAULT_FLOW_SIBLING_STEPS = 3;
/** Share of the text inside em/strong/b/i for the line to count as set apart by emphasis. */
export const DEFAULT_EMPHASIS_SHARE = 0.7;

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, section, article, aside, ul, ol, table, form, blockquote, figure, header, footer';
const EMPHASIS = 'em, strong, b, i';
/**
 * A quotation is someone speaking, not the publisher asking: a line opening with a quote mark, or
 * with punctuation closing a quote (`…,” she said`). Quote marks around a title do not count.
 */
export const QUOTED = /^\s*["“«„]|[,.!?…]["”»]/;

const squashedLength = (el: Element) => textLength(el);
/** Whether the element holds any text (reads no further than its first character). */
const holdsText = (el: Element, facts: ElementFacts) => facts.textLength(el, 0) > 0;

/** The category whose call to action the line carries (strong phrases; the highest score wins). */
function askCategory(block: Block): AskCategory | null {
  let best: AskCategory | null = null;
  for (const c of ASK_CATEGORIES) {
    if (block.text.strong[c].length === 0) continue;
    if (!best || block.text.score[c] > block.text.score[best]) best = c;
  }
  return best;
}

/**
 * A link to another story with a badge or kicker beside it ("Read also · Subscribers only · <headline>"):
 * its longest link is a headline with no call to action in it (nor closing it: "<headline> | Sign up"),
 * most of the line.
 */
function isStoryLink(el: Element, len: number): boolean {
  let longest = '';
  for (const a of el.querySelectorAll('a')) {
    const text = squashedText(a);
    if (text.length > longest.length) longest = text;
  }
  if (longest.length < len / 2) return false;
  return asksIn(longest).length === 0 && closingCall(longest) === null;
}

/** Holds one line of text: no two separate text-bearing blocks inside. */
export const isOneLine = (el: Element, facts: ElementFacts): boolean => facts.of(oneLine, el);

function oneLine(el: Element, facts: ElementFacts): boolean {
  let leaves = 0;
  for (const inner of el.querySelectorAll(BLOCKS)) {
    if (!holdsText(inner, facts)) continue;
    const hasInner = [...inner.querySelectorAll(BLOCKS)].some((b) => holdsText(b, facts));
    if (!hasInner && ++leaves > 1) return false;
  }
  return true;
}

/**
 * What sets the line apart from prose: a link or button to act on, or emphasis. (A heading alone is
 * not enough: it usually opens a box that other rules judge as a whole.)
 */
function setApart(el: Element, len: number): string | null {
  if (el.querySelector('a[href], button, input[type="submit"]') || el.tagName === 'A') return 'with a link or button';
  let emphasised = 0;
  // Outermost emphasis inside the line only (an <em> inside a <strong> is counted once).
  for (const e of el.querySelectorAll(EMPHASIS)) {
    const outer = e.parentElement?.closest(EMPHASIS);
    if (!outer || !el.contains(outer)) emphasised += squashedLength(e);
  }
  return emphasised >= DEFAULT_EMPHASIS_SHARE * len ? 'in emphasis' : null;
}

/**
 * A line set apart by its neighbour: the line next to it is a short ask of the same category that
 * is itself set apart ("To do so, simply enter your email below." in italics, then "When you sign
 * up…, you will also join our free newsletter."). Two asks in a row are one sign-up box without a
 * wrapper; a lone plain sentence with the same words stays, as prose.
 */
function besideAsk(el: Element, len: number, category: AskCategory, facts: ElementFacts): string | null {
  const box = ownBox(el, len, facts);
  for (const next of [false, true]) {
    const other = neighbour(box, next, facts);
    if (!other || other.contains(el)) continue;
    const otherLen = facts.textLength(other);
    if (otherLen > DEFAULT_STANDALONE_MAX_CHARS || !isOneLine(other, facts) || !setApart(other, otherLen)) continue;
    const text = other.textContent ?? '';
    if (QUOTED.test(text) || offersAccount(normalizeText(text))) continue;
    if (asksIn(text).includes(category)) return `beside another ask (${next ? 'the next line' : 'the line before'})`;
  }
  return null;
}

export const isParagraph = (el: Element, facts: ElementFacts): boolean => facts.of(paragraph, el);

function paragraph(el: Element, facts: ElementFacts): boolean {
  const len = facts.textLength(el);
  if (len < DEFAULT_FLOW_PARAGRAPH_CHARS) return false;
  let linkChars = 0;
  for (const a of el.querySelectorAll('a')) linkChars += squashedLength(a);
  return linkChars < len / 2;
}

/** The nearest text-bearing sibling in one direction (past a few empty ones), or null. */
function neighbour(box: Element, next: boolean, facts: ElementFacts): Element | null {
  let el = next ? box.nextElementSibling : box.previousElementSibling;
  for (let i = 0; el && i < DEFAULT_FLOW_SIBLING_STEPS; i++) {
    if (holdsText(el, facts)) return el;
    el = next ? el.nextElementSibling : el.previousElementSibling;
  }
  return null;
}

/** The outermost wrapper around `el` that holds nothing else. */
export function ownBox(el: Element, len: number, facts: ElementFacts): Element {
  let box = el;
  while (box.parentElement && box.parentElement.tagName !== 'BODY' && facts.textLength(box.parentElement, len) === len) box = box.parentElement;
  return box;
}

/**
 * Where the line stands among the article's paragraphs, or null when it is not in such a flow: a
 * sibling of at least one paragraph of prose, between two of them or before / after them.
 */
export function flowPosition(el: Element, len: number, facts: ElementFacts): string | null {
  const box = ownBox(el, len, facts);
  const siblings = box.parentElement ? [...box.parentElement.children] : [];
  const at = siblings.indexOf(box);
  const prose = (s: Element) => isParagraph(s, facts);
  const proseBefore = siblings.slice(0, at).some(prose);
  const proseAfter = siblings.slice(at + 1).some(prose);
  if (!proseBefore && !proseAfter) return null;
  const before = neighbour(box, false, facts);
  const after = neighbour(box, true, facts);
  if (before && after) return 'between paragraphs';
  if (!after) return 'after the last paragraph';
  return before ? 'among paragraphs' : 'before the first paragraph';
}

/**
 * The category a short block asks for when its text is that ask and nothing else (at most
 * `maxPlainShare` of other words), or null: not a quotation, not a link to another story, not the
 * reader's account area ("Already a member? Log in"). Shared by the rules that judge such blocks by
 * where they stand.
 */
export function asksOnly(block: Block, maxChars: number, maxPlainShare: number): AskCategory | null {
  const { len } = block;
  if (len === 0 || len > maxChars || block.holdsNav || block.holdsArticle) return null;
  if (block.text.plainChars > maxPlainShare * len) return null;
  const category = askCategory(block);
  if (!category) return null;
  const text = block.element.textContent ?? '';
  if (QUOTED.test(text) || isStoryLink(block.element, len)) return null;
  return offersAccount(normalizeText(text)) ? null : category;
}

/**
 * A short line that is only an ask ("Get Data Sheet, Fortune's technology newsletter", "Subscribe
 * now"), set apart (a link or button, or emphasis) and standing alone between paragraphs or
 * at the start or end of the body. The same words inside a paragraph of prose are not: the line must
 * be short, mostly the ask itself, and a block of its own.
 */
export const standaloneAsk: AppealRule = {
  name: STANDALONE_ASK,
  startsFrom: 'phrases',
  score(block, facts = new ElementFacts()) {
    const category = asksOnly(block, DEFAULT_STANDALONE_MAX_CHARS, DEFAULT_STANDALONE_MAX_PLAIN_SHARE);
    if (!category) return null;
    const { len, element: el } = block;
    if (!isOneLine(el, facts)) return null;
    const apart = setApart(el, len) ?? besideAsk(el, len, category, facts);
    if (!apart) return null;
    const where = flowPosition(el, facts.textLength(el), facts);
    if (!where) return null;
    return {
      rule: STANDALONE_ASK,
      kind: 'structure',
      target: category,
      weight: DEFAULT_STANDALONE_ASK_WEIGHT,
      saw: `one-line ask ${apart}, ${where}`,
    };
  },
};
