/**
 * Reading view speed and size: `npm run bench:ui` (after `npm run build`).
 *
 * Real Chromium with the built extension. For each page (the seed fixture and the readability test
 * pages in ../shared/corpus, served on 127.0.0.1; requests to other hosts are refused so the network
 * does not add noise):
 *   view  – time from navigating to the reading view to the article painted: the view marks the
 *           first frame after it rendered (`lectern-painted`, `data-painted-ms` on <html>), measured
 *           from the view's navigation start;
 *   read  – of that, the round trip to the page: inject the content script, extract, clean, reply
 *           (`lectern-read-start` → `lectern-read-end`);
 *   again – the view opened a second time on the same page (the content script is already there);
 *   bare  – bare Readability in the same page: clone the document and parse it, nothing else.
 * Prints median and p95 of each and their ratios, then the popup's and the content script's gzip
 * sizes. Options: `--pages N` (default 40; `--all` for every page), `--runs N` per page (default 1).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  builtExtensionDir,
  type ExtensionBrowser,
  launchWithExtension,
  openPage,
  ROOT,
  serveFixtures,
} from '../tests/e2e/harness.ts';

const CORPUS = path.resolve(ROOT, '../shared/corpus/readability-test-pages');
const READABILITY_JS = readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const GOALS = { medianMs: 250, ratio: 1.3, popupKb: 50, contentKb: 45 };

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ALL = args.includes('--all');
const PAGES = flag('--pages', 40);
const RUNS = flag('--runs', 1);

interface Sample {
  page: string;
  state: 'article' | 'message';
  viewMs: number;
  readMs: number;
  /** From navigation start to the read starting: loading the view's own page and scripts. */
  startMs: number;
  /** Of the read: finding the tab and injecting the content script. */
  injectMs: number;
  /** The same, opening the view a second time on the page. */
  reopenMs: number;
  bareMs: number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
};
const median = (values: number[]) => quantile(values, 0.5);
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);

/** Opens the reading view for a tab and returns its paint and read times. */
async function measureView(browser: ExtensionBrowser, tabId: number) {
  const view = await browser.context.newPage();
  await view.setViewportSize({ width: 600, height: 700 });
  await view.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}`);
  await view.waitForSelector('html[data-painted-ms], [role=alert]', { timeout: 20_000 });
  const result = await view.evaluate(() => {
    const painted = document.documentElement.dataset.paintedMs;
    const start = performance.getEntriesByName('lectern-read-start')[0]?.startTime ?? Number.NaN;
    const end = performance.getEntriesByName('lectern-read-end')[0]?.startTime ?? Number.NaN;
    const injected = performance.getEntriesByName('lectern-injected')[0]?.startTime ?? Number.NaN;
    return {
      state: painted ? ('article' as const) : ('message' as const),
      viewMs: painted ? Number(painted) : end,
      readMs: end - start,
      startMs: start,
      injectMs: injected - start,
    };
  });
  await view.close();
  return result;
}

/** Bare Readability on the page itself: clone + parse, the best any reader view could do. */
async function measureBare(page: import('playwright-core').Page): Promise<number> {
  await page.addScriptTag({ content: `${READABILITY_JS}\nwindow.__BenchReadability = Readability;` });
  return page.evaluate(() => {
    const R = (window as unknown as { __BenchReadability: new (d: Document) => { parse(): unknown } }).__BenchReadability;
    const started = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - started;
  });
}

function corpusPages(): string[] {
  const slugs = readdirSync(CORPUS)
    .filter((slug) => existsSync(path.join(CORPUS, slug, 'source.html')))
    .sort();
  if (ALL) return slugs;
  // An even spread over the sorted list, so a smaller run still covers many sites.
  const step = Math.max(1, slugs.length / PAGES);
  return Array.from({ length: Math.min(PAGES, slugs.length) }, (_, i) => slugs[Math.floor(i * step)]!);
}

function sizes() {
  const dir = builtExtensionDir();
  const gz = (file: string) => gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
  // The popup: popup.html, its entry script and stylesheet, and every chunk it loads up front
  // (modulepreload). Chunks imported lazily (the serialisers, on Save) and font files are not counted.
  const html = readFileSync(path.join(dir, 'src/popup/popup.html'), 'utf8');
  const upFront = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const popup = upFront.map((f) => ({ file: f, gzip: gz(f) }));
  const popupTotal = gz('src/popup/popup.html') + popup.reduce((a, f) => a + f.gzip, 0);
  // What opening the view injects; the live-page script comes only with hiding on the page.
  const content = gz('src/content/content-script.js');
  const live = gz('src/content/live-script.js');
  const lazy = readdirSync(path.join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') && !upFront.includes(`assets/${f}`) && /serialize/.test(f))
    .map((f) => ({ file: `assets/${f}`, gzip: gz(`assets/${f}`) }));
  return { popup, popupTotal, content, live, lazy };
}

async function main() {
  if (!existsSync(path.join(builtExtensionDir(), 'manifest.json'))) {
    console.error(`No build in ${builtExtensionDir()}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const fixtures = await serveFixtures();
  const corpus = await serveFixtures(CORPUS);
  const browser = await launchWithExtension();
  // Only the local servers answer: pages' own trackers, fonts and images elsewhere are refused.
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());

  const targets = [
    { page: 'seed-moscow-times', url: fixtures.url('seed-moscow-times/source.html') },
    ...corpusPages().map((slug) => ({ page: slug, url: corpus.url(`${slug}/source.html`) })),
  ];

  // One unmeasured run so the first sample does not carry the browser's cold start.
  {
    const { page, tabId } = await openPage(browser, targets[0]!.url);
    await measureView(browser, tabId);
    await page.close();
  }

  const samples: Sample[] = [];
  for (const target of targets) {
    for (let run = 0; run < RUNS; run++) {
      try {
        const { page, tabId } = await openPage(browser, target.url);
        const view = await measureView(browser, tabId);
        // Opening the view again on the same page: the content script is already there.
        const again = await measureView(browser, tabId);
        const bareMs = await measureBare(page);
        samples.push({ page: target.page, ...view, reopenMs: again.viewMs, bareMs });
        await page.close();
      } catch (error) {
        console.warn(`  ${target.page}: skipped (${error instanceof Error ? error.message.split('\n')[0] : error})`);
      }
    }
  }
  await browser.close();
  await fixtures.close();
  await corpus.close();

  const articles = samples.filter((s) => s.state === 'article');
  console.log(`\nReading view in Chromium: ${samples.length} runs on ${targets.length} pages (${articles.length} articles)\n`);
  console.log(`${'page'.padEnd(44)}${'view'.padStart(10)}${'read'.padStart(10)}${'bare'.padStart(10)}`);
  for (const s of samples.slice().sort((a, b) => b.viewMs - a.viewMs).slice(0, 12)) {
    console.log(`${`${s.page}${s.state === 'message' ? ' (message)' : ''}`.padEnd(44)}${ms(s.viewMs)}${ms(s.readMs)}${ms(s.bareMs)}`);
  }
  console.log('  … (slowest 12 shown)\n');

  const view = articles.map((s) => s.viewMs);
  const read = articles.map((s) => s.readMs);
  const bare = articles.map((s) => s.bareMs);
  const viewRatio = articles.map((s) => s.viewMs / s.bareMs);
  const readRatio = articles.map((s) => s.readMs / s.bareMs);
  const row = (name: string, values: number[], unit = 'ms') =>
    console.log(
      `${name.padEnd(44)}median ${median(values).toFixed(unit === 'ms' ? 1 : 2)} ${unit}   p95 ${quantile(values, 0.95).toFixed(unit === 'ms' ? 1 : 2)} ${unit}`,
    );
  row('open view → article painted', view);
  row('  of which: view page loaded, read starts', articles.map((s) => s.startMs));
  row('  of which: page round trip (read)', read);
  row('    inject content script', articles.map((s) => s.injectMs));
  row('    extract + clean + reply', articles.map((s) => s.readMs - s.injectMs));
  row('  of which: render until painted', articles.map((s) => s.viewMs - s.startMs - s.readMs));
  row('open again on the same page → painted', articles.map((s) => s.reopenMs));
  row('bare Readability (clone + parse)', bare);
  row('ratio painted / bare (per page)', viewRatio, '×');
  row('ratio read / bare (per page)', readRatio, '×');
  console.log(
    `\nratio of medians: painted/bare ${(median(view) / median(bare)).toFixed(2)}×, read/bare ${(median(read) / median(bare)).toFixed(2)}×`,
  );

  const s = sizes();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\nBundle sizes (gzip -9)');
  for (const f of s.popup) console.log(`  ${f.file.padEnd(42)}${kb(f.gzip).padStart(10)}`);
  console.log(`  popup total (html + up-front JS + CSS)    ${kb(s.popupTotal).padStart(10)}   goal ≤ ${GOALS.popupKb} KB`);
  for (const f of s.lazy) console.log(`  ${`${f.file} (loaded on Save)`.padEnd(42)}${kb(f.gzip).padStart(10)}`);
  console.log(`  content script                            ${kb(s.content).padStart(10)}   goal ≤ ${GOALS.contentKb} KB`);
  console.log(`  live-page script (hiding on the page only)${kb(s.live).padStart(10)}`);

  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nGoals');
  console.log(`  median ≤ ${GOALS.medianMs} ms: ${verdict(median(view) <= GOALS.medianMs)}`);
  console.log(`  painted ≤ ${GOALS.ratio}× bare extraction (median of ratios): ${verdict(median(viewRatio) <= GOALS.ratio)}`);
  console.log(`  popup ≤ ${GOALS.popupKb} KB gzip: ${verdict(s.popupTotal / 1024 <= GOALS.popupKb)}`);
  console.log(`  content script ≤ ${GOALS.contentKb} KB gzip: ${verdict(s.content / 1024 <= GOALS.contentKb)}`);
}

await main();
