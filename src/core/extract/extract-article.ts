import { Readability } from '@mozilla/readability';

/** Readability's own limit on elements; larger pages are refused as too large rather than parsed. */
export const DEFAULT_MAX_ELEMENTS = 150_000;

export interface ExtractOptions {
  /**
   * True when `doc` is already a private clone the caller owns: Readability may mutate it and no
   * second clone is made. Otherwise `doc` is cloned first, so a live page is never touched.
   */
  owned?: boolean;
  maxElements?: number;
}

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Readability's content element, in the extracted document; not yet sanitised. */
  content: Element;
  textContent: string;
}

/** Thrown when the page exceeds `maxElements`. */
export class PageTooLargeError extends Error {}

/**
 * Runs Readability and returns its article, with the content as an element (no serialise/parse
 * round trip), or null when Readability finds no article.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const target = options.owned ? doc : (doc.cloneNode(true) as Document);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const count = target.getElementsByTagName('*').length;
  if (count > maxElements) {
    throw new PageTooLargeError(`The page has ${count} elements; the limit is ${maxElements}.`);
  }
  const parsed = new Readability<Element>(target, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return null;
  return {
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    publishedTime: parsed.publishedTime ?? null,
    excerpt: parsed.excerpt ?? null,
    content: parsed.content,
    textContent: parsed.textContent ?? '',
  };
}
