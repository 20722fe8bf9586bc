import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe } from 'vitest';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../../..');
export const PAGE_FIXTURES = path.join(ROOT, 'tests/fixtures/pages');
/** The shared corpus of real pages, read in place (never copied here); LECTERN_CORPUS overrides. */
export const CORPUS = process.env.LECTERN_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
export const HAS_CORPUS = existsSync(path.join(CORPUS, 'readability-test-pages'));
if (!HAS_CORPUS) console.warn(`Corpus tests skipped: no corpus at ${CORPUS} (set LECTERN_CORPUS).`);

/** `describe` for tests over the shared corpus: skipped, with the warning above, where it is absent. */
export const describeCorpus = describe.skipIf(!HAS_CORPUS);

export function dom(html: string, url = 'http://example.com/news/story.html'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** A page whose article is `body`, padded to look like a real story. */
export function articlePage(body: string, head = ''): string {
  const filler = '<p>The council met on Tuesday evening to discuss the new budget, which includes money for schools, roads and the library, and several residents spoke in favour of the plan.</p>';
  return `<!doctype html><html lang="en"><head><title>Story</title>${head}</head><body><article>${filler}${body}${filler}${filler}</article></body></html>`;
}

export function loadFixture(slug: string) {
  const expected = JSON.parse(readFileSync(path.join(PAGE_FIXTURES, slug, 'expected.json'), 'utf8'));
  const html = readFileSync(path.join(PAGE_FIXTURES, slug, 'source.html'), 'utf8');
  return { expected, html, doc: dom(html, expected.url) };
}
