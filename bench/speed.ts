/**
 * Speed bench: the full pipeline (readArticle) against bare Readability 0.6.0 (clone + parse, its
 * own string serialiser) on the 130 readability test pages, in the same run, as per-page ratios.
 * 1. Node with jsdom (the CLI's DOM): also jsdom's parse time, the cost the CLI adds.
 * 2. Real Chromium (headless, playwright-core): both run inside one page on documents made with
 *    DOMParser from the same sources. Skipped with a note when Chromium is missing.
 * Each page is timed DEFAULT_ROUNDS times, interleaved, and its fastest run kept (least noise from
 * garbage collection and other processes). Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, serveFixtures } from '../tests/e2e/harness.ts';
import { READABILITY_PAGE_URL, READABILITY_PAGES, ROOT, readabilityPages } from './lib/corpus.ts';
import { bareReadabilityString, DEFAULT_HIDDEN_CATEGORIES, lectern, parsePage, releasePage } from './lib/extractors.ts';
import { median, quantile, sum } from './lib/stats.ts';

/** What bench/lib/browser-entry.ts puts on the page. */
interface BenchApi {
  timePage(html: string, url: string, rounds: number, hide: string[]): { bare: number; off: number; on: number; page: number; view: number };
}

const DEFAULT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

interface Timings {
  slug: string;
  bare: number;
  off: number;
  on: number;
  /** Chromium only, hiding on: the extension's stage 1 in the page and stage 2 in the view. */
  page?: number;
  view?: number;
}

function report(title: string, rows: readonly Timings[]): void {
  const ratio = (key: 'off' | 'on') => rows.map((r) => r[key] / r.bare);
  console.log(`\n${title} (${rows.length} pages, fastest of ${DEFAULT_ROUNDS} runs per page)`);
  console.log('  per-page time, ms         median      p95    total');
  for (const key of ['bare', 'off', 'on'] as const) {
    const name = { bare: 'Readability 0.6.0', off: 'Lectern, hiding off', on: 'Lectern, hiding on' }[key];
    const values = rows.map((r) => r[key]);
    console.log(`  ${name.padEnd(24)} ${median(values).toFixed(1).padStart(7)} ${quantile(values, 0.95).toFixed(1).padStart(8)} ${sum(values).toFixed(0).padStart(8)}`);
  }
  console.log('  ratio to Readability       median      p95    total');
  for (const key of ['off', 'on'] as const) {
    const name = key === 'off' ? 'Lectern, hiding off' : 'Lectern, hiding on';
    const total = sum(rows.map((r) => r[key])) / sum(rows.map((r) => r.bare));
    console.log(`  ${name.padEnd(24)} ${median(ratio(key)).toFixed(3).padStart(7)} ${quantile(ratio(key), 0.95).toFixed(3).padStart(8)} ${total.toFixed(3).padStart(8)}`);
  }
  const staged = rows.filter((r) => r.page !== undefined && r.view !== undefined);
  if (staged.length) {
    console.log('  hiding on, as the extension splits it    median      p95    total   (ratio to Readability, per page)');
    for (const key of ['page', 'view'] as const) {
      const name = key === 'page' ? 'in the page (stage 1)' : 'in the view (stage 2)';
      const values = staged.map((r) => r[key]! / r.bare);
      const total = sum(staged.map((r) => r[key]!)) / sum(staged.map((r) => r.bare));
      console.log(`  ${name.padEnd(40)} ${median(values).toFixed(3).padStart(7)} ${quantile(values, 0.95).toFixed(3).padStart(8)} ${total.toFixed(3).padStart(8)}`);
    }
  }
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Page by page (parse, time every variant DEFAULT_ROUNDS times interleaved, release). */
async function nodeBench(): Promise<void> {
  const pages = readabilityPages();
  const parseTimes: number[] = [];
  const rows: Timings[] = [];
  for (const page of pages) {
    let doc: Document | undefined;
    parseTimes.push(time(() => (doc = parsePage(page.source, READABILITY_PAGE_URL))));
    const row: Timings = { slug: page.slug, bare: Infinity, off: Infinity, on: Infinity };
    for (let round = 0; round < DEFAULT_ROUNDS; round++) {
      row.bare = Math.min(row.bare, time(() => bareReadabilityString(doc!)));
      row.off = Math.min(row.off, time(() => lectern(doc!, READABILITY_PAGE_URL, [])));
      row.on = Math.min(row.on, time(() => lectern(doc!, READABILITY_PAGE_URL, DEFAULT_HIDDEN_CATEGORIES)));
    }
    rows.push(row);
    await releasePage(doc);
  }
  report('Node 20 + jsdom', rows);
  console.log(`  jsdom parse per page: median ${median(parseTimes).toFixed(1)} ms, p95 ${quantile(parseTimes, 0.95).toFixed(1)} ms (the CLI pays this on top)`);
  const worst = [...rows].sort((a, b) => b.on / b.bare - a.on / a.bare).slice(0, 5);
  console.log(`  highest ratios (hiding on): ${worst.map((r) => `${r.slug} ${(r.on / r.bare).toFixed(2)}`).join(', ')}`);
}

async function chromiumBench(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('\nChromium: not installed (npm run install-chromium); skipped.');
    return;
  }
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'bench/lib/browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  const server = await serveFixtures(READABILITY_PAGES);
  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/404`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const slugs = readabilityPages().map((p) => p.slug);
    const rows: Timings[] = [];
    for (const slug of slugs) {
      const html = readFileSync(path.join(READABILITY_PAGES, slug, 'source.html'), 'utf8');
      const timing = await page.evaluate(
        ({ html, url, rounds, hide }) => (globalThis as unknown as { __lecternBench: BenchApi }).__lecternBench.timePage(html, url, rounds, hide),
        { html, url: READABILITY_PAGE_URL, rounds: DEFAULT_ROUNDS, hide: [...DEFAULT_HIDDEN_CATEGORIES] },
      );
      rows.push({ slug, ...timing });
    }
    report(`Chromium ${browser.version()} (headless, DOMParser documents)`, rows);
  } finally {
    await browser.close();
    await server.close();
  }
}

// BENCH_TARGET=node or =chromium runs one half only.
const target = process.env.BENCH_TARGET;
if (target !== 'chromium') await nodeBench();
if (target !== 'node') await chromiumBench();
