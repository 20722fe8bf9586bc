import { PHRASES } from './phrases/index.ts';

/** Lower-cases and folds the punctuation phrases are written without (hyphens, curly quotes). */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[-\u2010-\u2014\u00ad]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Token = { word: string; prefix: boolean } | null; // null: a gap of up to three words

/** Words of normalised text (letters, digits, inner apostrophes). */
export const words = (normalized: string): string[] => normalized.split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/**
 * Phrases compiled for matching word by word: an index from first word to phrases, so each word of
 * a page is looked at once per list rather than once per phrase (a page has ~20k words, the lists
 * several hundred phrases).
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, Token[][]>();
  private readonly byFirstPrefix: { prefix: string; phrase: Token[] }[] = [];

  constructor(phrases: readonly string[]) {
    for (const phrase of new Set(phrases)) {
      const marks = normalizeText(phrase).split(' ');
      const compiled: Token[] = [];
      for (const mark of marks) {
        if (mark === '*') {
          compiled.push(null);
          continue;
        }
        for (const w of words(mark.replace(/~$/, ''))) {
          compiled.push({ word: w, prefix: false });
        }
        const last = compiled[compiled.length - 1];
        if (mark.endsWith('~') && last) last.prefix = true;
      }
      const first = compiled[0];
      if (!first) continue;
      if (first.prefix) this.byFirstPrefix.push({ prefix: first.word, phrase: compiled });
      else this.byFirstWord.set(first.word, [...(this.byFirstWord.get(first.word) ?? []), compiled]);
    }
  }

  /** Distinct phrases found in the words of a line (at most `limit`), as the text they matched. */
  match(lineWords: readonly string[], limit = 6): string[] {
    const found = new Set<string>();
    for (let i = 0; i < lineWords.length && found.size < limit; i++) {
      const word = lineWords[i]!;
      const candidates = this.byFirstWord.get(word);
      if (candidates) for (const phrase of candidates) this.tryAt(lineWords, i, phrase, found);
      for (const { prefix, phrase } of this.byFirstPrefix) {
        if (word.startsWith(prefix)) this.tryAt(lineWords, i, phrase, found);
      }
    }
    return [...found];
  }

  private tryAt(lineWords: readonly string[], start: number, phrase: Token[], found: Set<string>): void {
    const end = matchFrom(lineWords, start, phrase, 0);
    if (end > start) found.add(lineWords.slice(start, end).join(' '));
  }
}

const tokenMatches = (word: string, token: { word: string; prefix: boolean }) =>
  token.prefix ? word.startsWith(token.word) : word === token.word;

/** Index after the match of phrase[t..] at lineWords[i..], or -1. */
function matchFrom(lineWords: readonly string[], i: number, phrase: Token[], t: number): number {
  if (t === phrase.length) return i;
  const token = phrase[t];
  if (token === null) {
    for (let skip = 0; skip <= 3 && i + skip <= lineWords.length; skip++) {
      const end = matchFrom(lineWords, i + skip, phrase, t + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (token === undefined || i >= lineWords.length || !tokenMatches(lineWords[i]!, token)) return -1;
  return matchFrom(lineWords, i + 1, phrase, t + 1);
}

/** Distinct phrases of `matcher` found in normalised text (at most `limit`). */
export function matchPhrases(matcher: PhraseMatcher | null, normalized: string, limit = 6): string[] {
  if (!matcher || normalized.length === 0) return [];
  return matcher.match(words(normalized), limit);
}

export const TEXT_CATEGORIES = ['newsletter', 'donation', 'membership'] as const;
export type TextCategory = (typeof TEXT_CATEGORIES)[number];

const all = Object.values(PHRASES);
const collect = (pick: (l: (typeof all)[number]) => readonly string[] | undefined) => all.flatMap((l) => pick(l) ?? []);

/** Compiled phrase patterns of every language, built once per module load. */
export const PATTERNS = {
  strong: Object.fromEntries(
    TEXT_CATEGORIES.map((c) => [c, new PhraseMatcher(collect((l) => l[c].strong))]),
  ) as Record<TextCategory, PhraseMatcher>,
  weak: Object.fromEntries(
    TEXT_CATEGORIES.map((c) => [c, new PhraseMatcher(collect((l) => l[c].weak))]),
  ) as Record<TextCategory, PhraseMatcher>,
  dismiss: new PhraseMatcher(collect((l) => l.dismiss)),
  app: new PhraseMatcher(collect((l) => l.app)),
  social: new PhraseMatcher(collect((l) => l.social)),
  comments: new PhraseMatcher(collect((l) => l.comments)),
};

const labelSet = (phrases: string[]) => new Set(phrases.map((p) => words(normalizeText(p)).join(' ')));
const FREQUENCY_SETS = {
  once: labelSet(collect((l) => l.frequency.once)),
  monthly: labelSet(collect((l) => l.frequency.monthly)),
  annual: labelSet(collect((l) => l.frequency.annual)),
};
const LABEL_VERB = /^(?:give|donate|pay|spende|donner|dona|doe|geef) /;

/** The payment frequency a whole short label names ("Monthly", "Give once", "Einmalig"), or null. */
export function frequencyOf(normalizedLabel: string): 'once' | 'monthly' | 'annual' | null {
  const label = words(normalizedLabel).join(' ').replace(LABEL_VERB, '');
  for (const kind of ['once', 'monthly', 'annual'] as const) if (FREQUENCY_SETS[kind].has(label)) return kind;
  return null;
}

/** A short label that is a money amount: "$5", "10 €", "£3/month", "100 ₽", "20 zł". */
export const AMOUNT = /^(?:(?:[$€£¥₽₴₹]|us\$|a\$|c\$|r\$|chf|zł|kr)\s?\d{1,5}(?:[.,]\d{1,2})?|\d{1,5}(?:[.,]\d{1,2})?\s?(?:[$€£¥₽₴₹]|chf|zł|kr|руб\.?|грн\.?|eur|usd|gbp|pln|uah|rub))(?:\s?(?:\/|per|a|pro|par|al|по)\s?\S{1,12})?$/u;
