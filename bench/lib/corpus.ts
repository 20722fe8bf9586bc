/** Loaders for the shared corpora (read in place from ../shared/corpus; never copied here). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = process.env.LECTERN_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
export const READABILITY_PAGES = path.join(CORPUS, 'readability-test-pages');
export const NEWS_BENCHMARK = path.join(CORPUS, 'news-benchmark-dev');

/** The URL the readability test pages were saved as if served from. */
export const READABILITY_PAGE_URL = 'http://fakehost/test/page.html';

export interface ReadabilityPage {
  slug: string;
  source: string;
  expectedHtml: string;
  expectedMeta: Record<string, unknown>;
}

export function readabilityPages(): ReadabilityPage[] {
  return readdirSync(READABILITY_PAGES)
    .filter((slug) => existsSync(path.join(READABILITY_PAGES, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const dir = path.join(READABILITY_PAGES, slug);
      return {
        slug,
        source: readFileSync(path.join(dir, 'source.html'), 'utf8'),
        expectedHtml: readFileSync(path.join(dir, 'expected.html'), 'utf8'),
        expectedMeta: JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')),
      };
    });
}

export interface NewsPage {
  id: string;
  url: string;
  html: string;
  /** The article text as a person marked it. */
  truth: string;
}

export function newsPages(): NewsPage[] {
  const truth = JSON.parse(readFileSync(path.join(NEWS_BENCHMARK, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]!.url,
      html: gunzipSync(readFileSync(path.join(NEWS_BENCHMARK, 'html', `${id}.html.gz`))).toString('utf8'),
      truth: truth[id]!.articleBody,
    }));
}
