import type { Article } from '../article.ts';
import { articleHeaderLines } from './header.ts';
import { articleToHtml } from './to-html.ts';
import { articleToMarkdown, type MarkdownOptions } from './to-markdown.ts';
import { htmlToText } from './to-text.ts';

export { articleFilename } from './filename.ts';
export { articleToHtmlWithImages, articleToMarkdownWithImages, imagesFolderFor } from './save-html.ts';

import type { SaveFormat } from './formats.ts';

export { MIME_TYPES, SAVE_FORMATS, type SaveFormat } from './formats.ts';

export type SerializeOptions = MarkdownOptions;

/** The clean copy of an article in one of the save formats. */
export function serializeArticle(article: Article, format: SaveFormat, options: SerializeOptions = {}): string {
  switch (format) {
    case 'html':
      return articleToHtml(article);
    case 'markdown':
      return articleToMarkdown(article, options);
    case 'text':
      return `${[article.title, ...articleHeaderLines(article), article.url].join('\n')}\n\n${htmlToText(article.contentHtml)}\n`;
  }
}
