import type { Article } from '../article.ts';
import { articleHeaderLines } from './header.ts';
import { articleToHtml } from './to-html.ts';
import { articleToMarkdown, type MarkdownOptions } from './to-markdown.ts';
import { htmlToText } from './to-text.ts';

export { articleFilename } from './filename.ts';
export { articleToHtmlWithImages } from './save-html.ts';

export const SAVE_FORMATS = ['html', 'markdown', 'text'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

export const MIME_TYPES = {
  html: 'text/html;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  text: 'text/plain;charset=utf-8',
} as const satisfies Record<SaveFormat, string>;

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
