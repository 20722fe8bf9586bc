import { ASK_CATEGORIES, type AskCategory } from '../categories.ts';
import { asksIn, normalizeText, offersAccount, openingCall, words } from '../text.ts';
import type { AppealRule } from '../types.ts';
import { CTA_LINKS, ctaLinks } from './cta-links.ts';
import { ElementFacts } from './element-facts.ts';
import { flowPosition, isOneLine, QUOTED } from './standalone-ask.ts';
import { observed, squashedText } from './util.ts';

export const OPENING_ASK = 'opening-ask';
/** Position evidence: a paragraph that is one sentence opening with an ask, set among the article's paragraphs. */
export const DEFAULT_OPENING_ASK_WEIGHT = 0.6;
/** Such a paragraph is one sentence of a few lines at most. */
export const DEFAULT_OPENING_ASK_MAX_CHARS = 400;
/** The ask and its link are in the sentence's first words ("Become a <Name> Member or …"). */
export const DEFAULT_OPENING_WORDS = 8;

/**
 * A sentence break inside the text: end punctuation (a closing quote after it too) followed by more
 * words; in Chinese and Japanese, a full stop followed by anything (they put no space after it).
 */
const SENTENCE_BREAK = /[.!?…]["”’»)]?\s+\S|[。！？]\s*\S/;

/**
 * The link that carries the ask: the paragraph's first link, starting within its opening words and
 * leading to the category's own page, as cta-links reads the link.
 */
function asksByLink(el: Element, category: AskCategory, text: string, openingChars: number): boolean {
  const first = el.querySelector('a[href]');
  if (!first) return false;
  const at = text.indexOf(squashedText(first));
  if (at < 0 || at > openingChars) return false;
  const seen = ctaLinks.observe?.(first, { inTable: false }) ?? [];
  return [seen].flat().some((o) => o.target === category);
}

/**
 * A paragraph that is one sentence opening with an ask, whose first link is the ask's own ("Become a
 * <Name> Member or Deep Dive subscriber to check out our comparisons of …, …, …"): the rest of the
 * sentence is what the ask gives, however long. A sentence that only mentions the ask further in,
 * or a paragraph of several sentences, is prose; so is one that offers the reader's account.
 */
export const openingAsk: AppealRule = {
  name: OPENING_ASK,
  startsFrom: 'phrases',
  score(block, facts = new ElementFacts()) {
    const { len, element: el } = block;
    if (len === 0 || len > DEFAULT_OPENING_ASK_MAX_CHARS || block.holdsNav || block.holdsArticle) return null;
    const candidates = ASK_CATEGORIES.filter((c) => block.text.strong[c].length > 0);
    if (candidates.length === 0 || observed(block, CTA_LINKS).length === 0) return null;
    const text = squashedText(el);
    if (SENTENCE_BREAK.test(text) || QUOTED.test(text)) return null;
    const normalized = normalizeText(text);
    const opening = openingCall(normalized);
    if (!opening || !normalized.startsWith(opening.sentence) || offersAccount(normalized)) return null;
    const asked = asksIn(words(normalized).slice(0, DEFAULT_OPENING_WORDS).join(' '));
    const openingChars = text.split(' ').slice(0, DEFAULT_OPENING_WORDS).join(' ').length;
    const category = candidates.find((c) => asked.includes(c) && asksByLink(el, c, text, openingChars));
    if (!category || !isOneLine(el, facts)) return null;
    const where = flowPosition(el, len, facts);
    if (!where) return null;
    return {
      rule: OPENING_ASK,
      kind: 'structure',
      target: category,
      weight: DEFAULT_OPENING_ASK_WEIGHT,
      saw: `one sentence opening with the ask and its link, ${where}`,
    };
  },
};
