/**
 * Prints a real page as a labeller reads it: `npx tsx bench/page-lines.ts <corpus-relative name>`.
 * Each line of the page's visible text (one per block), marked `A` when it is in the article
 * Lectern extracts with hiding off, `-` when hiding on removes it from the article, and `·` otherwise.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readArticle } from '../src/core/read-article.ts';
import { squash, visibleLines } from './lib/page-lines.ts';
import { loadRealPage } from './lib/real-pages.ts';

const name = process.argv[2];
if (!name) throw new Error('usage: tsx bench/page-lines.ts <corpus-relative page name>');
const page = loadRealPage(name);
if (!page) throw new Error(`no such page: ${name}`);
const quiet = new VirtualConsole();
// Reading never changes the page (it works on a clone of its own): one parse serves all three.
const doc = new JSDOM(page.html, { url: page.url, virtualConsole: quiet }).window.document;
const off = readArticle(doc, { url: page.url, hide: [] });
const on = readArticle(doc, { url: page.url });
const textOff = off.ok ? squash(off.article.text) : '';
const textOn = on.ok ? squash(on.article.text) : '';
console.log(`# ${name}  url=${page.url}  article=${off.ok ? `${off.article.wordCount} words: ${off.article.title}` : off.reason}`);
for (const l of visibleLines(doc)) {
  const mark = textOff.includes(l) ? (textOn.includes(l) ? 'A' : '-') : '·';
  console.log(`${mark} ${l}`);
}
if (on.ok) for (const r of on.article.removed) console.log(`# removed [${r.category}] ${squash(r.text).slice(0, 120)}`);
