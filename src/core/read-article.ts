import type { AppealCategory, Article, ReadResult } from './article.ts';
import { sanitizeHtml } from './clean/sanitize-html.ts';
import { extractArticle } from './extract/extract-article.ts';

export interface ReadOptions {
  /** The page URL: base for relative links, and recorded in the Article. */
  url: string;
  /** Categories to remove; an empty list turns hiding off. */
  hide?: readonly AppealCategory[];
}

/** Below this many characters of text, what Readability found is not an article. */
export const DEFAULT_MIN_ARTICLE_CHARS = 200;

export const DEFAULT_HIDDEN_CATEGORIES: readonly AppealCategory[] = ['newsletter', 'donation', 'membership'];

/** The whole pipeline: page Document in, clean Article (or the reason there is none) out. */
export function readArticle(doc: Document, options: ReadOptions): ReadResult {
  if (!doc.body && !doc.documentElement) {
    return { ok: false, reason: 'empty', message: 'The page is empty.' };
  }
  const extracted = extractArticle(doc);
  if (!extracted) {
    return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
  }
  const text = extracted.textContent.trim();
  if (text.length < DEFAULT_MIN_ARTICLE_CHARS) {
    return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
  }
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const article: Article = {
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    lang: extracted.lang,
    dir: extracted.dir === 'rtl' ? 'rtl' : extracted.dir === 'ltr' ? 'ltr' : null,
    publishedTime: extracted.publishedTime,
    excerpt: extracted.excerpt,
    leadImage: null,
    contentHtml: sanitizeHtml(extracted.content, doc),
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    url: options.url,
    removed: [],
  };
  return { ok: true, article };
}
