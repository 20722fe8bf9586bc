import type { Article } from '../core/article.ts';
import { imageOrigins } from '../core/serialize/embed-images.ts';
import { inertDocument } from '../core/serialize/inert-document.ts';
import { browser, sendToRuntime } from '../shared/browser.ts';
import { downloadBytes, downloadText } from '../shared/download.ts';
import { fetchImageBytes } from '../shared/fetch-image.ts';
import { hostPattern } from '../shared/host-pattern.ts';
import { savedFileNotes } from '../shared/saved-notes.ts';
import type { CopyFormat, SaveFormat, SaveOptions, SaveOutcome } from './platform.ts';

/**
 * Saves the clean copy through the background's downloads API (with a Save As dialog). The serialisers (turndown
 * for Markdown) load only when the user saves, keeping them out of the popup's first paint.
 *
 * HTML keeps its images inside: the view asks, in the click that saves, for host access to just the
 * images' origins (the browser shows its own prompt), fetches them, and embeds them. Declined, the
 * copy is saved with a note and a link where each image was. Markdown with `markdownImages` does the
 * same, then writes the images as files beside the .md (saveMarkdownWithImages).
 */
export async function saveArticle(article: Article, format: SaveFormat, options: SaveOptions = {}): Promise<SaveOutcome> {
  const { markdownImages, ...limits } = options;
  const withImages = format === 'html' || (format === 'markdown' && markdownImages === true);
  // Before any await: the permission prompt needs the click's user gesture.
  const access = withImages ? requestImageAccess(article) : null;
  const { serializeArticle, articleToHtmlWithImages, articleFilename, MIME_TYPES } = await import('../core/serialize/index.ts');
  if (access && format === 'markdown') return saveMarkdownWithImages(article, await access, limits);
  let content: string;
  let outcome: SaveOutcome = {};
  if (access) {
    const granted = await access;
    const { html, report } = await articleToHtmlWithImages(article, document, fetchImageBytes, { ...limits, declined: () => !granted, notes: savedFileNotes() });
    content = html;
    outcome = { images: { embedded: report.embedded, left: report.left.length, declined: !granted } };
  } else content = serializeArticle(article, format);
  // The background downloads: the popup may close as soon as the Save As dialog opens.
  await sendToRuntime({ type: 'save-file', filename: articleFilename(article, format), content, mime: MIME_TYPES[format] });
  return outcome;
}

/**
 * Markdown with its images as files beside it: `Headline - Site.md` and `Headline - Site_files/1.jpg`…
 * in the downloads folder. No Save As dialog: one for each file would be a chore, and a .md moved
 * elsewhere in it would lose its pictures. The view downloads the files itself (blob URLs, no
 * message size limit; with no dialog the popup keeps the focus).
 * Images already in that folder (the same article saved before) are replaced; a .md already there
 * gets a new name, its links still pointing into the same folder.
 */
async function saveMarkdownWithImages(article: Article, granted: boolean, limits: SaveOptions): Promise<SaveOutcome> {
  const { articleToMarkdownWithImages, articleFilename, imagesFolderFor, MIME_TYPES } = await import('../core/serialize/index.ts');
  const filename = articleFilename(article, 'markdown');
  const folder = imagesFolderFor(filename);
  const { markdown, files, report } = await articleToMarkdownWithImages(article, document, fetchImageBytes, folder, {
    ...limits,
    declined: () => !granted,
    notes: savedFileNotes(),
  });
  // Every download is asked for at once (the browser takes each blob when asked), so the files are
  // all on their way even if the popup closes while they start.
  await Promise.all([
    ...files.map((file) => downloadBytes(`${folder}/${file.name}`, file.bytes, file.type)),
    downloadText(filename, markdown, MIME_TYPES.markdown, false),
  ]);
  return { images: { embedded: report.embedded, left: report.left.length, declined: !granted, beside: true } };
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
