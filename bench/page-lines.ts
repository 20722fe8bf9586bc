/**
 * Prints a real page as a labeller reads it: `npx tsx bench/page-lines.ts <corpus-relative name>`.
 * Each line of the page's visible text (one per block), marked `A` when it is in the article
 * Lectern extracts with hiding off, `-` when hiding on removes it from the article, and `·` otherwise.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { articleText } from '../src/core/extract/article-text.ts';
import { readArticle } from '../src/core/read-article.ts';
import { loadRealPage } from './lib/real-pages.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const name = process.argv[2];
if (!name) throw new Error('usage: tsx bench/page-lines.ts <corpus-relative page name>');
const page = loadRealPage(name);
if (!page) throw new Error(`no such page: ${name}`);
const quiet = new VirtualConsole();
const doc = (html: string) => new JSDOM(html, { url: page.url, virtualConsole: quiet }).window.document;
const off = readArticle(doc(page.html), { url: page.url, hide: [] });
const on = readArticle(doc(page.html), { url: page.url });
const textOff = off.ok ? squash(off.article.text) : '';
const textOn = on.ok ? squash(on.article.text) : '';
const d = doc(page.html);
for (const el of d.querySelectorAll('script, style, noscript, template')) el.remove();
console.log(`# ${name}  url=${page.url}  article=${off.ok ? `${off.article.wordCount} words: ${off.article.title}` : off.reason}`);
for (const line of articleText(d.body ?? d.documentElement).split('\n')) {
  const l = squash(line);
  if (!l) continue;
  const mark = textOff.includes(l) ? (textOn.includes(l) ? 'A' : '-') : '·';
  console.log(`${mark} ${l}`);
}
if (on.ok) for (const r of on.article.removed) console.log(`# removed [${r.category}] ${squash(r.text).slice(0, 120)}`);
