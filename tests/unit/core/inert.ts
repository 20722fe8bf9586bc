import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import type { Article } from '../../../src/core/article.ts';
import { findActiveContent, findActiveInHtml } from '../../../src/core/clean/find-active-content.ts';
import { serializeArticle } from '../../../src/core/serialize/index.ts';

/** Inert checks of every output of the pipeline, shared by the XSS corpus and the fuzz test. */
const checker = new JSDOM('<!doctype html><html><body></body></html>').window.document;
const markdown = new MarkdownIt({ html: true, linkify: true });

/** The head a saved file may have: exactly what articleToHtml writes, nothing a page put there. */
const SAVED_HEAD = ['meta[charset]', 'meta[http-equiv="Content-Security-Policy"]', 'meta[name="viewport"]', 'meta[name="generator"]', 'title', 'style'];

export const activeInHtml = (html: string) => findActiveInHtml(html, checker);

/** Everything active in a saved HTML file: any head element beyond ours, anything in the body. */
export function activeInSavedHtml(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const found: string[] = [];
  const head = [...doc.head.children];
  for (const el of head) if (!SAVED_HEAD.some((s) => el.matches(s))) found.push(`head: ${el.outerHTML.slice(0, 80)}`);
  if (head.length !== SAVED_HEAD.length) found.push(`head: ${head.length} elements`);
  found.push(...findActiveContent(doc.body));
  for (const attr of doc.documentElement.attributes) if (!['lang', 'dir'].includes(attr.name)) found.push(`html: ${attr.name}`);
  return found;
}

/** The Markdown as a renderer that allows raw HTML shows it (markdown-it, `html: true`). */
export const activeInMarkdown = (md: string) => activeInHtml(markdown.render(md));

/** Every finding in the article HTML and its saved HTML and Markdown, labelled by output. */
export function activeInOutputs(article: Article): string[] {
  return [
    ...activeInHtml(article.contentHtml).map((f) => `article: ${f}`),
    ...activeInSavedHtml(serializeArticle(article, 'html')).map((f) => `saved HTML: ${f}`),
    ...activeInMarkdown(serializeArticle(article, 'markdown')).map((f) => `Markdown: ${f}`),
  ];
}
