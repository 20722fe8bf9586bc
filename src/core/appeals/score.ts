import { APPEAL_CATEGORIES, ASK_CATEGORIES, type AppealCategory, categoryFacts } from './categories.ts';
import {
  DEFAULT_APPEAL_THRESHOLD,
  DEFAULT_MAX_BLOCK_CHARS,
  DEFAULT_MAX_PLAIN_CHARS,
  DEFAULT_MAX_PLAIN_LINE_CHARS,
  DEFAULT_MAX_PLAIN_SHARE,
  DEFAULT_MAX_ROOT_SHARE,
  DEFAULT_MENU_LINK_SHARE,
  DEFAULT_MENU_MIN_LINKS,
  DEFAULT_MENU_SIGNUP_MAX_LINKS,
  DEFAULT_MIN_CATEGORY_EVIDENCE,
  DEFAULT_MIN_ROOT_CHARS_FOR_SHARE,
  DEFAULT_ONLY_LINKS_SHARE,
  DEFAULT_SHORT_BLOCK_CHARS,
  DEFAULT_MAX_PLAIN_SHARE_WITH_MARKUP,
  DEFAULT_SINGLE_KIND_THRESHOLD,
  DEFAULT_STRONG_NON_TEXT_EVIDENCE,
} from './constants.ts';
import { normalizeText, offersAccount, PHRASE_MATCHER } from './text.ts';
import { ElementFacts } from './rules/element-facts.ts';
import type { AppealRule, Block, Evidence, FormControl } from './types.ts';

export interface Thresholds {
  appeal: number;
  singleKind: number;
  minCategory: number;
  maxBlockChars: number;
  maxRootShare: number;
  maxPlainChars: number;
  maxPlainShare: number;
  maxPlainLineChars: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  appeal: DEFAULT_APPEAL_THRESHOLD,
  singleKind: DEFAULT_SINGLE_KIND_THRESHOLD,
  minCategory: DEFAULT_MIN_CATEGORY_EVIDENCE,
  maxBlockChars: DEFAULT_MAX_BLOCK_CHARS,
  maxRootShare: DEFAULT_MAX_ROOT_SHARE,
  maxPlainChars: DEFAULT_MAX_PLAIN_CHARS,
  maxPlainShare: DEFAULT_MAX_PLAIN_SHARE,
  maxPlainLineChars: DEFAULT_MAX_PLAIN_LINE_CHARS,
};

export interface Verdict {
  category: AppealCategory;
  score: number;
  evidence: Evidence[];
}

export const MOSTLY_PLAIN = 'mostly plain prose';

/** Whether the block holds one of these form controls, as the rules declared them. */
export const holdsControl = (block: Block, ...controls: FormControl[]): boolean =>
  block.observations.some((o) => o.control !== undefined && controls.includes(o.control));

/** Whether a verdict's markup and structure evidence is strong enough to allow a prose-heavy block. */
export function allowsProse(block: Block, verdict: Verdict): boolean {
  const nonText = verdict.evidence
    .filter((e) => e.kind !== 'text' && e.target !== 'any' && e.weight > 0)
    .reduce((sum, e) => sum + e.weight, 0);
  return nonText >= DEFAULT_STRONG_NON_TEXT_EVIDENCE && block.text.plainChars <= DEFAULT_MAX_PLAIN_SHARE_WITH_MARKUP * block.len;
}

/** Why a block cannot be an appeal whatever its evidence (article text, too big), or null. */
export function sizeVeto(block: Block, rootLen: number, t: Thresholds = DEFAULT_THRESHOLDS): string | null {
  if (block.holdsArticle) return 'holds the article';
  if (block.holdsNav) return 'holds navigation';
  if (block.len > t.maxBlockChars) return 'too long';
  if (rootLen >= DEFAULT_MIN_ROOT_CHARS_FOR_SHARE && block.len > t.maxRootShare * rootLen) return 'most of the page';
  const { plainChars, longestPlainLine } = block.text;
  if (plainChars > t.maxPlainChars) return 'much plain prose';
  if (block.len > DEFAULT_SHORT_BLOCK_CHARS && plainChars > t.maxPlainShare * block.len) return MOSTLY_PLAIN;
  if (longestPlainLine > t.maxPlainLineChars) return 'holds a long plain paragraph';
  if (block.links >= DEFAULT_MENU_MIN_LINKS && block.linkChars >= DEFAULT_MENU_LINK_SHARE * block.len) {
    // A menu or a list of related links, unless it is a small sign-up box with a few links.
    const signup = holdsControl(block, 'email-field');
    if (!signup || block.links > DEFAULT_MENU_SIGNUP_MAX_LINKS) return 'a list of links';
  }
  if (isRowOfPlaces(block)) return 'a row of links to other places';
  return null;
}

/**
 * A few links and nothing else, one of them to a place that is no ask ("Privacy Policy · Terms of
 * Service · Sign up for our newsletters" in a footer): the site's links, of which the ask is one item.
 * A button row whose other link puts the ask off ("No thanks") or is the account ("Log in") is not.
 */
function isRowOfPlaces(block: Block): boolean {
  if (block.links < 2 || block.linkChars < DEFAULT_ONLY_LINKS_SHARE * block.len || block.observations.some((o) => o.control !== undefined)) return false;
  if (!ASK_CATEGORIES.some((c) => block.text.strong[c].length > 0)) return false;
  for (const a of block.element.querySelectorAll('a[href]')) {
    const text = normalizeText(a.textContent ?? '');
    if (!text) continue;
    const hits = PHRASE_MATCHER.match(text, 1);
    const asks = ASK_CATEGORIES.some((c) => hits.has(c)) || hits.has('dismiss') || offersAccount(text);
    if (!asks) return true;
  }
  return false;
}

/**
 * Combines the rules' evidence for one block. The category is the one with the most evidence of
 * its own; "any" evidence (dialog, "maybe later") and "payment" evidence (amount choices) add to it,
 * the latter as the category's facts say (categories.ts).
 */
export function judge(block: Block, rules: readonly AppealRule[], t: Thresholds = DEFAULT_THRESHOLDS, facts = new ElementFacts()): Verdict | null {
  const evidence: Evidence[] = [];
  for (const rule of rules) {
    const found = rule.score(block, facts);
    if (!found) continue;
    if (Array.isArray(found)) evidence.push(...found);
    else evidence.push(found);
  }
  if (evidence.length === 0) return null;
  const own = new Map<AppealCategory, number>();
  for (const e of evidence) {
    if (e.target === 'any' || e.target === 'payment') continue;
    own.set(e.target, (own.get(e.target) ?? 0) + e.weight);
  }
  const hasPayment = evidence.some((e) => e.target === 'payment');
  let category: AppealCategory | null = null;
  let best = 0;
  for (const c of APPEAL_CATEGORIES) {
    const weight = own.get(c) ?? 0;
    if (weight > best || (weight === best && weight > 0 && hasPayment && categoryFacts(c).payment === 'decides')) {
      best = weight;
      category = c;
    }
  }
  if (!category || best < t.minCategory) return null;
  const paid = categoryFacts(category).payment !== 'none';
  const counts = (e: Evidence) => e.target === category || e.target === 'any' || (e.target === 'payment' && paid);
  const used = evidence.filter((e) => counts(e) && e.weight !== 0);
  const score = Math.round(used.reduce((sum, e) => sum + e.weight, 0) * 100) / 100;
  // Only evidence for the category itself counts as a kind of support: a dialog or "maybe later"
  // strengthens a verdict but cannot be its second leg; negative evidence (a login form) only lowers it.
  const kinds = new Set(used.filter((e) => e.weight > 0 && e.target !== 'any').map((e) => e.kind));
  // A box that floats over the page and offers to put itself off ("No thanks") is a promotion by
  // its shape: together they are a second leg, alone neither is.
  const anyKinds = new Set(used.filter((e) => e.weight > 0 && e.target === 'any').map((e) => e.kind));
  if (anyKinds.size >= 2) kinds.add('structure');
  const pass = score >= t.appeal && (kinds.size >= 2 || (!kinds.has('text') && score >= t.singleKind));
  return pass ? { category, score, evidence: used } : null;
}

/** "donation 1.9: payment-choices (choices Once / Monthly / Annual); appeal-phrases ("support us")". */
export function describe(verdict: Verdict): string {
  return `${verdict.category} ${verdict.score.toFixed(2)}: ${verdict.evidence
    .map((e) => `${e.rule} ${e.weight.toFixed(2)} (${e.saw})`)
    .join('; ')}`;
}
