import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import type { Article } from '../article.ts';
import { articleHeaderLines } from './header.ts';

let service: TurndownService | null = null;

/** One shared converter: building turndown's rule set is the costly part. */
function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
  });
  service.use(gfm);
  // Text that reads like markup stays text: a renderer that allows raw HTML (most do) would
  // otherwise run `&lt;img onerror=…&gt;` written in the article as an element.
  const escapeText = service.escape.bind(service);
  service.escape = (text: string) => escapeText(text).replace(/</g, '\\<').replace(/&(?=#?\w+;)/g, '\\&');
  // Readability wraps content in layout divs; figures keep their caption as an italic line.
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => (content.trim() ? `\n\n_${content.trim()}_\n\n` : ''),
  });
  return service;
}

export function articleToMarkdown(article: Article): string {
  const header = articleHeaderLines(article);
  const lines = [`# ${escapeMarkdownLine(article.title)}`, ''];
  for (const line of header) lines.push(`${escapeMarkdownLine(line)}  `);
  lines.push(`<${autolinkUrl(article.url)}>`, '', '---', '');
  return `${lines.join('\n')}${turndown().turndown(article.contentHtml).trim()}\n`;
}

/** The URL as an autolink can hold it: the URL parser percent-encodes spaces, quotes and `<>`. */
function autolinkUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url).replace(/[<>]/g, encodeURIComponent);
  }
}

function escapeMarkdownLine(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}
