import type { ReadResult } from './article.ts';
import { windowOf } from './serialize/inert-document.ts';
import { checkDocument, DEFAULT_HIDDEN_CATEGORIES, extractPage, failure, type ReadOptions } from './extract-page.ts';
import { finishArticle } from './finish-article.ts';

export { checkDocument, DEFAULT_HIDDEN_CATEGORIES, readPage, type ReadOptions } from './extract-page.ts';
export {
  DEFAULT_LINK_RATIO_MIN_CHARS,
  DEFAULT_MAX_LINK_TEXT_RATIO,
  DEFAULT_MIN_ARTICLE_CHARS,
  finishArticle,
  finishPageRead,
} from './finish-article.ts';
export type { NoArticle, PageExtraction, PageRead, PageReadResult } from './read-result.ts';

/**
 * The whole pipeline in one place (the CLI, tests, benchmarks): page Document in, clean Article
 * (or the reason there is none) out. The same two stages the extension runs in the page and in the
 * view, without the HTML between them.
 */
export function readArticle(doc: Document, options: ReadOptions): ReadResult {
  const refused = checkDocument(doc);
  if (refused) return refused;
  try {
    const extracted = extractPage(doc, options);
    if (!extracted.ok) return extracted;
    const hide = options.hide ?? DEFAULT_HIDDEN_CATEGORIES;
    return finishArticle(extracted.page, extracted.content, {
      window: windowOf(doc),
      keep: options.keep,
      cleanup: options.cleanup ?? hide.length > 0,
      fileUrls: options.fileUrls,
    });
  } catch (error) {
    return failure(error);
  }
}
