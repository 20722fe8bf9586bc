import type { Article, ReadResult, Removal } from './article.ts';
import { cleanupArticle } from './cleanup/index.ts';
import { BYLINE_LINE, bylineNames } from './cleanup/rules/byline-line.ts';
import { finishContent } from './clean/clean-content.ts';
import { repairMojibake } from './clean/repair-mojibake.ts';
import { collectText } from './extract/article-text.ts';
import { chooseHeadline } from './extract/headline.ts';
import { absoluteHttpUrl, normalizeDate, type PageMetadata, pageMetadata } from './extract/page-metadata.ts';
import { measureText } from './extract/word-count.ts';
import { fail, failure, NO_ARTICLE_MESSAGES, optional, type PageExtraction, type PageRead } from './read-result.ts';

/**
 * Stage 2 of reading an article, where it is shown or saved (the reading view, the CLI): cleans
 * and sanitises what the page extracted (stage 1, extract-page.ts) and makes the Article. Kept
 * apart so the script injected into pages carries extraction only.
 */

/**
 * Below this many letters or digits (and with no image), what Readability found is not an article.
 * Kept low on purpose: a short page is still a page, and Readability already retries with lower
 * thresholds; pages without an article are caught by the link share below instead.
 */
export const DEFAULT_MIN_ARTICLE_CHARS = 3;
/** When more of the text than this is link text, the page is a list of links, not an article. */
export const DEFAULT_MAX_LINK_TEXT_RATIO = 0.65;
/** The link-share test applies from this length on (a short text with one link is still text). */
export const DEFAULT_LINK_RATIO_MIN_CHARS = 200;

function nothingToRead(text: string, content: Element): boolean {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return letters < DEFAULT_MIN_ARTICLE_CHARS && !content.querySelector('img[src], picture, video, svg, math');
}

function mostlyLinks(text: string, linkChars: number): boolean {
  const ratio = text.length ? linkChars / text.length : 0;
  // A short text counts as links only when it is nothing but links.
  return ratio > (text.length >= DEFAULT_LINK_RATIO_MIN_CHARS ? DEFAULT_MAX_LINK_TEXT_RATIO : 0.9);
}

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? repairMojibake(trimmed) : null;
};

function firstContentImage(root: Element, baseUrl: string): string | null {
  for (const img of root.querySelectorAll('img[src]')) {
    const src = absoluteHttpUrl(img.getAttribute('src'), baseUrl);
    if (src) return src;
  }
  return null;
}

/** The names of a byline line the cleanup took out of the body: the header shows them instead. */
function bylineFromBody(removed: readonly Removal[]): string | null {
  const line = removed.find((r) => r.reason.startsWith(`${BYLINE_LINE}:`));
  return line ? bylineNames(line.text) : null;
}

const NO_METADATA: PageMetadata = { publishedTime: null, leadImage: null, byline: null, lang: null, dir: null, h1: null };

export interface FinishOptions {
  /** A window that can run DOMPurify. */
  window: Window;
  /** Excerpts (Removal.text) of removals the user put back. */
  keep?: readonly string[];
  /** Take clutter out of the article (core/cleanup). */
  cleanup: boolean;
  /** Keep `file:` URLs of images and links (a page read from disk by the CLI). */
  fileUrls?: boolean;
}

/**
 * Stage 2: cleans and sanitises the extracted content (in place) and makes the Article: text,
 * counts, clutter removed. Runs wherever the article is shown or saved (the reading view, the CLI);
 * the page only extracts.
 */
export function finishArticle(page: PageExtraction, content: Element, options: FinishOptions): ReadResult {
  const meta = optional(() => pageMetadata(page.meta, page.url), NO_METADATA);
  finishContent(content, { baseUrl: page.url, window: options.window, fileUrls: options.fileUrls === true && page.url.startsWith('file:') });
  // One walk: the text, its link share, and mojibake repair of every text node.
  let { text, linkChars } = collectText(content, { repair: repairMojibake });
  if (nothingToRead(text, content)) return fail('no-article', NO_ARTICLE_MESSAGES.noArticle);
  if (mostlyLinks(text, linkChars)) return fail('no-article', NO_ARTICLE_MESSAGES.links);
  const removed = [...page.removed];
  // Clutter Readability kept (chrome before the story, related links, credits, stamps), once the
  // page is known to hold an article; the rules see the sanitised, repaired text the reader sees.
  if (options.cleanup) {
    const context = { title: page.title, byline: page.byline ?? meta.byline, pageUrl: page.baseUrl };
    const clutter = optional(() => cleanupArticle(content, { keep: options.keep, ...context }), []);
    if (clutter.length) {
      removed.push(...clutter);
      text = collectText(content).text;
    }
  }

  const lang = page.lang?.trim() || meta.lang;
  const dir = page.dir === 'rtl' || page.dir === 'ltr' ? page.dir : meta.dir;
  const article: Article = {
    title: clean(chooseHeadline({ title: page.title, siteName: page.siteName, url: page.url, h1: meta.h1 })) ?? '',
    byline: clean(page.byline) ?? clean(meta.byline) ?? bylineFromBody(removed),
    siteName: clean(page.siteName),
    lang,
    dir,
    publishedTime: normalizeDate(page.publishedTime) ?? meta.publishedTime,
    excerpt: clean(page.excerpt),
    leadImage: meta.leadImage ?? firstContentImage(content, page.baseUrl),
    contentHtml: content.innerHTML,
    text,
    ...measureText(text),
    url: page.url,
    removed,
  };
  return { ok: true, article };
}

/**
 * Stage 2 where the article is shown: parses the page's raw content with the window's DOMParser
 * (a document without a browsing context: nothing in it loads or runs, and no policy of the view
 * applies to it), then finishes it. URLs resolve against the page's, which the extraction names.
 */
export function finishPageRead(read: PageRead, options: FinishOptions): ReadResult {
  try {
    const Parser = (options.window as Window & typeof globalThis).DOMParser;
    const inert = new Parser().parseFromString(`<!DOCTYPE html><html><head></head><body>${read.rawContentHtml}</body></html>`, 'text/html');
    const content = inert.createElement('div');
    content.append(...inert.body.childNodes);
    const { rawContentHtml: _raw, ...page } = read;
    return finishArticle(page, content, options);
  } catch (error) {
    return failure(error);
  }
}
