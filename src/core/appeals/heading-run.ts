import { type AskCategory, TOPIC_CATEGORIES, type TopicCategory } from './categories.ts';
import { asksIn, callCategory, PHRASE_MATCHER, normalizeText, WEAK_TAG } from './text.ts';
import type { AppealRule } from './types.ts';
import { attributesOf, namesAccount, squashedText } from './rules/util.ts';
import { isSiteChrome } from './walk.ts';

/**
 * An ask laid out without a box of its own: a heading that asks ("Support <story>", "Ayo Infaq
 * Dakwah") followed by the few small siblings that carry its action (a Patreon or donate link, a
 * bank account), loose in a sidebar widget or a list. No element holds just them, so the search
 * of blocks never sees them together; they go as one run.
 */
export const HEADING_RUN = 'heading-run';

export interface HeadingRun {
  heading: Element;
  /** The siblings after the heading, up to the last one that carries the ask's action. */
  rest: Element[];
  category: AskCategory;
  saw: string;
  len: number;
}

/** A heading that asks is a line, not a sentence. */
export const DEFAULT_RUN_HEADING_CHARS = 60;
/** The siblings it heads: a line or two and a button row. */
export const DEFAULT_RUN_SIBLINGS = 3;
export const DEFAULT_RUN_LINE_CHARS = 160;
export const DEFAULT_RUN_CHARS = 250;

// A paragraph of bold text heads as much as a heading element.
const BOLD = /^(?:STRONG|B)$/;
// A heading or a rule ends the run; so does a region of the page, a menu or a table.
const BOUNDARY = /^(?:H1|H2|H3|H4|H5|H6|HR|NAV|HEADER|FOOTER|ARTICLE|MAIN|TABLE)$/;
/** A sibling with this many links is a list of the site's links, not an ask's button row. */
const DEFAULT_RUN_MAX_LINKS = 4;
/** An account, card or IBAN number: eight digits or more, spaced or not. */
const ACCOUNT_NUMBER = /\d(?:[ -]?\d){7}/;

/** The ask a heading-like element makes, or null: a heading element or a paragraph of bold text. */
function headingAsk(el: Element, tag: string, text: string): AskCategory | null {
  if (text.length === 0 || text.length > DEFAULT_RUN_HEADING_CHARS) return null;
  if (!/^H[2-6]$/.test(tag)) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild || !BOLD.test(only.tagName) || squashedText(only) !== text) return null;
  }
  // A bare call heads a column of the site's links ("Subscribe", "Support"): it must name its object.
  return asksIn(text)[0] ?? (text.includes(' ') ? callCategory(text) : null);
}

/** What in this sibling says it carries the ask: an ask link or control the rules observe, or an account number beside the ask's words. */
function actionIn(el: Element, category: AskCategory, rules: readonly AppealRule[]): string | null {
  for (const node of [el, ...el.querySelectorAll('*')]) {
    const attributes = attributesOf(node);
    for (const rule of rules) {
      const seen = rule.observe?.(node, { inTable: false }, attributes, node.tagName);
      for (const o of seen ? [seen].flat() : []) {
        if ((TOPIC_CATEGORIES as readonly string[]).includes(o.target ?? '') && (o.weight ?? 1) > 0) return `${o.rule} ${o.saw ?? o.key}`;
      }
    }
  }
  const text = squashedText(el);
  if (!ACCOUNT_NUMBER.test(text)) return null;
  const hits = PHRASE_MATCHER.match(normalizeText(text), 1);
  const weak = WEAK_TAG[category as TopicCategory];
  return hits.has(category) || (weak !== undefined && hits.has(weak)) ? `account number "${text.slice(0, 40)}"` : null;
}

/**
 * The run that starts at `heading`, or null. Siblings are taken while they are small and not
 * another heading, and the run ends at the last one that carries the action; without such a one,
 * a heading that asks is a line of its own (the standalone rule's case) or the start of a section.
 */
export function headingRun(heading: Element, tag: string, rules: readonly AppealRule[]): HeadingRun | null {
  // A heading element, or a paragraph or division of bold text: nothing else heads a run.
  if (!/^(?:H[2-6]|P|DIV)$/.test(tag)) return null;
  const headingText = squashedText(heading);
  const category = headingAsk(heading, tag, headingText);
  if (!category || namesAccount(heading)) return null;
  const taken: Element[] = [];
  let len = headingText.length;
  let end = 0;
  let runLen = 0;
  let saw = '';
  for (let s = heading.nextElementSibling; s && taken.length < DEFAULT_RUN_SIBLINGS; s = s.nextElementSibling) {
    if (BOUNDARY.test(s.tagName) || isSiteChrome(s) || namesAccount(s) || s.querySelector('input[type="password"], h1, h2, h3, h4, h5, h6')) break;
    if (s.querySelectorAll('a[href]').length >= DEFAULT_RUN_MAX_LINKS) break;
    const text = squashedText(s);
    len += text.length;
    if (text.length > DEFAULT_RUN_LINE_CHARS || len > DEFAULT_RUN_CHARS) break;
    taken.push(s);
    const action = actionIn(s, category, rules);
    if (action) {
      end = taken.length;
      runLen = len;
      saw ||= action;
    }
  }
  if (end === 0) return null;
  return { heading, rest: taken.slice(0, end), category, saw, len: runLen };
}
