// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AMOUNT, frequencyOf, normalizeText, PhraseMatcher, words } from '../../../../src/core/appeals/text.ts';

const find = (phrases: string[], text: string) => new PhraseMatcher({ t: phrases }).match(words(normalizeText(text))).get('t') ?? [];

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
