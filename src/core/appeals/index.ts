/**
 * Appeal detection: newsletter sign-ups, donation and membership asks. Pure functions over a DOM;
 * callers decide whether to remove (pipeline, on a clone) or mark (live page, non-destructively).
 *
 * One walk summarises every element (text lines scored against per-language phrase lists, plus what
 * each rule observes in the markup); candidate blocks are then judged by combining the rules'
 * evidence (see score.ts) and the outermost appeal of each nest is reported.
 */
import type { Removal } from '../article.ts';
import type { AppealCategory } from './categories.ts';
import { articleText } from '../extract/article-text.ts';
import {
  DEFAULT_BOX_BUTTON_MAX_CHARS,
  DEFAULT_BOX_MAX_GROWTH_CHARS,
  DEFAULT_BOX_MAX_PLAIN_LINE_CHARS,
  DEFAULT_EXCERPT_CHARS,
  DEFAULT_KEEP_KEY_CHARS,
  DEFAULT_WRAPPER_MAX_BLURB_CHARS,
  DEFAULT_WRAPPER_MAX_CONTROLS,
  DEFAULT_WRAPPER_MAX_LINK_SHARE,
  DEFAULT_WRAPPER_SLACK_CHARS,
} from './constants.ts';
import { RULES } from './rules/index.ts';
import { holdsAccountMarkup, namesCategory } from './rules/class-tokens.ts';
import { ElementFacts } from './rules/element-facts.ts';
import { isOverlay } from './rules/overlay-dialog.ts';
import { DEFAULT_RUN_HEADING_CHARS, HEADING_RUN, headingRun } from './heading-run.ts';
import { STANDALONE_ASK } from './rules/standalone-ask.ts';
import { namesAccount, squashedText } from './rules/util.ts';
import { allowsProse, DEFAULT_THRESHOLDS, describe, holdsControl, judge, MOSTLY_PLAIN, sizeVeto, type Thresholds } from './score.ts';
import type { AppealRule } from './types.ts';
import { type BlockNode, countedPhrase, walk } from './walk.ts';

export * from './constants.ts';
export type { Thresholds } from './score.ts';
export { DEFAULT_THRESHOLDS } from './score.ts';

export interface AppealOptions {
  /** Categories to look for; an empty list finds nothing. */
  categories: readonly AppealCategory[];
  /** Override scoring thresholds (tests, benchmarks). */
  thresholds?: Partial<Thresholds>;
  /** Override the rule set (tests of a single rule). */
  rules?: readonly AppealRule[];
  /** Excerpts (Removal.text) of appeals the user put back: those blocks, and all inside them, stay. */
  keep?: readonly string[];
}

/** A block judged to be an appeal, with the evidence behind the verdict. */
export interface AppealMatch {
  element: Element;
  category: AppealCategory;
  /** Rule names and what each saw, e.g. "email-signup-form: email input + submit button". */
  reason: string;
  /** Combined evidence score (passed the threshold). */
  score: number;
  /** First ~200 characters of the block's text. */
  text: string;
  /** Siblings that go with the element: the rest of a heading's loose run (heading-run.ts). */
  also?: Element[];
}

/** Elements that can be an appeal block (inline elements, tables, lists and list items cannot). */
const CANDIDATE_TAGS = new Set([
  'DIV', 'SECTION', 'ASIDE', 'FORM', 'P', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FOOTER', 'DIALOG',
  'DETAILS', 'CENTER', 'IFRAME', 'ARTICLE', 'FIELDSET',
]);
/** Subtrees that are never searched: navigation (and the site header, see isSiteChrome), quoted or literal text. */
const NEVER_INSIDE = new Set(['NAV', 'BLOCKQUOTE', 'PRE', 'CODE', 'MENU', 'TEXTAREA']);

const isCandidate = (tag: string) => CANDIDATE_TAGS.has(tag) || tag.includes('-');

interface Selected {
  match: AppealMatch;
  len: number;
  hitChars: number;
  linkChars: number;
  /** Characters taken in around the judged block by growing it to its box. */
  grown: number;
  /** Judged a line standing among paragraphs (standalone-ask): never grown to its parent. */
  standsAlone: boolean;
}

/** The start of a block's text, one line per paragraph or control (so a heading and its blurb stay apart). */
function appealExcerpt(...els: Element[]): string {
  const text = els.map((el) => articleText(el).replace(/\s*\n\s*/g, '\n')).join('\n');
  return text.length > DEFAULT_EXCERPT_CHARS ? `${text.slice(0, DEFAULT_EXCERPT_CHARS - 1)}…` : text;
}

/** Whitespace-blind comparison key of an excerpt, without its ellipsis. */
const keepKey = (text: string) => text.replace(/…$/, '').replace(/\s+/g, ' ').trim().slice(0, DEFAULT_KEEP_KEY_CHARS);

/**
 * Blocks the user put back, by the excerpt of the removal they undid. Matched on the start of the
 * text, whitespace-blind, so a block whose tail changed between two reads (a counter, a live
 * page's late content) is still recognised.
 */
function keptMatcher(keep: readonly string[] | undefined): (excerpt: string) => boolean {
  const keys = new Set((keep ?? []).map(keepKey).filter((k) => k.length > 0));
  return (excerpt) => keys.size > 0 && keys.has(keepKey(excerpt));
}

/**
 * Whether all the links a box adds around its appeal are one short button ("Click here", "Get
 * started"): the ask's own button. A longer link is a headline, several are a list.
 */
function addsOneButton(box: Element, appeal: Element, addedLinkChars: number): boolean {
  return addedLinkChars <= DEFAULT_BOX_BUTTON_MAX_CHARS && controlsAround(box, [appeal]) <= 1;
}

/** How many links and buttons the box holds outside its appeals, counted up to `limit` + 1. */
function controlsAround(box: Element, appeals: readonly Element[], limit = 1): number {
  let outside = 0;
  for (const a of box.querySelectorAll('a[href], button')) if (!appeals.some((p) => p.contains(a)) && ++outside > limit) break;
  return outside;
}

/** Finds appeal blocks below `root` without changing anything. Outermost matches only. */
export function findAppeals(root: Document | Element, options: AppealOptions): AppealMatch[] {
  if (options.categories.length === 0) return [];
  const start = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  if (!start) return [];
  const rules = options.rules ?? RULES;
  const skipsSilent = rules.every((r) => r.startsFrom !== undefined);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const wanted = new Set(options.categories);
  const isKept = keptMatcher(options.keep);
  const kept: Element[] = [];
  const tree = walk(start, rules);
  const rootLen = tree.block.len;
  const facts = new ElementFacts();

  const select = (node: BlockNode, isRoot: boolean): Selected[] => {
    const el = node.block.element;
    if (NEVER_INSIDE.has(node.tag) || node.isChrome) return [];
    // A loop, not flatMap: this runs for every block of the page.
    const inner: Selected[] = [];
    for (const child of node.children) for (const s of select(child, false)) inner.push(s);
    for (const child of node.children) {
      const run = !child.isChrome && child.block.len <= DEFAULT_RUN_HEADING_CHARS && countedPhrase(child.block.text) ? headingRun(child.block.element, child.tag, rules) : null;
      if (!run || !wanted.has(run.category)) continue;
      const els = [run.heading, ...run.rest];
      // The heading judged an ask on its own is taken with its run; anything else found there stays as found.
      const own = inner.findIndex((s) => s.match.element === run.heading);
      if (els.some((el) => inner.some(({ match: { element: m } }, i) => i !== own && (el.contains(m) || m.contains(el))))) continue;
      const text = appealExcerpt(...els);
      if (own >= 0) inner.splice(own, 1);
      if (isKept(text) || kept.some((k) => els.some((el) => el.contains(k)))) {
        kept.push(...els);
        continue;
      }
      // Written as a verdict's description (score.ts describe), one piece of evidence of weight 1.
      const reason = `${run.category} 1.00: ${HEADING_RUN} 1.00 (heading "${squashedText(run.heading)}" followed by ${run.saw})`;
      const match: AppealMatch = { element: run.heading, also: run.rest, category: run.category, reason, score: 1, text };
      inner.push({ match, len: run.len, hitChars: run.len, linkChars: 0, grown: 0, standsAlone: true });
    }
    if (isRoot || !isCandidate(node.tag)) return inner;
    const veto = sizeVeto(node.block, rootLen, thresholds);
    if (veto && veto !== MOSTLY_PLAIN) return inner;
    // Most blocks have neither an observation nor a phrase, where rules that start from one find nothing.
    const { block } = node;
    const silent = skipsSilent && block.observations.length === 0 && !countedPhrase(block.text);
    const verdict = silent ? null : judge(block, rules, thresholds, facts);
    if (!verdict || !wanted.has(verdict.category)) return veto ? inner : growToBox(node, inner);
    if (veto === MOSTLY_PLAIN && !allowsProse(node.block, verdict)) return inner;
    const text = appealExcerpt(el);
    if (isKept(text)) {
      kept.push(el);
      return [];
    }
    // A put-back block also keeps every block around it.
    if (kept.some((k) => el.contains(k))) return inner;
    const { len, linkChars } = node.block;
    if (inner.length > 0) {
      // Take the enclosing block only if what it adds around the inner appeals is short, reads like
      // an appeal, or is a short blurb; not when it is other things (related links, paragraphs).
      const sum = (pick: (s: Selected) => number) => inner.reduce((total, s) => total + pick(s), 0);
      const restLen = len - sum((s) => s.len);
      const restHit = node.block.text.hitChars - sum((s) => s.hitChars);
      const restLinks = linkChars - sum((s) => s.linkChars);
      // A blurb is short, not mostly links, and holds no line long enough to be a paragraph of prose,
      // nor more controls of its own than a logo and a close button: a post's action bar or a
      // footer's columns are not its blurb.
      const blurb =
        restLen <= DEFAULT_WRAPPER_MAX_BLURB_CHARS &&
        restLinks <= DEFAULT_WRAPPER_MAX_LINK_SHARE * restLen &&
        node.block.text.longestPlainLine <= DEFAULT_BOX_MAX_PLAIN_LINE_CHARS &&
        controlsAround(el, inner.flatMap((s) => [s.match.element, ...(s.match.also ?? [])]), DEFAULT_WRAPPER_MAX_CONTROLS) <= DEFAULT_WRAPPER_MAX_CONTROLS;
      // A box whose own markup names the ask ("newsletter-signup") is the box, whatever else it holds.
      const named = namesCategory(el, verdict.category);
      // So is a dialog or overlay judged an appeal itself, unless it holds something else (a share
      // or login form): it floats over the page as one box.
      const floats = !named && isOverlay(el) && verdict.evidence.every((e) => e.weight > 0);
      if (restLen > DEFAULT_WRAPPER_SLACK_CHARS && restHit < restLen / 2 && !blurb && !named && !floats) return inner;
    }
    const match: AppealMatch = {
      element: el,
      category: verdict.category,
      reason: describe(verdict),
      score: verdict.score,
      text,
    };
    const standsAlone = verdict.evidence.some((e) => e.rule === STANDALONE_ASK);
    return [{ match, len, hitChars: node.block.text.hitChars, linkChars, grown: 0, standsAlone }];
  };

  /**
   * The box around a single appeal when all it adds is a short heading or blurb, buttons or empty
   * wrappers ("Please don't scroll past this…" above a donate row; "Newsletter" above a form): the
   * reader sees one box, so it goes as one. Never around a line standing among paragraphs.
   */
  const growToBox = (node: BlockNode, inner: Selected[]): Selected[] => {
    if (inner.length !== 1) return inner;
    const only = inner[0]!;
    const { len, linkChars, text } = node.block;
    const restLen = len - only.len;
    const grown = only.grown + restLen;
    if (only.standsAlone || grown > DEFAULT_BOX_MAX_GROWTH_CHARS) return inner;
    if (text.longestPlainLine > DEFAULT_BOX_MAX_PLAIN_LINE_CHARS) return inner;
    const addedLinkChars = linkChars - only.linkChars;
    if (restLen > 0 && addedLinkChars > DEFAULT_WRAPPER_MAX_LINK_SHARE * restLen && !addsOneButton(node.block.element, only.match.element, addedLinkChars)) {
      return inner;
    }
    // A message box or password field around it, or markup naming it or a part of it, makes the box a contact or login form.
    if (holdsControl(node.block, 'message-box', 'password') || namesAccount(node.block.element) || holdsAccountMarkup(node.block)) return inner;
    const el = node.block.element;
    const excerpt = appealExcerpt(el);
    if (isKept(excerpt) || kept.some((k) => el.contains(k))) return inner;
    const reason = restLen > 0 ? `${only.match.reason}; with its box (${restLen} more characters: heading, blurb, buttons)` : only.match.reason;
    const match: AppealMatch = { ...only.match, element: el, reason, text: excerpt };
    return [{ match, len, hitChars: text.hitChars, linkChars, grown, standsAlone: false }];
  };

  return select(tree, true).map((s) => s.match);
}

/** Removes the appeals found below `root` (call it on a clone) and reports each removal. */
export function removeAppeals(root: Document | Element, options: AppealOptions): Removal[] {
  return findAppeals(root, options).map(({ element, also = [], category, reason, text }) => {
    element.remove();
    for (const el of also) el.remove();
    return { category, reason, text };
  });
}
