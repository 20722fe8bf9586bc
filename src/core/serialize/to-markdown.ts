import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import type { Article } from '../article.ts';
import { frontMatter } from './front-matter.ts';
import { articleHeaderLines } from './header.ts';

let service: TurndownService | null = null;

/** `<` starts raw HTML and `&name;` an entity in Markdown: text that holds them must not turn live. */
const escapeHtmlInText = (text: string) => text.replace(/</g, '\\<').replace(/&(?=#?\w+;)/g, '\\&');

/** The language of a code block: `data-lang` (set before extraction, which drops classes), else a class. */
export function codeLanguage(pre: Element): string {
  const code = pre.firstElementChild?.localName === 'code' ? pre.firstElementChild : null;
  const named = pre.getAttribute('data-lang') ?? code?.getAttribute('data-lang');
  const fromClass = `${pre.getAttribute('class') ?? ''} ${code?.getAttribute('class') ?? ''}`.match(/\b(?:language|lang)-([\w+#.-]+)/)?.[1];
  const language = (named ?? fromClass ?? '').toLowerCase();
  return /^[\w+#.-]{1,30}$/.test(language) ? language : '';
}

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
  const escapeSyntax = service.escape.bind(service);
  service.escape = (text: string) => escapeHtmlInText(escapeSyntax(text));
  // Readability wraps content in layout divs; figures keep their caption as an italic line.
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => (content.trim() ? `\n\n_${content.trim()}_\n\n` : ''),
  });
  // Fenced code with its language; a fence longer than any backtick run inside the code.
  service.addRule('fencedCodeWithLanguage', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => {
      const pre = node as HTMLElement;
      const code = (pre.textContent ?? '').replace(/\n$/, '');
      const longest = Math.max(2, ...[...code.matchAll(/^`+/gm)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      return `\n\n${fence}${codeLanguage(pre)}\n${code}\n${fence}\n\n`;
    },
  });
  return service;
}

/** The URL as an autolink can hold it: the URL parser percent-encodes spaces, quotes and `<>`. */
function autolinkUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url).replace(/[<>]/g, encodeURIComponent);
  }
}


export interface MarkdownOptions {
  /** When the copy was saved (front matter `saved`); now by default. */
  savedAt?: Date;
}

/**
 * The Markdown copy: YAML front matter (title, author, source, site, published, saved, language,
 * excerpt), then the title, byline and date lines, the source link, and the article as GFM.
 */
export function articleToMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const lines = [frontMatter(article, options.savedAt ?? new Date()), `# ${escapeMarkdownLine(article.title)}`, ''];
  for (const line of articleHeaderLines(article)) lines.push(`${escapeLineStart(escapeMarkdownLine(line))}  `);
  lines.push(`<${autolinkUrl(article.url)}>`, '', '---', '');
  return `${lines.join('\n')}${turndown().turndown(article.contentHtml).trim()}\n`;
}

/** A line that must stay a paragraph line: no list, quote or setext marker at its start. */
const escapeLineStart = (line: string) => line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

/** One line of Markdown text: syntax characters escaped, line breaks folded into spaces. */
function escapeMarkdownLine(text: string): string {
  return escapeHtmlInText(text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]#>~|])/g, '\\$1'));
}
