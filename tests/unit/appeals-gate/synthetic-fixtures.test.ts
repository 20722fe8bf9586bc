// @vitest-environment node
/**
 * The gate for the labelled appeal fixtures (tests/fixtures/appeals): every must-go phrase is gone
 * from the article and hidden on the live page; every must-stay phrase stays in both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AppealOutcome, appealOutcome, squash } from '../../../bench/lib/appeal-outcome.ts';
import { loadFixtureCases } from '../../../bench/lib/appeal-fixtures.ts';
import { DEFAULT_HIDDEN_CATEGORIES } from '../../../src/core/read-article.ts';

const cases = loadFixtureCases();

const hiddenWith = (outcome: AppealOutcome, phrase: string) => outcome.hidden.find((h) => h.text.includes(squash(phrase)));

describe.each(cases)('$slug', ({ url, html, mustGo, mustStay }) => {
  let outcome: AppealOutcome;
  beforeAll(async () => {
    outcome = await appealOutcome(html, url, DEFAULT_HIDDEN_CATEGORIES);
  });

  it('has an article', () => {
    expect(outcome.textOn).not.toBeNull();
  });
  it.each(mustGo)('view removes: %s', (phrase) => {
    expect(outcome.textOn).not.toContain(squash(phrase));
  });
  it.each(mustGo)('live page hides: %s', (phrase) => {
    expect(hiddenWith(outcome, phrase), 'no hidden block holds it').toBeDefined();
  });
  it.each(mustStay)('view keeps: %s', (phrase) => {
    if (outcome.textOff?.includes(squash(phrase))) expect(outcome.textOn).toContain(squash(phrase));
  });
  it.each(mustStay)('live page keeps: %s', (phrase) => {
    expect(hiddenWith(outcome, phrase)?.text).toBeUndefined();
  });
});
