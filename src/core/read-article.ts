import { type AppealCategory, type Article, DEFAULT_HIDDEN_CATEGORIES, type NoArticleReason, type ReadResult, type Removal } from './article.ts';
import { removeAppeals } from './appeals/index.ts';
import { cleanupArticle } from './cleanup/index.ts';
import { BYLINE_LINE, bylineNames } from './cleanup/rules/byline-line.ts';
import { cleanContent } from './clean/clean-content.ts';
import { repairMojibake } from './clean/repair-mojibake.ts';
import { windowOf } from './clean/sanitize-html.ts';
import { repairNoscriptBreakouts } from './clean/tidy-content.ts';
import { collectText } from './extract/article-text.ts';
import { markCodeLanguages } from './extract/code-language.ts';
import { DEFAULT_MAX_ELEMENTS, extractArticle, PageTooLargeError } from './extract/extract-article.ts';
import { chooseHeadline } from './extract/headline.ts';
import { absoluteHttpUrl, normalizeDate, type PageMetadata, readPageMetadata } from './extract/page-metadata.ts';
import { DEFAULT_MAX_DEPTH, deeperThan } from './extract/tree-depth.ts';
import { measureText } from './extract/word-count.ts';

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

export { DEFAULT_HIDDEN_CATEGORIES };

const HTML_NS = 'http://www.w3.org/1999/xhtml';

const MESSAGES = {
  empty: 'The page is empty.',
  notHtml: 'This is not a web page Lectern can read (it is an XML, SVG or other non-HTML document).',
  frameset: 'This page is made of frames; open the frame that holds the article on its own and try again.',
  noArticle: 'Lectern found no article on this page: it looks like a home page, a list or an app rather than a story.',
  links: 'This page is mostly links (a home or section page), not an article.',
  deep: `The page nests elements more than ${DEFAULT_MAX_DEPTH} levels deep; Lectern does not read such pages.`,
} as const;

const fail = (reason: NoArticleReason, message: string): ReadResult => ({ ok: false, reason, message });

/** Refuses documents that cannot hold an article, before any work is done. */
function checkDocument(doc: Document): ReadResult | null {
  const root = doc.documentElement;
  if (!root) return fail('empty', MESSAGES.empty);
  if (root.namespaceURI !== HTML_NS || root.localName !== 'html') return fail('not-html', MESSAGES.notHtml);
  // Chromium shows an XML file through its XML viewer, whose tree is HTML: the type tells.
  if (/xml/i.test(doc.contentType ?? '') && !/xhtml/i.test(doc.contentType)) return fail('not-html', MESSAGES.notHtml);
  // `document.body` is the <frameset> on frame pages.
  if (doc.body?.localName === 'frameset') return fail('frameset', MESSAGES.frameset);
  if (!doc.body || (!doc.body.firstElementChild && !doc.body.textContent?.trim())) return fail('empty', MESSAGES.empty);
  if (deeperThan(root)) return fail('too-large', MESSAGES.deep);
  return null;
}

/** Makes relative URLs in the clone resolve against the page, also when it was parsed elsewhere. */
function setBaseUrl(clone: Document, url: string): void {
  if (clone.baseURI === url || clone.head?.querySelector('base[href]')) return;
  const base = clone.createElement('base');
  base.setAttribute('href', url);
  (clone.head ?? clone.documentElement).prepend(base);
}

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

function firstContentImage(root: Element): string | null {
  for (const img of root.querySelectorAll('img[src]')) {
    const src = absoluteHttpUrl(img.getAttribute('src'), root.ownerDocument.baseURI);
    if (src) return src;
  }
  return null;
}

const NO_METADATA: PageMetadata = { publishedTime: null, leadImage: null, byline: null, lang: null, dir: null, h1: null };

/** Optional steps fail alone: the article is still read, without that step's result. */
function optional<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return fallback;
  }
}

/** The names of a byline line the cleanup took out of the body: the header shows them instead. */
function bylineFromBody(removed: readonly Removal[]): string | null {
  const line = removed.find((r) => r.reason.startsWith(`${BYLINE_LINE}:`));
  return line ? bylineNames(line.text) : null;
}

function runPipeline(doc: Document, options: ReadOptions): ReadResult {
  const hide = options.hide ?? DEFAULT_HIDDEN_CATEGORIES;
  const clone = doc.cloneNode(true) as Document;
  setBaseUrl(clone, options.url);
  optional(() => repairNoscriptBreakouts(clone), 0);
  const meta = optional(() => readPageMetadata(clone, options.url), NO_METADATA);

  // Appeals on the whole page before Readability, while their forms and buttons still identify
  // them. Once is enough: a second search of the extracted content found nothing more on the 130
  // corpus pages or the appeal fixtures (text alone never makes an appeal), and cost 8% of the time.
  const removed: Removal[] = hide.length ? optional(() => removeAppeals(clone, { categories: hide, keep: options.keep }), []) : [];
  optional(() => markCodeLanguages(clone), undefined);
  const extracted = extractArticle(clone, { owned: true, maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS });
  if (!extracted) return fail('no-article', MESSAGES.noArticle);
  const content = extracted.content;

  cleanContent(content, { baseUrl: options.url, window: windowOf(doc), fileUrls: options.fileUrls === true && options.url.startsWith('file:') });
  // One walk: the text, its link share, and mojibake repair of every text node.
  let { text, linkChars } = collectText(content, { repair: repairMojibake });
  if (nothingToRead(text, content)) return fail('no-article', MESSAGES.noArticle);
  if (mostlyLinks(text, linkChars)) return fail('no-article', MESSAGES.links);
  // Clutter Readability kept (chrome before the story, related links, credits, stamps), once the
  // page is known to hold an article; the rules see the sanitised, repaired text the reader sees.
  if (options.cleanup ?? hide.length > 0) {
    const context = { title: extracted.title, byline: extracted.byline ?? meta.byline };
    const clutter = optional(() => cleanupArticle(content, { keep: options.keep, ...context }), []);
    if (clutter.length) {
      removed.push(...clutter);
      text = collectText(content).text;
    }
  }

  const lang = extracted.lang?.trim() || meta.lang;
  const dir = extracted.dir === 'rtl' || extracted.dir === 'ltr' ? extracted.dir : meta.dir;
  const article: Article = {
    title: clean(chooseHeadline({ title: extracted.title, siteName: extracted.siteName, url: options.url, h1: meta.h1 })) ?? '',
    byline: clean(extracted.byline) ?? clean(meta.byline) ?? bylineFromBody(removed),
    siteName: clean(extracted.siteName),
    lang,
    dir,
    publishedTime: normalizeDate(extracted.publishedTime) ?? meta.publishedTime,
    excerpt: clean(extracted.excerpt),
    leadImage: meta.leadImage ?? firstContentImage(content),
    contentHtml: content.innerHTML,
    text,
    ...measureText(text),
    url: options.url,
    removed,
  };
  return { ok: true, article };
}

/**
 * The whole pipeline: page Document in, clean Article (or the reason there is none) out. The page
 * itself is never changed: it is cloned once and every step works on the clone.
 */
export function readArticle(doc: Document, options: ReadOptions): ReadResult {
  const refused = checkDocument(doc);
  if (refused) return refused;
  try {
    return runPipeline(doc, options);
  } catch (error) {
    if (error instanceof PageTooLargeError) return fail('too-large', error.message);
    // Stack exhaustion: DOM implementations clone and walk recursively.
    if (error instanceof RangeError) return fail('too-large', MESSAGES.deep);
    return fail('no-article', `Lectern could not read this page: ${(error as Error)?.message ?? error}`);
  }
}
