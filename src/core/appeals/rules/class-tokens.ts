import { APPEAL_CATEGORIES, type AppealCategory } from '../categories.ts';
import type { AppealRule, Block, ElementAttributes, Evidence, Observation, RuleContext } from '../types.ts';
import { markupPattern } from '../phrases/index.ts';
import { ACCOUNT_WORDS, attributesOf, attrIn, identifierWords, isAskTrigger, memoize, memoTest, observed, onlyClassOf } from './util.ts';

export const CLASS_TOKENS = 'class-tokens';
/** A class or id that names the thing ("newsletter-signup", "donate-box", "paywall"). */
export const DEFAULT_STRONG_TOKEN_WEIGHT = 0.5;
/** One that only hints at it ("support", "member", "subscribe"). */
export const DEFAULT_WEAK_TOKEN_WEIGHT = 0.3;
/** Login and account markup: the box is about the reader's account, not a sign-up or an upsell. */
export const DEFAULT_ACCOUNT_TOKEN_WEIGHT = -0.6;

interface TokenRule {
  category: AppealCategory;
  weight: number;
  /** Matched inside an identifier with separators removed ("newslettersignupform"). */
  contains?: RegExp;
  /** Matched against one whole word of the identifier. */
  word?: RegExp;
}

const S = DEFAULT_STRONG_TOKEN_WEIGHT;
const W = DEFAULT_WEAK_TOKEN_WEIGHT;
const inside = (source: string) => (source ? new RegExp(source) : undefined);
const whole = (source: string) => (source ? new RegExp(`^(?:${source})$`) : undefined);
/** Each language's class fragments and words (phrases/<lang>.ts `markup`), then account markup. */
export const TOKEN_RULES: readonly TokenRule[] = [
  ...APPEAL_CATEGORIES.flatMap((category): TokenRule[] => [
    { category, weight: S, contains: inside(markupPattern((m) => m.classTokens?.[category])) },
    { category, weight: W, word: whole(markupPattern((m) => m.classWords?.[category])) },
  ]).filter((r) => r.contains || r.word),
  { category: 'newsletter', weight: DEFAULT_ACCOUNT_TOKEN_WEIGHT, word: ACCOUNT_WORDS },
  { category: 'membership', weight: DEFAULT_ACCOUNT_TOKEN_WEIGHT, word: ACCOUNT_WORDS },
];

/** Taxonomy classes (WordPress "category-newsletters", "tag-donations") describe the post, not the box. */
const TAXONOMY = /^(?:category|tag|tags|topic|term|section|channel|post|type|format|single|page|postid|is|has|cat)[-_]/i;
const DATA_NAMES = ['data-component', 'data-module', 'data-testid', 'data-widget', 'data-block', 'data-type', 'data-name'];

/** Cheap first test on the raw attribute text: most elements name nothing of interest. */
const PREFILTER = new RegExp(
  [
    ...TOKEN_RULES.flatMap((r) => [r.contains?.source ?? '', r.word?.source.replace(/^\^\(\?:|\)\$$/g, '') ?? '']),
  ]
    .filter(Boolean)
    .join('|'),
  'i',
);
const DATA_NAME_SET = new Set(DATA_NAMES);
const isNamed = (name: string) => name === 'class' || name === 'id' || DATA_NAME_SET.has(name);

/** The identifiers the rule reads: the class names (taxonomy classes left out), the id, the data names' values. */
function identifiers(cls: string, id: string, data: readonly string[]): string[] {
  const values: string[] = [];
  for (const name of cls.split(/\s+/)) if (name && !TAXONOMY.test(name)) values.push(name);
  values.push(id, ...data);
  return values;
}

// Separators and case vary ("Email_OptIn"), so the prefilter sees the values without them.
const prefilterText = (values: readonly string[]) => values.join(' ').replace(/[-_\s]+/g, '');
const MAY_NAME = memoTest(PREFILTER);
const NO_DATA = DATA_NAMES.map(() => '');
/** The prefilter for an element with a class and no id or data names, per class attribute. */
const CLASS_MAY_NAME = memoize((cls) => PREFILTER.test(prefilterText(identifiers(cls, '', NO_DATA))));

function observe(el: Element, _context?: RuleContext, attributes: ElementAttributes = attributesOf(el)): Observation[] | null {
  // Only the attributes the element has are read (most have a class and nothing else named here).
  const { names, cls } = attributes;
  if (names.length === 0 || !names.some(isNamed)) return null;
  const classOnly = onlyClassOf(names, isNamed);
  if (classOnly && !CLASS_MAY_NAME(cls)) return null;
  const values = identifiers(
    cls,
    attrIn(el, names, 'id'),
    DATA_NAMES.map((name) => attrIn(el, names, name)),
  );
  if (!classOnly && !MAY_NAME(prefilterText(values))) return null;
  const found: Observation[] = [];
  for (const value of values) {
    if (value.length < 2) continue;
    const words = identifierWords(value);
    const compact = words.join('');
    for (const rule of TOKEN_RULES) {
      const hit = rule.contains?.exec(compact)?.[0] ?? words.find((w) => rule.word?.test(w));
      if (hit) found.push({ rule: CLASS_TOKENS, key: value, target: rule.category, weight: rule.weight, saw: value });
    }
  }
  // Login markup on an ask's own trigger names the dialog it opens, not the reader's account.
  if (found.some((o) => (o.weight ?? 0) < 0) && isAskTrigger(el)) return nonEmpty(found.filter((o) => (o.weight ?? 0) >= 0));
  return nonEmpty(found);
}

const nonEmpty = <T>(list: T[]): T[] | null => (list.length > 0 ? list : null);

/** Whether the element's own class, id or data names (not its contents') name this category's box. */
export function namesCategory(el: Element, category: AppealCategory): boolean {
  return (observe(el) ?? []).some((o) => o.target === category && (o.weight ?? 0) >= DEFAULT_STRONG_TOKEN_WEIGHT);
}

/** Whether the block holds markup naming a login or account area ("oauth-button", "login-link"): a negative token. */
export const holdsAccountMarkup = (block: Block): boolean => observed(block, CLASS_TOKENS).some((o) => (o.weight ?? 0) < 0);

export const classTokens: AppealRule = {
  name: CLASS_TOKENS,
  startsFrom: 'observations',
  observe,
  score(block) {
    // The strongest positive token per category, and the strongest negative one (account markup).
    const best = new Map<string, Observation>();
    for (const o of observed(block, CLASS_TOKENS)) {
      const key = `${o.target}${(o.weight ?? 0) < 0 ? '-' : '+'}`;
      const current = best.get(key);
      if (!current || Math.abs(o.weight ?? 0) > Math.abs(current.weight ?? 0)) best.set(key, o);
    }
    return [...best.values()].map(
      (o): Evidence => ({ rule: CLASS_TOKENS, kind: 'markup', target: o.target!, weight: o.weight ?? W, saw: `"${o.saw}"` }),
    );
  },
};
