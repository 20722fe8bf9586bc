import { type AppealCategory, DEFAULT_HIDDEN_CATEGORIES, type Removal } from './article.ts';
import { removeAppeals } from './appeals/index.ts';
import { prepareContent } from './clean/prepare-content.ts';
import { repairNoscriptBreakouts } from './clean/tidy-content.ts';
import { markCodeLanguages } from './extract/code-language.ts';
import { DEFAULT_MAX_ELEMENTS, extractArticle, PageTooLargeError } from './extract/extract-article.ts';
import { type PageMetadataFound, readPageMetadata } from './extract/page-metadata.ts';
import { deeperThan } from './extract/tree-depth.ts';
import { fail, failure as resultOf, NO_ARTICLE_MESSAGES, type NoArticle, optional, type PageExtraction, type PageReadResult } from './read-result.ts';

/**
 * Stage 1 of reading an article, in the page (the reading script): refuse what cannot hold one,
 * clone, find and remove appeals, run Readability, prepare the content (noscript images, video
 * players) and defuse it (no script, frame or handler leaves the page). Stage 2 (finish-article.ts)
 * repairs images and URLs, sanitises, cleans and measures it where it is shown. `readArticle` (read-article.ts) runs both in one place.
 */

export interface ReadOptions {
  /** The page URL: base for relative links, and recorded in the Article. */
  url: string;
  /** Categories to remove; an empty list turns hiding off. */
  hide?: readonly AppealCategory[];
  /** Excerpts (Removal.text) of appeals the user put back; they stay in the article. */
  keep?: readonly string[];
  /** Take clutter out of the extracted article (core/cleanup); by default whenever hiding is on. */
  cleanup?: boolean;
  /** Keep `file:` URLs of images and links: only for a page read from disk (the CLI). */
  fileUrls?: boolean;
  /** Pages with more elements are refused as too large. */
  maxElements?: number;
}

export { DEFAULT_HIDDEN_CATEGORIES };

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** An error of either stage as a result: too large, too deep, or unreadable. */
export function failure(error: unknown): NoArticle {
  if (error instanceof PageTooLargeError) return fail('too-large', error.message);
  return resultOf(error);
}

/** Refuses documents that cannot hold an article, before any work is done. */
export function checkDocument(doc: Document): NoArticle | null {
  const root = doc.documentElement;
  if (!root) return fail('empty', NO_ARTICLE_MESSAGES.empty);
  if (root.namespaceURI !== HTML_NS || root.localName !== 'html') return fail('not-html', NO_ARTICLE_MESSAGES.notHtml);
  // Chromium shows an XML file through its XML viewer, whose tree is HTML: the type tells.
  if (/xml/i.test(doc.contentType ?? '') && !/xhtml/i.test(doc.contentType)) return fail('not-html', NO_ARTICLE_MESSAGES.notHtml);
  // `document.body` is the <frameset> on frame pages.
  if (doc.body?.localName === 'frameset') return fail('frameset', NO_ARTICLE_MESSAGES.frameset);
  if (!doc.body || (!doc.body.firstElementChild && !doc.body.textContent?.trim())) return fail('empty', NO_ARTICLE_MESSAGES.empty);
  if (deeperThan(root)) return fail('too-large', NO_ARTICLE_MESSAGES.deep);
  return null;
}

/** Makes relative URLs in the clone resolve against the page, also when it was parsed elsewhere. */
function setBaseUrl(clone: Document, url: string): void {
  if (clone.baseURI === url || clone.head?.querySelector('base[href]')) return;
  const base = clone.createElement('base');
  base.setAttribute('href', url);
  (clone.head ?? clone.documentElement).prepend(base);
}

const NO_METADATA: PageMetadataFound = { ld: null, metaDate: null, metaImage: null, metaLang: null, time: null, imageLink: null, lang: null, dir: '', h1: null };

export type Extracted = { ok: true; page: PageExtraction; content: Element } | NoArticle;

export function extractPage(doc: Document, options: ReadOptions): Extracted {
  const hide = options.hide ?? DEFAULT_HIDDEN_CATEGORIES;
  const clone = doc.cloneNode(true) as Document;
  setBaseUrl(clone, options.url);
  optional(() => repairNoscriptBreakouts(clone), 0);
  const meta = optional(() => readPageMetadata(clone), NO_METADATA);

  // Appeals on the whole page before Readability, while their forms and buttons still identify
  // them. Once is enough: a second search of the extracted content found nothing more on the 130
  // corpus pages or the appeal fixtures (text alone never makes an appeal), and cost 8% of the time.
  const removed: Removal[] = hide.length ? optional(() => removeAppeals(clone, { categories: hide, keep: options.keep }), []) : [];
  optional(() => markCodeLanguages(clone), undefined);
  const baseUrl = clone.baseURI || options.url;
  const extracted = extractArticle(clone, { owned: true, maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS });
  if (!extracted) return fail('no-article', NO_ARTICLE_MESSAGES.noArticle);
  const { content, textContent: _text, ...fields } = extracted;
  prepareContent(content);
  return { ok: true, page: { url: options.url, baseUrl, ...fields, meta, removed }, content };
}

/**
 * Stage 1 in the page (the reading script): extracts the article, the page itself never changed
 * (it is cloned once and every step works on the clone). The content goes out as HTML, once.
 */
export function readPage(doc: Document, options: ReadOptions): PageReadResult {
  const refused = checkDocument(doc);
  if (refused) return refused;
  try {
    const extracted = extractPage(doc, options);
    if (!extracted.ok) return extracted;
    return { ok: true, page: { ...extracted.page, rawContentHtml: extracted.content.innerHTML } };
  } catch (error) {
    return failure(error);
  }
}

