/**
 * Quality bench: bare Readability 0.6.0 vs Lectern (hiding off and on), and defuddle on the news
 * benchmark, run on the same parsed pages in the same process. Prints figures; asserts nothing.
 * `--news` runs part 2 alone.
 *
 * 1. readability-test-pages (130): token precision/recall/F1 of the text against expected.html,
 *    metadata agreement with expected-metadata.json, pages where Lectern loses text Readability keeps
 *    (goal with hiding off: ≥ 0.995 of Readability's tokens on every page), and with hiding on every
 *    sentence lost, for review.
 * 2. news-benchmark-dev (91): the benchmark's own shingle metric against the human-marked text.
 */
import type { Article } from '../src/core/article.ts';
import { NEWS_BENCHMARK, newsPages, READABILITY_PAGE_URL, READABILITY_PAGES, readabilityPages } from './lib/corpus.ts';
import { bareReadability, DEFAULT_HIDDEN_CATEGORIES, DEFUDDLE_VERSION, defuddleText, lectern, parsePage, releasePage, textOfHtml } from './lib/extractors.ts';
import { FALLBACK_SOURCES, fallbackTexts, wordsIn } from './lib/fallbacks.ts';
import { missingSentences } from './lib/sentences.ts';
import { type PageCounts, pageCounts, type Score, scorePages, tokenScore } from './lib/shingle-metric.ts';

/** Hiding off must keep at least this share of the tokens Readability keeps, on every page. */
const DEFAULT_MIN_KEPT_RATIO = 0.995;
const META_FIELDS = ['title', 'byline', 'excerpt', 'siteName', 'lang', 'dir', 'publishedTime'] as const;

const f3 = (n: number) => n.toFixed(3);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function meanScore(scores: Score[]): Score {
  return { precision: mean(scores.map((s) => s.precision)), recall: mean(scores.map((s) => s.recall)), f1: mean(scores.map((s) => s.f1)) };
}

function table(title: string, rows: ReadonlyArray<readonly [string, Score, string?]>): void {
  const width = Math.max(24, ...rows.map(([name]) => name.length));
  console.log(`\n${title}`);
  console.log(`  ${'extractor'.padEnd(width)} precision  recall     F1   ${rows.some((r) => r[2]) ? 'note' : ''}`);
  for (const [name, s, note] of rows) {
    console.log(`  ${name.padEnd(width)} ${f3(s.precision).padStart(9)} ${f3(s.recall).padStart(7)} ${f3(s.f1).padStart(6)}   ${note ?? ''}`);
  }
}

function sameMeta(field: string, expected: unknown, actual: unknown): boolean {
  const norm = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v == null ? '' : String(v));
  const a = norm(expected);
  const b = norm(actual);
  if (field === 'publishedTime' && a && b) return Date.parse(a) === Date.parse(b) || a === b;
  return a === b;
}

/** Share of Readability's tokens (as a multiset) that are also in Lectern's text. */
function keptRatio(readability: string, lecternText: string): number {
  return tokenScore(lecternText, readability).precision;
}

async function runReadabilityPages(): Promise<void> {
  const pages = readabilityPages();
  const scores = { readability: [] as Score[], off: [] as Score[], on: [] as Score[] };
  const failures = { readability: 0, off: 0, on: 0 };
  const metaAgree = { readability: new Map<string, number>(), off: new Map<string, number>() };
  // Fields Readability leaves empty that Lectern fills from JSON-LD, meta tags or <time>.
  const metaFilled = new Map<string, number>();
  const losses: string[] = [];
  const lostOn: string[] = [];
  const removals: string[] = [];
  for (const page of pages) {
    const doc = parsePage(page.source, READABILITY_PAGE_URL);
    const expected = textOfHtml(page.expectedHtml);
    const bare = bareReadability(doc);
    const off = lectern(doc, READABILITY_PAGE_URL, []);
    const on = lectern(doc, READABILITY_PAGE_URL, DEFAULT_HIDDEN_CATEGORIES);
    const bareText = bare?.text ?? '';
    const offText = off.ok ? off.article.text : '';
    const onText = on.ok ? on.article.text : '';
    if (!bare) failures.readability++;
    if (!off.ok) failures.off++;
    if (!on.ok) failures.on++;
    scores.readability.push(tokenScore(expected, bareText));
    scores.off.push(tokenScore(expected, offText));
    scores.on.push(tokenScore(expected, onText));
    for (const field of META_FIELDS) {
      const want = page.expectedMeta[field];
      if (sameMeta(field, want, bare?.meta[field])) metaAgree.readability.set(field, (metaAgree.readability.get(field) ?? 0) + 1);
      const mine = off.ok ? (off.article as unknown as Record<string, unknown>)[field] : null;
      if (sameMeta(field, want, mine)) metaAgree.off.set(field, (metaAgree.off.get(field) ?? 0) + 1);
      else if ((want == null || want === '') && mine) metaFilled.set(field, (metaFilled.get(field) ?? 0) + 1);
    }
    if (bareText) {
      const kept = keptRatio(bareText, offText);
      if (kept < DEFAULT_MIN_KEPT_RATIO) {
        const why = off.ok ? missingSentences(bareText, offText).slice(0, 3).join(' | ') : off.message;
        losses.push(`  ${page.slug}: keeps ${f3(kept)} of Readability's tokens; missing: ${why.slice(0, 300)}`);
      }
      for (const s of missingSentences(bareText, onText)) lostOn.push(`  ${page.slug}: ${s.slice(0, 160)}`);
    }
    if (on.ok) for (const r of on.article.removed) removals.push(`  ${page.slug} [${r.category}] ${r.reason} :: ${r.text.slice(0, 100)}`);
    await releasePage(doc);
  }

  console.log(`# ${READABILITY_PAGES} (${pages.length} pages), text vs expected.html, token scores averaged over pages`);
  table('Text', [
    ['Readability 0.6.0', meanScore(scores.readability), `no article on ${failures.readability}`],
    ['Lectern, hiding off', meanScore(scores.off), `no article on ${failures.off}`],
    ['Lectern, hiding on', meanScore(scores.on), `no article on ${failures.on}`],
  ]);
  console.log('\nMetadata agreement with expected-metadata.json (pages)');
  console.log(`  ${'field'.padEnd(14)} Readability  Lectern  Lectern filled where expected is empty`);
  for (const field of META_FIELDS) {
    const cells = [metaAgree.readability.get(field), metaAgree.off.get(field), metaFilled.get(field)].map((n) => String(n ?? 0));
    console.log(`  ${field.padEnd(14)} ${cells[0]!.padStart(11)}  ${cells[1]!.padStart(7)}  ${cells[2]!.padStart(7)}`);
  }
  console.log(`\nHiding off: pages keeping < ${DEFAULT_MIN_KEPT_RATIO} of Readability's tokens: ${losses.length}`);
  for (const line of losses) console.log(line);
  console.log(`\nHiding on: removals ${removals.length}`);
  for (const line of removals) console.log(line);
  console.log(`\nHiding on: sentences Readability keeps that Lectern drops (${lostOn.length}), for review`);
  for (const line of lostOn) console.log(line);
}

async function runNewsBenchmark(): Promise<void> {
  const pages = newsPages();
  const counts = { readability: [] as PageCounts[], defuddle: [] as PageCounts[], off: [] as PageCounts[], on: [] as PageCounts[] };
  const deltas: Array<[string, number]> = [];
  const removedOn = new Map<string, string[]>();
  let failed = 0;
  // Fallback policies: use a source instead of Lectern's text when it has at least `ratio` times the words.
  const ratios = [1, 1.3, 2];
  const policies = new Map<string, PageCounts[]>();
  for (const page of pages) {
    const doc = parsePage(page.html, page.url);
    const fallbacks = fallbackTexts(doc);
    const bare = bareReadability(doc);
    const off = lectern(doc, page.url, []);
    const on = lectern(doc, page.url, DEFAULT_HIDDEN_CATEGORIES);
    const text = (r: typeof off) => (r.ok ? (r.article as Article).text : '');
    if (!on.ok) failed++;
    counts.readability.push(pageCounts(page.truth, bare?.text ?? ''));
    counts.defuddle.push(pageCounts(page.truth, (await defuddleText(doc, page.url)) ?? ''));
    counts.off.push(pageCounts(page.truth, text(off)));
    counts.on.push(pageCounts(page.truth, text(on)));
    for (const source of FALLBACK_SOURCES)
      for (const ratio of ratios) {
        const alt = fallbacks[source];
        const use = alt && wordsIn(alt) >= ratio * wordsIn(text(on));
        const key = `${source}, when ≥ ${ratio}× the words`;
        policies.set(key, [...(policies.get(key) ?? []), use ? pageCounts(page.truth, alt) : counts.on.at(-1)!]);
      }
    const f = (c: PageCounts) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
    deltas.push([page.id, f(counts.on.at(-1)!) - f(counts.readability.at(-1)!)]);
    if (on.ok) removedOn.set(page.id, on.article.removed.map((r) => `[${r.category}] ${r.reason.split(':')[0]} :: ${r.text.slice(0, 60)}`));
    await releasePage(doc);
  }
  console.log(`\n# ${NEWS_BENCHMARK} (${pages.length} pages), shingle metric from its README`);
  table('Article text vs human-marked text', [
    ['Readability 0.6.0', scorePages(counts.readability)],
    [`defuddle ${DEFUDDLE_VERSION}`, scorePages(counts.defuddle)],
    ['Lectern, hiding off', scorePages(counts.off)],
    ['Lectern, hiding on', scorePages(counts.on), `no article on ${failed}`],
  ]);
  table(
    'A fallback when Readability picks the wrong block: Lectern (hiding on) with its text replaced by the source',
    [...policies].map(([key, list]) => [key, scorePages(list), `replaced on ${list.filter((c, i) => c !== counts.on[i]).length}`] as const),
  );
  deltas.sort((a, b) => a[1] - b[1]);
  const changed = deltas.filter(([, d]) => Math.abs(d) > 0.001);
  console.log(`\nPages where hiding-on F1 differs from Readability: ${changed.length} (better ${changed.filter(([, d]) => d > 0).length}, worse ${changed.filter(([, d]) => d < 0).length})`);
  for (const [id, d] of changed.filter(([, d]) => d < 0)) console.log(`  worse ${id.slice(0, 16)} ${d.toFixed(3)}`);
  // The pages that differ most (better and worse), with what was removed, for review.
  const most = [...changed].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 10);
  console.log('\nThe 10 pages where hiding-on F1 differs most from Readability, with what was removed');
  for (const [id, d] of most) {
    console.log(`  ${d > 0 ? 'better' : 'worse '} ${id.slice(0, 16)} ${d > 0 ? '+' : ''}${d.toFixed(3)}`);
    for (const line of (removedOn.get(id) ?? []).slice(0, 8)) console.log(`      ${line}`);
  }
}

const started = performance.now();
// `--news`: the news benchmark alone (a quicker check of extraction changes).
if (!process.argv.includes('--news')) await runReadabilityPages();
await runNewsBenchmark();
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
