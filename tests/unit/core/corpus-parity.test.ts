// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { expect, it } from 'vitest';
import { articleText } from '../../../src/core/extract/article-text.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { CORPUS, describeCorpus, dom } from './helpers.ts';

const PAGES = path.join(CORPUS, 'readability-test-pages');
const URL_ = 'http://fakehost/test/page.html';
/** A spread of real pages: languages, scripts, RTL, lazy images, tables, code, math. */
const SAMPLE = ['bbc-1', 'guardian-1', 'lemonde-1', 'heise', 'qq', 'wikipedia', 'mathjax', 'lazy-image-1', 'rtl-1', 'medium-1', 'nytimes-1', 'table-style-attributes'];

const words = (text: string) => {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};

/** Share of `reference` words (as a multiset) also found in `text`. */
function kept(reference: string, text: string): number {
  const ref = words(reference);
  const got = words(text);
  let total = 0;
  let hit = 0;
  for (const [w, n] of ref) {
    total += n;
    hit += Math.min(n, got.get(w) ?? 0);
  }
  return total ? hit / total : 1;
}

describeCorpus('hiding off keeps what bare Readability keeps', () => {
  it.each(SAMPLE)('%s', (slug) => {
    const doc = dom(readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8'), URL_);
    const bare = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
    const result = readArticle(doc, { url: URL_, hide: [] });
    if (!result.ok) throw new Error(result.message);
    expect(kept(articleText(bare!.content!), result.article.text)).toBeGreaterThanOrEqual(0.995);
    expect(result.article.contentHtml).not.toMatch(/<script\b|\son[a-z]+=/i);
    const meta = JSON.parse(readFileSync(path.join(PAGES, slug, 'expected-metadata.json'), 'utf8'));
    // Readability's title, or its headline part when a site or section name was glued to it.
    expect(result.article.title.length).toBeGreaterThan(0);
    expect(meta.title).toContain(result.article.title);
    expect(result.article.dir ?? null).toBe(meta.dir ?? null);
  }, 30_000);
});
