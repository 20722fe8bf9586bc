import type { Article } from '../core/article.ts';
import { downloadText } from '../shared/download.ts';
import type { SaveFormat } from './platform.ts';

/**
 * Saves the clean copy through the downloads API (with a Save As dialog). The serialisers (turndown
 * for Markdown) load only when the user saves, keeping them out of the popup's first paint.
 */
export async function saveArticle(article: Article, format: SaveFormat): Promise<void> {
  const { serializeArticle, articleFilename, MIME_TYPES } = await import('../core/serialize/index.ts');
  await downloadText(articleFilename(article, format), serializeArticle(article, format), MIME_TYPES[format]);
}
