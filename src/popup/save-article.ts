import type { Article } from '../core/article.ts';
import { sendToRuntime } from '../shared/browser.ts';
import type { CopyFormat, SaveFormat } from './platform.ts';

/**
 * Saves the clean copy through the background's downloads API (with a Save As dialog). The serialisers (turndown
 * for Markdown) load only when the user saves, keeping them out of the popup's first paint.
 */
export async function saveArticle(article: Article, format: SaveFormat): Promise<void> {
  const { serializeArticle, articleFilename, MIME_TYPES } = await import('../core/serialize/index.ts');
  // The background downloads: the popup may close as soon as the Save As dialog opens.
  await sendToRuntime({
    type: 'save-file',
    filename: articleFilename(article, format),
    content: serializeArticle(article, format),
    mime: MIME_TYPES[format],
  });
}

/** Puts the Markdown or text copy on the clipboard, from the view the user clicked in. */
export async function copyArticle(article: Article, format: CopyFormat): Promise<void> {
  const { serializeArticle } = await import('../core/serialize/index.ts');
  await navigator.clipboard.writeText(serializeArticle(article, format));
}
