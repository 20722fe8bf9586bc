// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../../../src/core/appeals/phrases/index.ts';
import { AMOUNT, callCategory, frequencyOf, joinWords, normalizeText, PhraseMatcher, words } from '../../../../src/core/appeals/text.ts';

const find = (phrases: string[], text: string) => new PhraseMatcher({ t: phrases }).match(normalizeText(text)).get('t') ?? [];

describe('phrase matching', () => {
  it('matches whole words, case and hyphen insensitive', () => {
    expect(find(['sign up'], 'Sign-up today')).toEqual(['sign up']);
    expect(find(['sign up'], 'signups')).toEqual([]);
  });

  it('lets "*" skip up to three words', () => {
    expect(find(['sign up for * newsletter'], 'Sign up for our free weekly newsletter')).toHaveLength(1);
    expect(find(['sign up for * newsletter'], 'Sign up for the new and improved weekly newsletter')).toEqual([]);
  });

  it('lets "~" match word endings (inflection)', () => {
    expect(find(['подпишитесь на * рассылк~'], 'Подпишитесь на нашу рассылку')).toHaveLength(1);
    expect(find(['newsletter~'], 'our newsletters')).toEqual(['newsletters']);
  });

  it('folds curly apostrophes', () => {
    expect(find(["don't miss"], 'Don’t miss a story')).toHaveLength(1);
  });

  it.each([
    ['s inscrire à * newsletter~', 'Pour s’inscrire à notre newsletter'],
    ['lettre d information', "Recevez la lettre d'information"],
    ['scarica l app', "Scarica l'app"],
    ['all anno', "10 euro all'anno"],
  ])('reads an elided word before a vowel as its own word (%s)', (phrase, text) => {
    expect(find([phrase], text)).toHaveLength(1);
  });

  it('reads each Chinese or Japanese character as a word, so their phrases match inside running text', () => {
    expect(words(normalizeText('記事を毎朝メールで(登録無料)'))).toEqual(['記', '事', 'を', '毎', '朝', 'メ', 'ー', 'ル', 'で', '登', '録', '無', '料']);
    expect(joinWords(words(normalizeText('去 App 商店搜')))).toBe('去 app 商店搜');
    expect(find(['登録無料'], 'ZDNet Japan 記事を毎朝メールでまとめ読み(登録無料)')).toEqual(['登録無料']);
    expect(find(['app 商店'], '去 App 商店搜 好奇心日报')).toEqual(['app 商店']);
    expect(find(['登録無料'], '登録は無料です')).toEqual([]);
  });

  it('keeps English contractions and possessives one word', () => {
    expect(words(normalizeText("Don't miss Vox's newsletter, we'll see"))).toEqual(["don't", 'miss', "vox's", 'newsletter', "we'll", 'see']);
  });
});

describe('callCategory', () => {
  it.each([
    ['Sign up for The Morning', 'newsletter'],
    ['Sign up via push alert', 'newsletter'],
    ['Donate', 'donation'],
    ['Get the app', null],
    ['Join Stock Advisor', null],
    ['How to sign up', null],
  ])('%s → %s', (text, category) => {
    expect(callCategory(text)).toBe(category);
  });
});

describe('labels', () => {
  it('reads payment frequencies and amounts', () => {
    expect(frequencyOf(normalizeText('Give monthly'))).toBe('monthly');
    expect(frequencyOf(normalizeText('Einmalig'))).toBe('once');
    expect(frequencyOf(normalizeText('Monthly report'))).toBeNull();
    expect(AMOUNT.test('$5')).toBe(true);
    expect(AMOUNT.test('10 €')).toBe(true);
    expect(AMOUNT.test('2024')).toBe(false);
  });
});

describe('phrase lists', () => {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

  it('hold phrases that are either already normalised plain ASCII or need normalising (both compile alike)', () => {
    const plain = /^[a-z0-9~*]+(?: [a-z0-9~*]+)*$/;
    const all = strings(PHRASES);
    expect(all.length).toBeGreaterThan(500);
    for (const phrase of all.filter((p) => plain.test(p))) {
      expect(normalizeText(phrase)).toBe(phrase);
      for (const mark of phrase.split(' ').map((m) => m.replace(/~$/, ''))) if (/^[a-z0-9']+$/.test(mark)) expect(words(mark)).toEqual([mark]);
    }
  });

  it('open with a prefix word (`~`) of three characters or more, the shortest the matcher looks up', () => {
    // Payment periods are matched with a `~` added to each (namesOffer).
    const periods = Object.values(PHRASES).flatMap((l) => [...l.frequency.monthly, ...l.frequency.annual]);
    for (const phrase of [...strings(PHRASES), ...periods.map((p) => `${p}~`)]) {
      const first = phrase.split(' ')[0]!;
      const opening = words(normalizeText(first.replace(/~$/, '')));
      if (first.endsWith('~') && opening.length === 1) expect(opening[0]!.length, phrase).toBeGreaterThanOrEqual(3);
    }
  });

  // Each phrase is indexed under its first word as compiled: it must be found where its own words stand.
  it('are each found in a text of their own words, written as they are or capitalised', () => {
    const phrases = [...new Set(strings(PHRASES))];
    expect(phrases.length).toBeGreaterThan(500);
    const missed = phrases.filter((phrase) => {
      const text = phrase.replaceAll('~', '').replaceAll('*', 'x');
      const capitalised = text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
      return [text, capitalised].some((t) => find([phrase], t).length === 0);
    });
    expect(missed).toEqual([]);
  });
});
