import { APPEAL_CATEGORIES, CALL_ONLY_CATEGORIES, TOPIC_CATEGORIES, type AppealCategory, type TopicCategory } from './categories.ts';
import {
  DEFAULT_CALL_LINE_CHARS,
  DEFAULT_OFFER_LINE_CHARS,
  DEFAULT_CTA_LINE_CHARS,
  DEFAULT_DISMISS_LINE_CHARS,
  DEFAULT_EXTRA_PHRASE_WEIGHT,
  DEFAULT_MAX_BLOCK_CHARS,
  DEFAULT_MAX_MATCHED_LINE_CHARS,
  DEFAULT_STRONG_PHRASE_WEIGHT,
  DEFAULT_WEAK_PHRASE_WEIGHT,
} from './constants.ts';
import {
  closingCall,
  collapseSpaces,
  mentionsPrice,
  namesOffer,
  normalizeLine,
  type Opening,
  openingCall,
  PHRASE_MATCHER,
  WEAK_TAG,
} from './text.ts';
import { attributesOf, attrIn, NO_ITEMS, squashedLength } from './rules/util.ts';
import type { AppealRule, Block, ElementAttributes, Observation, RuleContext, TextStats } from './types.ts';

/** Elements whose text continues the surrounding line instead of starting one. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'BR', 'WBR', 'IMG', 'PICTURE', 'BIG',
  'STRIKE', 'TT', 'INS', 'DEL', 'OUTPUT', 'LABEL',
]);
/** Subtrees with no reader-visible text; a select's options are choices, not lines (a country list is no prose). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'svg', 'SVG', 'MATH', 'OPTION', 'OPTGROUP', 'DATALIST']);
const MAX_LIST = 6;
const MAX_OBSERVATIONS = 80;

export interface BlockNode {
  block: Block;
  /** The element's tagName, read once by the walk (each read is a call into the DOM). */
  tag: string;
  /** The nearest block-level descendants. */
  children: BlockNode[];
  /** The element itself is the site's navigation or header (isSiteChrome). */
  isChrome: boolean;
}

// The lists of stats and the observations of blocks start as NO_ITEMS and get a list of their own
// on their first item (addAll, addObservation): most blocks' lists stay empty, and a list per block
// per category is most of what the walk would otherwise allocate.

/** Per-category records filled in loops (no Object.fromEntries). */
function categoryRecords(): Pick<TextStats, 'score' | 'strong' | 'weak'> {
  const score = {} as Record<AppealCategory, number>;
  const strong = {} as Record<AppealCategory, string[]>;
  const weak = {} as Record<TopicCategory, string[]>;
  for (const c of APPEAL_CATEGORIES) {
    score[c] = 0;
    strong[c] = NO_ITEMS;
  }
  for (const c of TOPIC_CATEGORIES) weak[c] = NO_ITEMS;
  return { score, strong, weak };
}

/**
 * The per-category records of stats without a phrase yet, shared and frozen: most blocks' lines are
 * plain prose, and their stats get records of their own only on their first phrase (ownRecords).
 */
const NO_PHRASES = categoryRecords();
for (const records of Object.values(NO_PHRASES)) Object.freeze(records);

export function emptyTextStats(): TextStats {
  return { ...NO_PHRASES, dismiss: NO_ITEMS, hitChars: 0, plainChars: 0, longestPlainLine: 0 };
}

/** Whether a phrase (of any list) was ever counted into the stats: false for most blocks. */
export const countedPhrase = (text: TextStats): boolean => text.score !== NO_PHRASES.score;

/** Gives stats per-category records of their own, before a phrase is counted into them. */
function ownRecords(stats: TextStats): void {
  if (!countedPhrase(stats)) Object.assign(stats, categoryRecords());
}

/** `into` with the new items of `from` added (up to MAX_LIST); a new list when `into` is NO_ITEMS. */
const addAll = (into: string[], from: readonly string[]): string[] => {
  for (const item of from) {
    if (into.length >= MAX_LIST || into.includes(item)) continue;
    if (into === NO_ITEMS) into = [];
    into.push(item);
  }
  return into;
};

function mergeText(into: TextStats, from: TextStats): void {
  // Stats still on the shared records hold no phrase: nothing to add per category.
  if (countedPhrase(from)) {
    ownRecords(into);
    for (const c of APPEAL_CATEGORIES) {
      into.score[c] += from.score[c];
      into.strong[c] = addAll(into.strong[c], from.strong[c]);
    }
    for (const c of TOPIC_CATEGORIES) into.weak[c] = addAll(into.weak[c], from.weak[c]);
  }
  into.dismiss = addAll(into.dismiss, from.dismiss);
  into.hitChars += from.hitChars;
  into.plainChars += from.plainChars;
  into.longestPlainLine = Math.max(into.longestPlainLine, from.longestPlainLine);
}

/** Pools an observation into the block (up to MAX_OBSERVATIONS), giving it a list of its own on the first. */
function addObservation(block: Block, o: Observation): void {
  if (block.observations.length >= MAX_OBSERVATIONS) return;
  if (block.observations === NO_ITEMS) block.observations = [];
  block.observations.push(o);
}


/**
 * A short line opening with a call to action ("Get", "Sign up", "Abonnez-vous") and naming a
 * category's topic word ("… Fortune's technology newsletter") is an ask of that category, even when
 * no listed phrase covers the words in between: its topic words count as a strong phrase.
 */
function promoteCalls(opening: Opening, hits: Map<string, string[]>, candidates: readonly TopicCategory[]): void {
  const { call, sentence } = opening;
  // The topic must be in the sentence the call opens, not elsewhere in the line.
  const inSentence = PHRASE_MATCHER.match(sentence);
  for (const c of candidates) {
    // The call's own words ("sign up", "support") are not a topic of their own.
    const topics = (inSentence.get(WEAK_TAG[c]) ?? []).filter((w) => !call.includes(w) && !w.includes(call));
    if (topics.length > 0) hits.set(c, [`${call} … ${topics[0]}`]);
  }
}

/**
 * A short line closing with a bare call as a segment of its own ("<headline> | Sign up", "… — Donate"):
 * the call's own words are its topic ("sign up" is a newsletter's), so the line is an ask of that
 * category; the headline before it is what the ask is for.
 */
function promoteClosingCall(line: string, hits: Map<string, string[]>, candidates: readonly TopicCategory[]): void {
  const segment = closingCall(line);
  if (!segment) return;
  const inSegment = PHRASE_MATCHER.match(segment);
  // A segment that is a listed phrase already says its category ("Subscribe on YouTube" is social).
  if (APPEAL_CATEGORIES.some((c) => inSegment.has(c))) return;
  for (const c of candidates) {
    if (!hits.has(c) && inSegment.has(WEAK_TAG[c])) hits.set(c, [`… | ${segment}`]);
  }
}

/** Scores one line of text (a block element's own text) into `stats`; returns its length. */
export function addLine(raw: string, stats: TextStats): number {
  const line = collapseSpaces(raw).trim();
  if (!line) return 0;
  const len = line.length;
  // A line too long to be a call to action vetoes any block holding it: no need to read it.
  const normalized = len > DEFAULT_MAX_MATCHED_LINE_CHARS ? '' : normalizeLine(line);
  const hits = PHRASE_MATCHER.match(normalized);
  // A phrase in a long paragraph is far more likely reporting than a call to action.
  const factor = Math.min(1, DEFAULT_CTA_LINE_CHARS / len);
  if (len <= DEFAULT_CALL_LINE_CHARS) {
    // The call the line opens with, read at most once, and only when something needs it.
    let opening: Opening | null | undefined;
    const call = (): Opening | null => {
      if (opening === undefined) opening = openingCall(normalized);
      return opening;
    };
    if (hits.size > 0) {
      const candidates = TOPIC_CATEGORIES.filter((c) => !hits.has(c) && hits.has(WEAK_TAG[c]));
      if (candidates.length > 0) {
        if (call()) promoteCalls(call()!, hits, candidates);
        promoteClosingCall(line, hits, candidates);
      }
    }
    // A price per period in a short line, or in one opening with a call to action, is a subscription
    // offer ("3 months for $10", "Join for $1 today"); in a longer sentence it is reporting.
    if (!hits.has('membership') && mentionsPrice(line) && namesOffer(normalized)) {
      if (len <= DEFAULT_OFFER_LINE_CHARS || call() !== null) hits.set('membership', ['a price per period']);
    }
  }
  // Most lines hold no phrase at all: plain prose, nothing to add per category.
  if (hits.size === 0) {
    stats.plainChars += len;
    stats.longestPlainLine = Math.max(stats.longestPlainLine, len);
    return len;
  }
  let strongHit = false;
  ownRecords(stats);
  for (const c of TOPIC_CATEGORIES) {
    const strong = hits.get(c) ?? [];
    const weak = (hits.get(WEAK_TAG[c]) ?? []).slice(0, 2);
    if (strong.length > 0) strongHit = true;
    const score =
      (strong.length > 0 ? DEFAULT_STRONG_PHRASE_WEIGHT + DEFAULT_EXTRA_PHRASE_WEIGHT * (strong.length - 1) : 0) +
      DEFAULT_WEAK_PHRASE_WEIGHT * weak.length;
    stats.score[c] += score * factor;
    stats.strong[c] = addAll(stats.strong[c], strong);
    stats.weak[c] = addAll(stats.weak[c], weak);
  }
  for (const c of CALL_ONLY_CATEGORIES) {
    const strong = hits.get(c);
    if (!strong) continue;
    stats.score[c] += DEFAULT_STRONG_PHRASE_WEIGHT * factor;
    stats.strong[c] = addAll(stats.strong[c], strong);
  }
  if (len <= DEFAULT_DISMISS_LINE_CHARS) {
    const dismiss = hits.get('dismiss') ?? [];
    if (dismiss.length > 0) strongHit = true;
    stats.dismiss = addAll(stats.dismiss, dismiss);
  }
  if (strongHit) {
    stats.hitChars += len * factor;
    stats.plainChars += len * (1 - factor);
  } else {
    stats.plainChars += len;
    stats.longestPlainLine = Math.max(stats.longestPlainLine, len);
  }
  return len;
}

const ACTIONABLE = 'a, button, input, select, nav, form, [role]';

/** Sections a site header sits outside of; a `<header>` inside them heads that section or box. */
const SECTIONING = 'article, main, aside, section, form, dialog, [role="dialog"], [role="main"]';

/**
 * The site's navigation or its header (logo, menu, account links, "Subscribe" / "Support us"
 * buttons): never an appeal, nor any block around it. Hiding there takes the reader's way around
 * the site, and the article is never in it.
 */
export function isSiteChrome(el: Element): boolean {
  return isChromeOf(el, null, el.tagName);
}

/** isSiteChrome given the element's attribute names (null: not read), so an attribute it lacks is not asked for, and its tagName. */
function isChromeOf(el: Element, names: readonly string[] | null, tag: string): boolean {
  if (tag === 'NAV') return true;
  const role = names && !names.includes('role') ? null : el.getAttribute('role');
  if (role === 'navigation' || role === 'banner') return true;
  // A header with nothing to follow or press is a box's heading ("Premium" over a footer's offer), not the site's.
  return tag === 'HEADER' && el.parentElement?.closest(SECTIONING) == null && el.querySelector(ACTIONABLE) !== null;
}

/**
 * The page's headline (its first h1), the main region or the marked article body. A later h1 heads
 * a box of its own ("Want to block ads but still support us?" in an overlay), not the article.
 */
function holdsArticleItself(el: Element, names: readonly string[], tag: string): boolean {
  return (
    (tag === 'H1' && el.ownerDocument.querySelector('h1') === el) ||
    tag === 'MAIN' ||
    tag === 'BODY' ||
    tag === 'HTML' ||
    attrIn(el, names, 'itemprop') === 'articleBody' ||
    attrIn(el, names, 'role') === 'main'
  );
}

/**
 * Characters of text below `el` as the walk counts them (its lines, whitespace collapsed), and
 * nothing else: no phrases, no observations.
 */
function textLengthOf(el: Element): number {
  let len = 0;
  let pending = '';
  const absorb = (parent: ParentNode) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        pending += (child as Text).data;
        continue;
      }
      if (type !== 1) continue;
      const childEl = child as Element;
      const tag = childEl.tagName;
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') pending += ' ';
      else if (INLINE.has(tag)) absorb(childEl);
      else {
        len += textLengthOf(childEl);
        pending += ' ';
      }
    }
  };
  absorb(el);
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) absorb(shadow);
  return len + squashedLength(pending);
}

/**
 * One pass over the subtree (including open shadow roots): each block-level element gets a Block
 * summarising its text lines and the rules' observations of it and everything below it. Inline
 * elements get no Block of their own (they are never candidates): their text continues the line of
 * the enclosing block and what the rules observe on them counts for that block.
 *
 * The site's navigation and header below the root (isSiteChrome) are only measured: nothing in
 * them or around them is ever judged (a block holding navigation is vetoed, score.ts sizeVeto), so
 * their Block carries its length and `holdsNav`, and no children, text or observations.
 */
export function walk(root: Element, rules: readonly AppealRule[]): BlockNode {
  const observers = rules.filter((r) => r.observe);

  // The element's attributes and tagName are read once for every rule.
  const observe = (el: Element, tag: string, context: RuleContext, block: Block, attributes: ElementAttributes = attributesOf(el)) => {
    for (const rule of observers) {
      const seen = rule.observe!(el, context, attributes, tag);
      if (seen) for (const o of Array.isArray(seen) ? seen : [seen]) addObservation(block, o);
    }
  };

  const visit = (el: Element, outer: RuleContext, tag: string): BlockNode => {
    const attributes = attributesOf(el);
    const block: Block = {
      element: el,
      len: 0,
      text: emptyTextStats(),
      observations: NO_ITEMS,
      linkChars: 0,
      links: 0,
      holdsArticle: false,
      holdsNav: isChromeOf(el, attributes.names, tag),
    };
    const node: BlockNode = { block, tag, children: [], isChrome: block.holdsNav };
    if (block.holdsNav && el !== root) {
      block.len = textLengthOf(el);
      return node;
    }
    const context = !outer.inTable && (tag === 'TD' || tag === 'TH') ? { ...outer, inTable: true } : outer;
    let pending = '';

    const absorb = (parent: ParentNode) => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        const type = child.nodeType;
        if (type === 3) {
          pending += (child as Text).data;
          continue;
        }
        if (type !== 1) continue;
        const childEl = child as Element;
        const tag = childEl.tagName;
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          pending += ' ';
        } else if (INLINE.has(tag)) {
          observe(childEl, tag, context, block);
          if (tag !== 'A') {
            absorb(childEl);
            continue;
          }
          const start = pending.length;
          const lenBefore = block.len;
          absorb(childEl);
          block.links++;
          block.linkChars += squashedLength(pending, start) + block.len - lenBefore;
        } else {
          const childNode = visit(childEl, context, tag);
          const inner = childNode.block;
          node.children.push(childNode);
          block.len += inner.len;
          block.holdsArticle ||= inner.holdsArticle;
          block.holdsNav ||= inner.holdsNav;
          block.links += inner.links;
          block.linkChars += inner.linkChars;
          if (inner.len <= DEFAULT_MAX_BLOCK_CHARS) {
            mergeText(block.text, inner.text);
            for (const o of inner.observations) addObservation(block, o);
          }
          pending += ' ';
        }
      }
    };
    absorb(el);
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) absorb(shadow);

    observe(el, tag, context, block, attributes);
    block.holdsArticle ||= holdsArticleItself(el, attributes.names, tag);
    if (/\S/.test(pending)) {
      block.len += addLine(pending, block.text);
    }
    return node;
  };

  return visit(root, { inTable: false }, root.tagName);
}
