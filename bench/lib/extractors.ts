/** The extractors the benches compare, run on the same parsed page in the same process. */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Defuddle } from 'defuddle/node';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { AppealCategory, ReadResult } from '../../src/core/article.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { ROOT } from './corpus.ts';
import { articleText } from '../../src/core/extract/article-text.ts';
import { DEFAULT_HIDDEN_CATEGORIES, readArticle } from '../../src/core/read-article.ts';

export { DEFAULT_HIDDEN_CATEGORIES };

/** Pages are parsed as the CLI parses them. */
export function parsePage(html: string, url: string): Document {
  return parseHtml(html, url);
}

/**
 * Frees a page parsed with parsePage. jsdom frees a window only after its pending load tasks ran,
 * so this yields a macrotask before closing it: without it memory grows by every clone of every
 * page until the heap runs out.
 */
export async function releasePage(doc: Document | undefined): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  doc?.defaultView?.close();
}

export interface BareResult {
  text: string;
  meta: Record<string, string | null>;
}

/**
 * Readability 0.6.0 as its README says to use it: on a clone, default options. Its text is taken
 * with the same block-aware function Lectern uses, so the comparison is about content, not about
 * `textContent` gluing words.
 */
export function bareReadability(doc: Document): BareResult | null {
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return null;
  return {
    text: articleText(parsed.content),
    meta: {
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      excerpt: parsed.excerpt ?? null,
      siteName: parsed.siteName ?? null,
      lang: parsed.lang ?? null,
      dir: parsed.dir ?? null,
      publishedTime: parsed.publishedTime ?? null,
    },
  };
}

/** Bare Readability exactly as shipped, content serialised to a string (the speed baseline). */
export function bareReadabilityString(doc: Document): string | null {
  return new Readability(doc.cloneNode(true) as Document).parse()?.content ?? null;
}

export function lectern(doc: Document, url: string, hide: readonly AppealCategory[]): ReadResult {
  return readArticle(doc, { url, hide });
}

/** Text of an HTML fragment (expected.html) by the same function. */
export function textOfHtml(html: string): string {
  const doc = new JSDOM(`<body>${html}</body>`, { virtualConsole: new VirtualConsole() }).window.document;
  return articleText(doc.body);
}

export const DEFUDDLE_VERSION: string = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/defuddle/package.json'), 'utf8')) as { version: string }).version;

/** defuddle (a peer extractor, Obsidian Web Clipper's) on a clone of the page; its text by the same function. */
export async function defuddleText(doc: Document, url: string): Promise<string | null> {
  try {
    const result = await Defuddle(doc.cloneNode(true) as Document, url);
    return result.content ? textOfHtml(result.content) : null;
  } catch {
    return null;
  }
}
