import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Readability's content HTML, not yet sanitised. */
  content: string;
  textContent: string;
}

/**
 * Runs Readability on a clone of `doc`, so the live page is never mutated.
 * Returns null when Readability finds no article.
 */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
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
