import type { Article } from '../core/article.ts';
import { imageOrigins } from '../core/serialize/embed-images.ts';
import { inertDocument } from '../core/serialize/save-html.ts';
import { browser, sendToRuntime } from '../shared/browser.ts';
import { fetchImageBytes } from '../shared/fetch-image.ts';
import { hostPattern } from '../shared/host-pattern.ts';
import type { CopyFormat, ImageLimits, SaveFormat, SaveOutcome } from './platform.ts';

/**
 * Saves the clean copy through the background's downloads API (with a Save As dialog). The serialisers (turndown
 * for Markdown) load only when the user saves, keeping them out of the popup's first paint.
 *
 * HTML keeps its images inside: the view asks, in the click that saves, for host access to just the
 * images' origins (the browser shows its own prompt), fetches them, and embeds them. Declined, the
 * copy is saved with a note and a link where each image was.
 */
export async function saveArticle(article: Article, format: SaveFormat, limits?: ImageLimits): Promise<SaveOutcome> {
  // Before any await: the permission prompt needs the click's user gesture.
  const access = format === 'html' ? requestImageAccess(article) : null;
  const { serializeArticle, articleToHtmlWithImages, articleFilename, MIME_TYPES } = await import('../core/serialize/index.ts');
  let content: string;
  let outcome: SaveOutcome = {};
  if (access) {
    const granted = await access;
    const { html, report } = await articleToHtmlWithImages(article, document, fetchImageBytes, { ...limits, declined: () => !granted });
    content = html;
    outcome = { images: { embedded: report.embedded, left: report.left.length, declined: !granted } };
  } else content = serializeArticle(article, format);
  // The background downloads: the popup may close as soon as the Save As dialog opens.
  await sendToRuntime({ type: 'save-file', filename: articleFilename(article, format), content, mime: MIME_TYPES[format] });
  return outcome;
}

/** Asks for host access to the origins the article's images come from; true when there are none. */
function requestImageAccess(article: Article): Promise<boolean> {
  const inert = inertDocument(article.contentHtml, document);
  const origins = [...new Set(imageOrigins(inert.body).map(hostPattern))].filter((p): p is string => p !== null);
  if (!origins.length) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

/** Puts the Markdown or text copy on the clipboard, from the view the user clicked in. */
export async function copyArticle(article: Article, format: CopyFormat): Promise<void> {
  const { serializeArticle } = await import('../core/serialize/index.ts');
  await navigator.clipboard.writeText(serializeArticle(article, format));
}
