/**
 * Appeal detection quality: `npm run bench:appeals`.
 *
 * 1. Labelled fixtures (tests/fixtures/appeals/* and the seed page): the real pipeline
 *    readArticle(doc, {url, hide: defaults}) with jsdom; appeal recall = share of must-go phrases absent
 *    from article.text; false removals = must-stay phrases lost (listed). Also findAppeals on the raw
 *    page, as the live-page hiding sees it.
 * 2. Real pages with labelled asks (tests/fixtures/real-appeals): recall in the view and on the live
 *    page, per category, language and place; article sentences lost; hides that hold no labelled ask.
 * 3. The 130 readability test pages: every sentence present with hiding off and gone with hiding on,
 *    listed for review, with the removal reasons; and findAppeals time per page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findAppeals } from '../src/core/appeals/index.ts';
import type { Article } from '../src/core/article.ts';
import { DEFAULT_HIDDEN_CATEGORIES, readArticle } from '../src/core/read-article.ts';
import { READABILITY_PAGE_URL, READABILITY_PAGES } from './lib/corpus.ts';
import { loadFixtureCases as loadCases } from './lib/appeal-fixtures.ts';
import { missingSentences } from './lib/sentences.ts';
import { benchRealPages } from './real-appeals.ts';


const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const quiet = new VirtualConsole();
const windows: { close(): void }[] = [];
/** Parses a page; every window is closed by closeAll() (jsdom keeps them alive otherwise). */
const parse = (html: string, url: string) => {
  const { window } = new JSDOM(html, { url, virtualConsole: quiet });
  windows.push(window);
  return window.document;
};
const closeAll = () => {
  for (const w of windows.splice(0)) w.close();
};


function read(html: string, url: string, hide: typeof DEFAULT_HIDDEN_CATEGORIES): Article | null {
  const result = readArticle(parse(html, url), { url, hide });
  return result.ok ? result.article : null;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

function benchFixtures(): boolean {
  const cases = loadCases();
  console.log(`\n## Synthetic fixtures (${cases.length} pages, ${cases.filter((c) => c.trap).length} traps)\n`);
  let goTotal = 0;
  let goGone = 0;
  let goKeptByReadability = 0;
  let goGoneOfKept = 0;
  let liveGoTotal = 0;
  let liveGoFound = 0;
  const falseRemovals: string[] = [];
  const liveFalse: string[] = [];
  const missed: string[] = [];
  console.log(`${pad('fixture', 40)} ${pad('trap', 5)} ${padL('go', 6)} ${padL('live', 6)} ${padL('stay', 6)}  removed (pipeline)`);
  for (const c of cases) {
    const on = read(c.html, c.url, DEFAULT_HIDDEN_CATEGORIES);
    const off = read(c.html, c.url, []);
    const textOn = squash(on?.text ?? '');
    const textOff = squash(off?.text ?? '');
    const gone = c.mustGo.filter((p) => !textOn.includes(squash(p)));
    const kept = c.mustGo.filter((p) => textOff.includes(squash(p)));
    goTotal += c.mustGo.length;
    goGone += gone.length;
    goKeptByReadability += kept.length;
    goGoneOfKept += kept.filter((p) => !textOn.includes(squash(p))).length;
    for (const p of c.mustGo) if (textOn.includes(squash(p))) missed.push(`${c.slug}: "${p}"`);
    const lost = c.mustStay.filter((p) => textOff.includes(squash(p)) && !textOn.includes(squash(p)));
    for (const p of lost) {
      const by = on?.removed.find((r) => squash(r.text).includes(squash(p).slice(0, 40)));
      falseRemovals.push(`${c.slug}: "${p}"${by ? `\n      by ${by.reason}` : ''}`);
    }

    // The live page: what findAppeals marks on the untouched document.
    const matches = findAppeals(parse(c.html, c.url), { categories: DEFAULT_HIDDEN_CATEGORIES });
    const marked = matches.map((m) => squash(m.element.textContent ?? ''));
    const pageText = squash(parse(c.html, c.url).body?.textContent ?? '');
    const liveGo = c.mustGo.filter((p) => pageText.includes(squash(p)));
    liveGoTotal += liveGo.length;
    const liveFound = liveGo.filter((p) => marked.some((t) => t.includes(squash(p))));
    liveGoFound += liveFound.length;
    for (const p of c.mustStay) {
      const m = matches.find((x) => squash(x.element.textContent ?? '').includes(squash(p)));
      if (m) liveFalse.push(`${c.slug}: "${p}"\n      by ${m.reason}`);
    }
    closeAll();
    const removed = (on?.removed ?? []).map((r) => r.category).join(',') || '-';
    console.log(
      `${pad(c.slug, 40)} ${pad(c.trap ? 'trap' : '', 5)} ${padL(`${gone.length}/${c.mustGo.length}`, 6)} ${padL(`${liveFound.length}/${liveGo.length}`, 6)} ${padL(`${c.mustStay.length - lost.length}/${c.mustStay.length}`, 6)}  ${on ? removed : 'NO ARTICLE'}`,
    );
  }
  const recall = goTotal ? goGone / goTotal : 1;
  console.log(`\nappeal recall (pipeline): ${goGone}/${goTotal} = ${recall.toFixed(3)} of must-go phrases absent from article.text`);
  console.log(
    `  of those Readability alone would keep: ${goGoneOfKept}/${goKeptByReadability} = ${(goKeptByReadability ? goGoneOfKept / goKeptByReadability : 1).toFixed(3)}`,
  );
  console.log(`appeal recall (live page, findAppeals): ${liveGoFound}/${liveGoTotal} = ${(liveGoTotal ? liveGoFound / liveGoTotal : 1).toFixed(3)}`);
  console.log(`false removals (pipeline): ${falseRemovals.length}`);
  for (const f of falseRemovals) console.log(`  - ${f}`);
  console.log(`false marks (live page): ${liveFalse.length}`);
  for (const f of liveFalse) console.log(`  - ${f}`);
  if (missed.length) {
    console.log('must-go phrases still in the article:');
    for (const m of missed) console.log(`  - ${m}`);
  }
  return falseRemovals.length === 0 && recall >= 0.95;
}

function benchCorpus(): void {
  if (!existsSync(READABILITY_PAGES)) {
    console.log(`\n(corpus not found at ${READABILITY_PAGES})`);
    return;
  }
  const slugs = readdirSync(READABILITY_PAGES)
    .filter((s) => existsSync(path.join(READABILITY_PAGES, s, 'source.html')))
    .sort();
  console.log(`\n## Corpus: ${slugs.length} readability test pages (sentences removed, hiding on vs off)\n`);
  let total = 0;
  let pagesTouched = 0;
  let sideEffectTotal = 0;
  const times: number[] = [];
  for (const slug of slugs) {
    const html = readFileSync(path.join(READABILITY_PAGES, slug, 'source.html'), 'utf8');
    const off = read(html, READABILITY_PAGE_URL, []);
    const on = read(html, READABILITY_PAGE_URL, DEFAULT_HIDDEN_CATEGORIES);
    const doc = parse(html, READABILITY_PAGE_URL);
    // The whole blocks the first pass takes (Removal.text only keeps their start).
    const blocks = findAppeals(doc, { categories: DEFAULT_HIDDEN_CATEGORIES }).map((m) => squash(m.element.textContent ?? ''));
    const t0 = performance.now();
    findAppeals(doc, { categories: DEFAULT_HIDDEN_CATEGORIES });
    times.push(performance.now() - t0);
    closeAll();
    if (!off || !on) {
      if (Boolean(off) !== Boolean(on)) console.log(`${slug}: article ${off ? 'lost' : 'gained'} with hiding on`);
      continue;
    }
    const lost = missingSentences(off.text, on.text);
    if (lost.length === 0 && on.removed.length === 0) continue;
    pagesTouched++;
    total += lost.length;
    const inBlock = (sentence: string) =>
      blocks.some((b) => b.includes(squash(sentence))) || on.removed.some((r) => squash(r.text).includes(squash(sentence).slice(0, 60)));
    const sideEffects = lost.filter((s) => !inBlock(s)).length;
    sideEffectTotal += sideEffects;
    console.log(
      `${slug}: ${lost.length} sentence(s) removed, ${on.removed.length} block(s)${sideEffects ? `; ${sideEffects} of the sentences were in no removed block (Readability chose differently)` : ''}`,
    );
    for (const r of on.removed) console.log(`    [${r.reason}]\n      "${r.text.slice(0, 160)}"`);
    for (const s of lost) console.log(`  - ${inBlock(s) ? '' : '(not in a removed block) '}${s.slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(
    `\ncorpus: ${total} sentences removed (${total - sideEffectTotal} inside removed blocks, ${sideEffectTotal} lost because Readability chose a different container) on ${pagesTouched} of ${slugs.length} pages with removals (each listed above)`,
  );
  console.log(`findAppeals on the whole page (jsdom, warm): median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms`);
}

const ok = benchFixtures();
await benchRealPages();
benchCorpus();
console.log(ok ? '\ngoals met on the fixtures (false removals 0, recall ≥ 0.95)' : '\ngoals NOT met on the fixtures');
