/**
 * Checks a labels file (tests/fixtures/real-appeals/labels.json or a part of it):
 * `npx tsx bench/check-labels.ts <file.json>`. Every phrase must occur in the page's visible text;
 * prints, for each `go` phrase, whether the article (hiding off) holds it and whether Lectern
 * removes it today (view) and marks it (live page).
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findAppeals } from '../src/core/appeals/index.ts';
import { APPEAL_CATEGORIES } from '../src/core/article.ts';
import { readArticle } from '../src/core/read-article.ts';
import { squash, visibleLines } from './lib/page-lines.ts';
import { loadRealPage } from './lib/real-pages.ts';

const CATEGORIES = new Set<string>(APPEAL_CATEGORIES);
const WHERE = new Set(['article', 'near', 'page']);
/** At least 3 words, or 6 characters of a script written without spaces (Chinese, Japanese). */
const longEnough = (t: string) => t.split(' ').length >= 3 || (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t) && t.length >= 6);
const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/check-labels.ts <labels.json>');
const labels = JSON.parse(readFileSync(file, 'utf8')) as Record<
  string,
  { lang: string; go?: { text: string; category: string; where: string }[]; stay?: string[]; notes?: string }
>;
const quiet = new VirtualConsole();
let errors = 0;
const error = (msg: string) => {
  errors++;
  console.log(`  ERROR ${msg}`);
};
let go = 0;
for (const [name, label] of Object.entries(labels)) {
  const page = loadRealPage(name);
  console.log(`\n${name}`);
  if (!page) {
    error('page not found');
    continue;
  }
  // Neither reading nor finding appeals changes the document: one parse serves them all.
  const doc = new JSDOM(page.html, { url: page.url, virtualConsole: quiet }).window.document;
  const lines = visibleLines(doc);
  const visible = lines.join('\n');
  const count = (phrase: string) => visible.split(squash(phrase)).length - 1;
  if (!/^[a-z]{2}$/.test(label.lang ?? '')) error(`lang "${label.lang}"`);
  const off = readArticle(doc, { url: page.url, hide: [] });
  const on = readArticle(doc, { url: page.url, hide: [...APPEAL_CATEGORIES] });
  const textOff = off.ok ? squash(off.article.text) : '';
  const textOn = on.ok ? squash(on.article.text) : '';
  const marked = findAppeals(doc, { categories: [...APPEAL_CATEGORIES] }).map((m) => squash(m.element.textContent ?? ''));
  for (const g of label.go ?? []) {
    go++;
    const t = squash(g.text);
    if (!CATEGORIES.has(g.category)) error(`category "${g.category}"`);
    if (!WHERE.has(g.where)) error(`where "${g.where}"`);
    if (!longEnough(t)) error(`"${t}" is shorter than 3 words`);
    const n = count(t);
    if (n === 0) error(`"${t}" not in the visible text`);
    else if (n > 1) console.log(`  note: "${t}" occurs ${n} times`);
    const inArticle = textOff.includes(t);
    const state = inArticle ? (textOn.includes(t) ? 'KEPT in view' : 'removed in view') : 'not in article';
    const live = marked.some((m) => m.includes(t)) ? 'marked live' : 'NOT marked live';
    console.log(`  go [${g.category}/${g.where}] ${state}, ${live}: ${t.slice(0, 90)}`);
  }
  for (const s of label.stay ?? []) {
    const t = squash(s);
    if (!longEnough(t)) error(`stay "${t}" is shorter than 3 words`);
    if (count(t) === 0) error(`stay "${t}" not in the visible text`);
    const lost = textOff.includes(t) && !textOn.includes(t);
    const hidden = marked.some((m) => m.includes(t));
    console.log(`  stay ${lost ? 'LOST in view' : 'ok'}${hidden ? ', HIDDEN live' : ''}: ${t.slice(0, 90)}`);
  }
}
console.log(`\n${Object.keys(labels).length} pages, ${go} go phrases, ${errors} errors`);
process.exitCode = errors ? 1 : 0;
