// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/read-article.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const load = (slug: string) => {
  const expected = JSON.parse(readFileSync(path.join(fixtures, slug, 'expected.json'), 'utf8'));
  const html = readFileSync(path.join(fixtures, slug, 'source.html'), 'utf8');
  return { expected, doc: new JSDOM(html, { url: expected.url }).window.document };
};

describe('readArticle on the seed page', () => {
  it('extracts the title and sanitised content without touching the page', () => {
    const { expected, doc } = load('seed-moscow-times');
    const before = doc.documentElement.outerHTML;
    const result = readArticle(doc, { url: expected.url });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(expected.title);
    expect(result.article.contentHtml).not.toMatch(/<(script|form|input|button)\b/i);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports no article for a page without one', () => {
    const doc = new JSDOM('<html><body><nav><a href="/">Home</a></nav></body></html>').window.document;
    const result = readArticle(doc, { url: 'http://localhost/' });
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
