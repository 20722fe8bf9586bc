// @vitest-environment node
/**
 * The gate for the labelled appeal fixtures (tests/fixtures/appeals): every must-go phrase is gone
 * from the article and hidden on the live page; every must-stay phrase stays in both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AppealOutcome, appealOutcome, squash } from '../../../bench/lib/appeal-outcome.ts';
import { DEFAULT_HIDDEN_CATEGORIES } from '../../../src/core/read-article.ts';
import { ROOT } from '../core/helpers.ts';

const DIR = path.join(ROOT, 'tests/fixtures/appeals');
const SEED = path.join(ROOT, 'tests/fixtures/pages/seed-moscow-times');

interface Case {
  slug: string;
  url: string;
  html: string;
  mustGo: string[];
  mustStay: string[];
}

const cases: Case[] = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const labels = JSON.parse(readFileSync(path.join(DIR, d.name, 'labels.json'), 'utf8'));
    const html = readFileSync(path.join(DIR, d.name, 'source.html'), 'utf8');
    return { slug: d.name, url: labels.url, html, mustGo: labels.mustGo, mustStay: labels.mustStay };
  });
const seed = JSON.parse(readFileSync(path.join(SEED, 'expected.json'), 'utf8'));
cases.push({
  slug: 'seed-moscow-times',
  url: seed.url,
  html: readFileSync(path.join(SEED, 'source.html'), 'utf8'),
  mustGo: seed.mustGo,
  mustStay: seed.paragraphs.map((p: string) => squash(p).slice(0, 90)),
});

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
