import { ASK_CATEGORIES, type AskCategory, CALL_ONLY_CATEGORIES, TOPIC_CATEGORIES, type TopicCategory } from './categories.ts';
import { PHRASES } from './phrases/index.ts';

const CURLY = /[\u2018\u2019\u02bc`´]/g;
/** Hyphens, dashes and the soft hyphen: phrases are written without them (each run folds into a space). */
const DASH_CHARS = '-\\u2010-\\u2014\\u00ad';
const DASHES = new RegExp(`[${DASH_CHARS}]+`, 'g');
const DASH = new RegExp(`[${DASH_CHARS}]`);
const FOLDED_AWAY = new RegExp(`[${DASH_CHARS}\\s]`, 'g');
/**
 * An elided article or pronoun before a vowel or h ("l'actualité", "s'inscrire", "dell'anno"): its
 * apostrophe separates two words. English contractions and possessives ("don't", "vox's", "we'll")
 * never have a vowel after the apostrophe, so they stay one word.
 */
const ELISION = /(^|[^\p{L}'])(\p{L}{1,6})'(?=[aeiouyhàâäáéèêëíîïóôöúûüæœ])/gu;

/** An apostrophe before what ELISION looks ahead for: without one (most text, "don't", "vox's") it cannot match. */
const BEFORE_VOWEL = /'[aeiouyhàâäáéèêëíîïóôöúûüæœ]/;

// ELISION scans with Unicode letter classes, which is slow on long lines: it runs only where it can match.
const foldElisions = (text: string): string => (BEFORE_VOWEL.test(text) ? text.replace(ELISION, '$1$2 ') : text);

/**
 * The whitespace that collapsing runs to one space changes: a run of two or more, or a lone one that
 * is not a plain space. A lone plain space (most of them) is left alone: replacing it would change
 * nothing, and a match per word is most of what replacing every run (\s+) costs.
 */
const CHANGED_SPACES = /\s{2,}|[^\S ]/g;

/** `text.replace(/\s+/g, ' ')`: every run of whitespace as one space. */
export const collapseSpaces = (text: string): string => text.replace(CHANGED_SPACES, ' ');

/** Lower-cases and folds the punctuation phrases are written without (hyphens, curly quotes, elisions). */
export function normalizeText(text: string): string {
  return foldElisions(collapseSpaces(text.toLowerCase().replace(CURLY, "'").replace(DASHES, ' ')).trim());
}

/**
 * The characters of `text` that normalizeText keeps (all but whitespace and dashes): its result is
 * at least this long, so a cheap bound before normalising.
 */
export const keptLength = (text: string): number => text.replace(FOLDED_AWAY, '').length;

/**
 * normalizeText of a line whose whitespace is already collapsed and trimmed: only folding a dash
 * into a space can leave whitespace to collapse again, so a line without one skips that pass.
 */
export function normalizeLine(line: string): string {
  const folded = line.toLowerCase().replace(CURLY, "'");
  return foldElisions(DASH.test(folded) ? collapseSpaces(folded.replace(DASHES, ' ')).trim() : folded);
}

type Token = { word: string; prefix: boolean } | null; // null: a gap of up to three words

/** A Chinese or Japanese character: those scripts are written without spaces between words. */
const CJK_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc]';
const CJK = new RegExp(CJK_CHAR, 'u');
/** Every Han, Hiragana and Katakana character is at U+2E80 or above (astral ones are surrogate pairs, above too). */
const FROM_CJK_RANGE = /[\u2e80-\uffff]/;
/** Whether text holds a CJK character: a plain range test first, as most text has no character that high. */
const hasCjk = (text: string): boolean => FROM_CJK_RANGE.test(text) && CJK.test(text);
const CJK_SPACE = new RegExp(`(?<=${CJK_CHAR}) (?=${CJK_CHAR})`, 'gu');

/** Text of words joined by spaces without the spaces between CJK characters. */
const unspaceCjk = (text: string): string => (hasCjk(text) ? text.replace(CJK_SPACE, '') : text);

/** Words back as text: CJK characters without spaces between them ("登録無料"), other words with one. */
export const joinWords = (list: readonly string[]): string => unspaceCjk(list.join(' '));

const WORD = /[\p{L}\p{N}']+/gu;
/** The same with each CJK character a word of its own. */
const WORD_OR_CJK = new RegExp(`${CJK_CHAR}|(?:(?!${CJK_CHAR})[\\p{L}\\p{N}'])+`, 'gu');

/**
 * Words of normalised text (letters, digits, inner apostrophes): the runs of them, read in one pass.
 * Chinese and Japanese have no spaces to find words by, so each of their characters is a word of its
 * own: a phrase of them ("メルマガ登録") matches wherever its characters stand in a row, and `*`
 * skips up to three characters.
 */
export const words = (normalized: string): string[] => normalized.match(hasCjk(normalized) ? WORD_OR_CJK : WORD) ?? [];

interface Compiled {
  tag: string;
  tokens: Token[];
}

/**
 * A phrase written as its own normalised form in plain ASCII (most of them): normalizeText would
 * return it unchanged. Compiling every list costs a reading script's start-up, so the costlier
 * Unicode-aware steps are kept for the phrases that need them.
 */
const PLAIN_PHRASE = /^[a-z0-9~*]+(?: [a-z0-9~*]+)*$/;
/** A mark that `words` reads as one word, itself. */
const PLAIN_WORD = /^[a-z0-9']+$/;

function compile(phrase: string): Token[] {
  const tokens: Token[] = [];
  for (const mark of (PLAIN_PHRASE.test(phrase) ? phrase : normalizeText(phrase)).split(' ')) {
    if (mark === '*') {
      tokens.push(null);
      continue;
    }
    const core = mark.endsWith('~') ? mark.slice(0, -1) : mark;
    for (const w of PLAIN_WORD.test(core) ? [core] : words(core)) tokens.push({ word: w, prefix: false });
    const last = tokens[tokens.length - 1];
    if (mark.endsWith('~') && last) last.prefix = true;
  }
  return tokens;
}

/**
 * Phrases by their first word: a whole word under its wordHash (0 and up), a prefix word (three
 * characters or more) under prefixKey of its first two (below 0). Words sharing a key only cost
 * phrases that fail to match.
 */
type PhraseIndex = Map<number, Compiled[]>;

/** The key of phrases whose prefix word starts with the two code units of `text` from `start`. */
const prefixKey = (text: string, start: number): number => -1 - wordHash(text, start, start + 2);

/** A number for `text.slice(start, end)` from its code units (equal words, equal numbers; rarely also others). */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return hash;
}

function buildIndex(lists: Readonly<Record<string, readonly string[]>>): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const [tag, phrases] of Object.entries(lists)) {
    for (const phrase of new Set(phrases)) {
      const tokens = compile(phrase);
      const first = tokens[0];
      if (first) push(index, first.prefix ? prefixKey(first.word, 0) : wordHash(first.word, 0, first.word.length), { tag, tokens });
    }
  }
  return index;
}

/** Below this code unit there is no CJK character nor half of a surrogate pair: each unit is a character of its own. */
const BELOW_CJK = 0x2e80;
/**
 * Whether a UTF-16 code unit matches `re`, a class of single characters, its answer remembered per
 * code unit: a table look-up where a scan of text asks about every unit.
 */
export function unitTest(re: RegExp): (c: number) => boolean {
  const known = new Uint8Array(65536); // 0 not asked yet, 1 a match, 2 not
  return (c) => {
    known[c] ||= re.test(String.fromCharCode(c)) ? 1 : 2;
    return known[c] === 1;
  };
}

/** Whether a code unit below BELOW_CJK is read by `words` as part of a word (a letter, a digit or the apostrophe). */
const isWordUnit = unitTest(/[\p{L}\p{N}']/u);

/**
 * Where the words of the text last placed stand in it, and wordHash of each: word `i` is
 * `text.slice(starts[i], ends[i])`. Reused from text to text.
 */
const starts: number[] = [];
const ends: number[] = [];
const hashes: number[] = [];

/**
 * Places the words of `text` as `words` reads them in `starts`, `ends` and `hashes`; returns how
 * many. Text below BELOW_CJK (most of it) is read by its code units, and no word becomes a string;
 * other text goes through `words`.
 */
function placeWords(text: string): number {
  const n = text.length;
  let count = 0;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (c >= BELOW_CJK) return placeMatches(text);
    if (!isWordUnit(c)) {
      i++;
      continue;
    }
    starts[count] = i;
    let hash = 0;
    do {
      hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
      c = ++i < n ? text.charCodeAt(i) : 0;
    } while (c < BELOW_CJK && isWordUnit(c));
    ends[count] = i;
    hashes[count++] = hash;
  }
  return count;
}

/**
 * placeWords of text with a code unit from BELOW_CJK up, from its `words`: each word is the first
 * place of its text after the word before it, as only what `words` skips stands between them.
 */
function placeMatches(text: string): number {
  let count = 0;
  let end = 0;
  for (const word of words(text)) {
    starts[count] = end = text.indexOf(word, end);
    ends[count] = end += word.length;
    hashes[count++] = wordHash(word, 0, word.length);
  }
  return count;
}

/** Placed words `i` to `end` (exclusive) of `text` as `joinWords` gives them. */
function placedText(text: string, i: number, end: number): string {
  let joined = text.slice(starts[i]!, ends[i]!);
  while (++i < end) joined += ` ${text.slice(starts[i]!, ends[i]!)}`;
  return unspaceCjk(joined);
}

/** Index after the match of phrase[t..] at placed word `i` of `text` (of `count` words), or -1. */
function matchFrom(text: string, count: number, i: number, phrase: Token[], t: number): number {
  if (t === phrase.length) return i;
  const token = phrase[t];
  if (token === null) {
    for (let skip = 0; skip <= 3 && i + skip <= count; skip++) {
      const end = matchFrom(text, count, i + skip, phrase, t + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (token === undefined || i >= count) return -1;
  const start = starts[i]!;
  const len = ends[i]! - start;
  const { word } = token;
  if (token.prefix ? len < word.length : len !== word.length) return -1;
  if (!text.startsWith(word, start)) return -1;
  return matchFrom(text, count, i + 1, phrase, t + 1);
}

/**
 * All phrase lists compiled for one pass over a text's words: phrases are indexed by their first
 * word (or its first letters, for a prefix word), so each word costs a couple of map look-ups
 * however many phrases and languages there are. Each phrase carries a tag naming its list.
 * Words are read off the text by their places (placeWords) and looked up by a hash of their code
 * units: only what a phrase matched becomes a string.
 * The index is compiled on first use: a script that loads the matchers and never matches (the
 * reading script with hiding off) does not pay for it.
 */
export class PhraseMatcher {
  private built?: PhraseIndex;

  constructor(private readonly lists: Readonly<Record<string, readonly string[]>>) {}

  private index(): PhraseIndex {
    this.built ??= buildIndex(this.lists);
    return this.built;
  }

  /** The longest phrase (of any tag) matching at the first word of normalised `text`, as the text it matched, or null. */
  matchAt(text: string): string | null {
    const index = this.index();
    const count = placeWords(text);
    let best = 0;
    if (count > 0) eachAt(index, text, count, 0, (_, end) => (best = Math.max(best, end)));
    return best > 0 ? placedText(text, 0, best) : null;
  }

  /** Distinct phrases found per tag in normalised `text` (at most `limit` each), as the text they matched. */
  match(text: string, limit = 6): Map<string, string[]> {
    const index = this.index();
    const found = new Map<string, string[]>();
    const count = placeWords(text);
    const add: OnMatch = (i, end, tag) => {
      const list = found.get(tag) ?? [];
      const matched = placedText(text, i, end);
      if (list.length < limit && !list.includes(matched)) list.push(matched);
      found.set(tag, list);
    };
    for (let i = 0; i < count; i++) eachAt(index, text, count, i, add);
    return found;
  }
}

/** What a phrase matched: placed words `i` to `end` (exclusive), and the phrase's tag. */
type OnMatch = (i: number, end: number, tag: string) => void;

/** Calls `onMatch` with each phrase matching at placed word `i` of `text` (of `count` words), in index order. */
function eachAt(index: PhraseIndex, text: string, count: number, i: number, onMatch: OnMatch): void {
  tryEntries(text, count, i, index.get(hashes[i]!), onMatch);
  // Phrases whose prefix word the word does not start match nowhere (matchFrom).
  if (ends[i]! - starts[i]! > 2) tryEntries(text, count, i, index.get(prefixKey(text, starts[i]!)), onMatch);
}

/** Tries each phrase at placed word `i`, passing what matched to `onMatch`. */
function tryEntries(text: string, count: number, i: number, entries: readonly Compiled[] | undefined, onMatch: OnMatch): void {
  if (entries) {
    for (const entry of entries) {
      const end = matchFrom(text, count, i, entry.tokens, 0);
      if (end > i) onMatch(i, end, entry.tag);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const all = Object.values(PHRASES);
const collect = (pick: (l: (typeof all)[number]) => readonly string[] | undefined) => all.flatMap((l) => pick(l) ?? []);

/** The matcher's tag of each topic's weak phrases ("newsletter:weak"), made once rather than per line. */
export const WEAK_TAG = Object.fromEntries(TOPIC_CATEGORIES.map((c) => [c, `${c}:weak`])) as Record<TopicCategory, string>;

/** Every language's phrase lists in one matcher; tags are "newsletter", "newsletter:weak", "dismiss"… */
export const PHRASE_MATCHER = new PhraseMatcher({
  ...Object.fromEntries(TOPIC_CATEGORIES.map((c) => [c, collect((l) => l[c].strong)])),
  ...Object.fromEntries(TOPIC_CATEGORIES.map((c) => [WEAK_TAG[c], collect((l) => l[c].weak)])),
  dismiss: collect((l) => l.dismiss),
  ...Object.fromEntries(CALL_ONLY_CATEGORIES.map((c) => [c, collect((l) => l[c])])),
});

/** The categories whose calls to action a piece of text holds ("Sign up for our newsletter" → newsletter). */
export function asksIn(text: string): AskCategory[] {
  const hits = PHRASE_MATCHER.match(normalizeText(text));
  return ASK_CATEGORIES.filter((c) => hits.has(c));
}

/** Line-start calls to action of every language ("sign up", "get", "abonnez vous"). */
const CALL_MATCHER = new PhraseMatcher({ call: collect((l) => l.calls) });

/**
 * The category a text's opening call names by its own words ("Sign up for The Morning" → newsletter,
 * "Donate" → donation), or null: the call must be a weak phrase of exactly one category that asks
 * ("Get …", "Join …" name none).
 */
export function callCategory(text: string): AskCategory | null {
  const call = CALL_MATCHER.matchAt(normalizeText(text));
  if (!call) return null;
  const hits = PHRASE_MATCHER.match(call, 1);
  // Every topic category asks (categories.ts): a topic is a category the call can name.
  const named = TOPIC_CATEGORIES.filter((c) => hits.has(WEAK_TAG[c]));
  return named.length === 1 ? named[0]! : null;
}

/** The call to action a line opens with, and the sentence it opens. */
export interface Opening {
  /** The call's words as matched ("sign up"). */
  call: string;
  /** The sentence the call opens. */
  sentence: string;
}

/**
 * The call to action a short line opens with, at its start or at the start of one of its sentences
 * ("Want more updates? Sign up for …"), or null.
 */
export function openingCall(normalizedLine: string): Opening | null {
  for (const sentence of normalizedLine.split(/[.!?:…|]\s+/)) {
    const call = CALL_MATCHER.matchAt(sentence);
    if (call) return { call, sentence };
  }
  return null;
}

/** The last segment of a line after a separator ("<headline> | Sign up", "Nightcap: Subscribe"). */
const CLOSING_SEGMENT = /(?:[|:»›]|\s[-–—])\s*([^|:»›–—]{1,40})$/;
/** A closing call is a few words: the call and at most its object ("Become a member"). */
export const DEFAULT_CLOSING_CALL_MAX_WORDS = 4;

/**
 * The call to action a line closes with as a segment of its own, after a separator ("<newsletter
 * issue's headline> | Sign up"), as its words joined by spaces, or null. `line` is raw text: dashes
 * still separate.
 */
export function closingCall(line: string): string | null {
  const segment = CLOSING_SEGMENT.exec(line)?.[1];
  if (!segment) return null;
  const segmentWords = words(normalizeText(segment));
  if (segmentWords.length === 0 || segmentWords.length > DEFAULT_CLOSING_CALL_MAX_WORDS) return null;
  const text = segmentWords.join(' ');
  return CALL_MATCHER.matchAt(text) ? text : null;
}

/** Words of a payment period in every language ("a month", "par mois", "jährlich"), plurals too. */
const PERIOD_MATCHER = new PhraseMatcher({
  period: collect((l) => [...l.frequency.monthly, ...l.frequency.annual]).map((p) => `${p}~`),
});
/** A price: a currency sign or code next to a number ("$1", "10 €", "£11.99", "100 руб"). */
const PRICE = /(?:[$€£¥₽₴₹]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥₽₴₹]|eur\b|usd\b|zł|руб|грн))/i;

/** Whether a line names a price ("$1", "10 €"): one regex, tried before anything costlier. */
export const mentionsPrice = (line: string): boolean => PRICE.test(line);

/** Whether a (normalised) line names a payment period ("3 months", "le premier mois", "jährlich"). */
export const namesOffer = (normalized: string): boolean => PERIOD_MATCHER.match(normalized, 1).has('period');

/** Account links of every language: "Already a member? Log in" is the account area, not an ask. */
const ACCOUNT_MATCHER = new PhraseMatcher({ account: collect((l) => l.account) });

/** Whether a line offers the reader's account (log in / sign in), in any language. */
export const offersAccount = (normalizedLine: string): boolean => ACCOUNT_MATCHER.match(normalizedLine, 1).has('account');

const FREQUENCIES = ['once', 'monthly', 'annual'] as const;
/** Each frequency's labels in every language, as frequencyOf reads a label. */
const FREQUENCY_LABELS = FREQUENCIES.map((kind) => new Set(collect((l) => l.frequency[kind]).map((p) => joinWords(words(normalizeText(p))))));
/** A verb opening a choice label ("Give monthly"), in every language (`markup.payVerbs`). */
const LABEL_VERB = new RegExp(`^(?:${all.flatMap((l) => l.markup.payVerbs ?? []).join('|')}) `);

/** The payment frequency a whole short label names ("Monthly", "Give once", "Einmalig"), or null. */
export function frequencyOf(normalizedLabel: string): 'once' | 'monthly' | 'annual' | null {
  const label = joinWords(words(normalizedLabel)).replace(LABEL_VERB, '');
  return FREQUENCIES.find((_, i) => FREQUENCY_LABELS[i]!.has(label)) ?? null;
}

/** A short label that is a money amount: "$5", "10 €", "£3/month", "100 ₽", "20 zł". */
export const AMOUNT = /^(?:(?:[$€£¥₽₴₹]|us\$|a\$|c\$|r\$|chf|zł|kr)\s?\d{1,5}(?:[.,]\d{1,2})?|\d{1,5}(?:[.,]\d{1,2})?\s?(?:[$€£¥₽₴₹]|chf|zł|kr|руб\.?|грн\.?|eur|usd|gbp|pln|uah|rub))(?:\s?(?:\/|per|a|pro|par|al|по)\s?\S{1,12})?$/u;
