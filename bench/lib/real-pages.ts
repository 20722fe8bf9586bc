/** The real pages appeals are labelled on, by corpus-relative name ("mercury-news-pages/fortune.com.html"). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPUS, READABILITY_PAGE_URL } from './corpus.ts';

export interface RealPage {
  /** Corpus-relative name, the key in the labels file. */
  name: string;
  url: string;
  html: string;
}

let mercuryUrls: Record<string, string> | null = null;
let newsTruth: Record<string, { url: string }> | null = null;

/** Loads one page by its corpus-relative name; null when the corpus is not there. */
export function loadRealPage(name: string): RealPage | null {
  const file = path.join(CORPUS, name);
  if (!existsSync(file)) return null;
  const [set, rest] = [name.split('/')[0], name.split('/').slice(1).join('/')];
  if (set === 'mercury-news-pages') {
    mercuryUrls ??= JSON.parse(readFileSync(path.join(CORPUS, set, 'urls.json'), 'utf8')) as Record<string, string>;
    const host = rest.replace(/(--.*)?\.html$/, '');
    return { name, url: mercuryUrls[rest] ?? `https://${host}/`, html: readFileSync(file, 'utf8') };
  }
  if (set === 'news-benchmark-dev') {
    newsTruth ??= JSON.parse(readFileSync(path.join(CORPUS, set, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    const id = path.basename(rest).replace(/\.html\.gz$/, '');
    return { name, url: newsTruth[id]?.url ?? 'https://example.org/', html: gunzipSync(readFileSync(file)).toString('utf8') };
  }
  return { name, url: READABILITY_PAGE_URL, html: readFileSync(file, 'utf8') };
}
