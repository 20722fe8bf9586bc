import type { NoArticleReason, ReadResult, Removal } from './article.ts';
import type { ExtractedArticle } from './extract/extract-article.ts';
import type { PageMetadataFound } from './extract/page-metadata.ts';
import { DEFAULT_MAX_DEPTH } from './extract/tree-depth.ts';

/**
 * What the two stages of reading share: stage 1 (extract-page.ts) in the page, stage 2
 * (finish-article.ts) where the article is shown or saved.
 */

export const NO_ARTICLE_MESSAGES = {
  empty: 'The page is empty.',
  notHtml: 'This is not a web page Lectern can read (it is an XML, SVG or other non-HTML document).',
  frameset: 'This page is made of frames; open the frame that holds the article on its own and try again.',
  noArticle: 'Lectern found no article on this page: it looks like a home page, a list or an app rather than a story.',
  links: 'This page is mostly links (a home or section page), not an article.',
  deep: `The page nests elements more than ${DEFAULT_MAX_DEPTH} levels deep; Lectern does not read such pages.`,
} as const;

/** Why there is no article, as either stage reports it. */
export type NoArticle = Extract<ReadResult, { ok: false }>;

export const fail = (reason: NoArticleReason, message: string): NoArticle => ({ ok: false, reason, message });

/** Optional steps fail alone: the article is still read, without that step's result. */
export function optional<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return fallback;
  }
}

/** An error as a result: stack exhaustion means too deep, anything else unreadable. */
export function failure(error: unknown): NoArticle {
  // Stack exhaustion: DOM implementations clone and walk recursively.
  if (error instanceof RangeError) return fail('too-large', NO_ARTICLE_MESSAGES.deep);
  return fail('no-article', `Lectern could not read this page: ${(error as Error)?.message ?? error}`);
}

/**
 * What reading the page itself yields (stage 1, in the page): Readability's fields and the page's
 * metadata as found, the appeals removed before extraction, and the content, which is neither
 * cleaned nor sanitised yet. Only finishArticle turns it into an Article.
 */
export interface PageExtraction extends Omit<ExtractedArticle, 'content' | 'textContent'> {
  url: string;
  /** What relative URLs in the content resolve against: the page's `<base href>`, else its URL. */
  baseUrl: string;
  /** The page's metadata as found, judged in stage 2 (pageMetadata). */
  meta: PageMetadataFound;
  removed: Removal[];
}

/**
 * Stage 1 as sent from the page: the content as HTML, defused (no script, style, frame or `on*`
 * attribute) but NOT sanitised: never render or save it before finishArticle has.
 */
export interface PageRead extends PageExtraction {
  rawContentHtml: string;
}

export type PageReadResult = { ok: true; page: PageRead } | NoArticle;
