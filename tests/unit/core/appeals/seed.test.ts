// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAppeals, removeAppeals } from '../../../../src/core/appeals/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const seedDir = path.join(here, '../../../fixtures/pages/seed-moscow-times');
const expected = JSON.parse(readFileSync(path.join(seedDir, 'expected.json'), 'utf8')) as {
  url: string;
  paragraphs: string[];
  mustGo: string[];
};
const load = () => new JSDOM(readFileSync(path.join(seedDir, 'source.html'), 'utf8'), { url: expected.url }).window.document;
const ALL = { categories: ['newsletter', 'donation', 'membership'] as const };
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('appeals on the seed page', () => {
  it('finds the support banner, the newsletter box and the donation letter without touching the page', () => {
    const doc = load();
    const before = doc.documentElement.outerHTML;
    const found = findAppeals(doc, ALL);
    expect(doc.documentElement.outerHTML).toBe(before);
    // The banner above the site header is one link whose words call for the donation it leads to.
    expect(found.map((m) => [m.category, m.text.split('\n')[0]])).toEqual([
      ['donation', 'Support The Moscow Times!'],
      ['newsletter', 'Sign up for our free weekly newsletter'],
      ['donation', 'A Message from The Moscow Times:'],
    ]);
    for (const m of found) expect(m.reason).toMatch(/^(newsletter|donation) \d/);
  });

  it('before extraction: removes every must-go phrase and keeps every paragraph', () => {
    const doc = load();
    const removed = removeAppeals(doc, ALL);
    expect(removed.length).toBeGreaterThanOrEqual(2);
    const text = squash(doc.body.textContent ?? '');
    for (const phrase of expected.mustGo) expect(text).not.toContain(phrase);
    for (const paragraph of expected.paragraphs) expect(text).toContain(squash(paragraph).slice(0, 80));
  });

  it("after extraction: removes the appeals from Readability's content, where forms are gone", () => {
    const article = new Readability(load()).parse();
    const content = new JSDOM(`<div id="root">${article?.content ?? ''}</div>`, { url: expected.url }).window.document;
    const root = content.getElementById('root')!;
    removeAppeals(root, ALL);
    const text = squash(root.textContent ?? '');
    for (const paragraph of expected.paragraphs) expect(text).toContain(squash(paragraph).slice(0, 80));
    for (const phrase of expected.mustGo) expect(text).not.toContain(phrase);
  });

  it('finds nothing when no category is asked for, and only the asked category otherwise', () => {
    expect(findAppeals(load(), { categories: [] })).toEqual([]);
    const donation = findAppeals(load(), { categories: ['donation'] });
    expect(donation.map((m) => m.category)).toEqual(['donation', 'donation']);
  });
});
