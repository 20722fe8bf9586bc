/**
 * Reading view speed and size: `npm run bench:ui` (after `npm run build`).
 *
 * One real Chromium with three extensions loaded side by side, each given the same test-only host
 * permission for the local server (automation cannot press the toolbar button that grants it):
 *   Lectern      the build (dist/chrome);
 *   Reader View  0.8.4, the peer (../shared/peers/reader-view-0.8.4), as shipped;
 *   floor        an extension made here whose one file is bare Readability 0.6.0 parsing a clone of
 *                the page, run with scripting.executeScript from its worker: no rendering at all.
 * Pages: the seed fixture and the readability test pages of ../shared/corpus, served on 127.0.0.1
 * (requests to other hosts are refused, so the network adds no noise). For every page and round the
 * contenders run one after another, the order rotating page by page, each in a fresh tab on the page:
 * `cold` is the first open in that tab, `warm` the second on the same tab. Ratios are taken page by
 * page between figures measured minutes apart at most, under the same load.
 *   Lectern      click → painted: from a real click on its toolbar button (tests/e2e/toolbar.ts) to
 *                the first frame after the article rendered in the popup (`lectern-painted`), with
 *                its step marks, which count from the popup page's navigation start;
 *   Reader View  from a real click on its button to the first frame showing the article in its
 *                reader page (the tab navigates there); warm: back to the page and again;
 *   floor        from executeScript to the parsed article back in the worker;
 *   empty popup  the floor extension's popup, an empty page with one script: from a click on its
 *                button to that script running, the part of a popup's time no extension can avoid
 *                (the browser makes the popup: its page starts about 10 ms after the click with the
 *                button pinned, 80–270 ms after it unpinned, while the toolbar pops the button out);
 *   bare popup reader  the least a popup reader does: the floor extension's other popup, whose one
 *                script finds the tab, runs the floor's file in it and puts the article's HTML in
 *                the popup as it comes (no sanitising, no style sheet, no UI): from a click on its
 *                button to the first frame after that, marked as Lectern marks its own.
 * A warm open comes a moment (WARM_PAUSE_MS) after the cold one closed, as a reader's second look
 * would: straight after, Chromium sometimes shows the next popup within 10 ms.
 * Prints medians, p95 and per-page ratios, then bundle sizes, then the goals (asserts nothing).
 * Every button is pinned to the toolbar (`--unpinned`: none is, and each popup waits while the
 * toolbar pops its button out).
 * Options: `--pages N` corpus pages (default 40; `--all`), `--rounds N` (default 3),
 * `--baseline DIR` another build of Lectern (its chrome folder) run as a fourth column, for A/B.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { builtExtensionDir, extensionArgs, findChromium, ROOT, serveFixtures } from '../tests/e2e/harness.ts';
import { pinExtensions, type Toolbar, toolbar, unpackedExtensionId } from '../tests/e2e/toolbar.ts';
import { median, quantile } from './lib/stats.ts';

const CORPUS = path.resolve(ROOT, '../shared/corpus/readability-test-pages');
const PEER = path.resolve(ROOT, '../shared/peers/reader-view-0.8.4');
const READABILITY_JS = readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const GOALS = { coldMs: 200, coldFloorRatio: 4, warmMs: 120, readingScriptKb: 40 };

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ALL = args.includes('--all');
const PAGES = flag('--pages', 40);
const ROUNDS = flag('--rounds', 3);
const TIMEOUT_MS = 15_000;

type Contender = 'lectern' | 'peer' | 'floor' | 'blank' | 'bare' | 'baseline';
const BASELINE = args.includes('--baseline') ? path.resolve(args[args.indexOf('--baseline') + 1]!) : null;
const CONTENDERS: Contender[] = ['lectern', 'peer', 'floor', 'blank', 'bare', ...(BASELINE ? (['baseline'] as const) : [])];
const WARM_PAUSE_MS = 300;
/** Every extension's button pinned to the toolbar, as a user pins one they use (`--unpinned`: not). */
const PINNED = !args.includes('--unpinned');
const NAMES: Record<Contender, string> = {
  lectern: 'Lectern',
  peer: 'Reader View 0.8.4',
  floor: 'floor (bare Readability)',
  blank: 'empty popup (first script)',
  bare: 'bare popup reader',
  baseline: 'Lectern, baseline build',
};
const BASELINE_NAME = 'Lectern baseline (bench)';

/** Lectern's step marks, in the order they happen (ms since the view's navigation start). */
const MARKS = ['boot', 'tab', 'injected', 'extracted', 'read-end', 'ui', 'painted'] as const;
/** Set when the page gave back the answer it kept (unchanged since the last open: no extraction). */
const REUSED = 'reused';
/** Set when the view showed the read its click started in the worker (background/read-on-click.ts). */
const CLICK_READ = 'click-read';
type ClickRead = 'finished' | 'extracted' | 'unchanged';
type Marks = Partial<Record<(typeof MARKS)[number] | typeof REUSED | typeof CLICK_READ, number>>;

/** One open: ms from click to painted (null when it showed no article), and Lectern's marks. */
interface Open {
  ms: number | null;
  marks?: Marks;
  /** Lectern: ms from the click to the popup page's navigation start. */
  popupStartMs?: number;
  /** Lectern: what the view took of the click's read (reading-platform.ts), if it took it. */
  clickRead?: ClickRead;
}
interface Sample {
  page: string;
  round: number;
  cold: Record<Contender, Open>;
  warm: Record<Contender, Open>;
}

interface Bench {
  context: BrowserContext;
  toolbar: Toolbar;
  ids: Record<Contender, string>;
  workers: Record<Contender, Worker>;
  close(): Promise<void>;
}

/** Marks the peer's first frame showing the article, as Lectern's view marks its own. */
const PEER_PAINT_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/data/reader/index.html') return;
  const check = () => {
    const doc = document.querySelector('iframe')?.contentDocument;
    const title = doc?.getElementById('reader-title')?.textContent;
    if (title) setTimeout(() => { document.documentElement.dataset.benchPainted = String(Date.now()); }, 0);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

function copyWithHostAccess(source: string, target: string): void {
  cpSync(source, target, { recursive: true });
  const manifestPath = path.join(target, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
}

function writeFloorExtension(dir: string): void {
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'bench floor',
      version: '1.0',
      permissions: ['scripting'],
      host_permissions: ['http://127.0.0.1/*'],
      background: { service_worker: 'worker.js' },
      action: { default_popup: 'blank.html' },
    }),
  );
  writeFileSync(path.join(dir, 'worker.js'), '// driven by bench/ui.ts\n');
  // An empty popup with one module script: what any view's first script waits for.
  writeFileSync(path.join(dir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><script type="module" src="/blank.js"></script>');
  writeFileSync(path.join(dir, 'blank.js'), 'document.documentElement.dataset.firstScriptMs = String(performance.now());\n');
  // The least a popup reader does (set as the tab's popup for its opens): read the tab, show the HTML.
  writeFileSync(path.join(dir, 'reader.html'), '<!doctype html><meta charset="utf-8"><title>reader</title><body style="width:600px"><script type="module" src="/reader.js"></script>');
  writeFileSync(
    path.join(dir, 'reader.js'),
    `const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['floor.js'], injectImmediately: true });
const article = frame?.result;
if (article) {
  const view = document.createElement('article');
  view.innerHTML = article.content;
  document.body.append(view);
  requestAnimationFrame(() => setTimeout(() => { document.documentElement.dataset.paintedMs = String(performance.now()); }, 0));
}
`,
  );
  // The file's completion value is what executeScript hands back: the article, as a reader needs it.
  writeFileSync(
    path.join(dir, 'floor.js'),
    `${READABILITY_JS}\n;(() => { const a = new Readability(document.cloneNode(true)).parse(); return a ? { title: a.title, content: a.content } : null; })();\n`,
  );
}

async function launch(): Promise<Bench> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed (npm run install-chromium).');
  const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-ui-'));
  const dirs: Partial<Record<Contender, string>> & Record<'lectern' | 'peer' | 'floor', string> = {
    lectern: path.join(work, 'lectern'),
    peer: path.join(work, 'peer'),
    floor: path.join(work, 'floor'),
  };
  copyWithHostAccess(builtExtensionDir(), dirs.lectern);
  if (BASELINE) {
    dirs.baseline = path.join(work, 'baseline');
    copyWithHostAccess(BASELINE, dirs.baseline);
    const manifestPath = path.join(dirs.baseline, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), name: BASELINE_NAME }));
  }
  copyWithHostAccess(PEER, dirs.peer);
  mkdirSync(dirs.floor);
  writeFloorExtension(dirs.floor);
  const list = Object.values(dirs).join(',');
  if (PINNED) pinExtensions(path.join(work, 'profile'), Object.values(dirs).map(unpackedExtensionId));
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(list),
  });
  await context.addInitScript({ content: PEER_PAINT_PROBE });
  const deadline = Date.now() + 15_000;
  while (context.serviceWorkers().length < CONTENDERS.length && Date.now() < deadline) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
  }
  const workers = {} as Record<Contender, Worker>;
  const ids = {} as Record<Contender, string>;
  for (const worker of context.serviceWorkers()) {
    const name = await worker.evaluate(() => chrome.runtime.getManifest().name);
    const contender: Contender =
      name === 'bench floor' ? 'floor' : name === 'Reader View' ? 'peer' : name === BASELINE_NAME ? 'baseline' : 'lectern';
    workers[contender] = worker;
    ids[contender] = new URL(worker.url()).host;
  }
  // The empty popup and the bare popup reader are the floor extension's.
  workers.blank = workers.bare = workers.floor;
  ids.blank = ids.bare = ids.floor;
  for (const c of CONTENDERS) if (!workers[c]) throw new Error(`The ${NAMES[c]} extension did not start.`);
  return {
    context,
    toolbar: await toolbar(context),
    ids,
    workers,
    close: async () => {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function openTab(bench: Bench, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await bench.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await bench.workers.floor.evaluate(async (target: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`No tab shows ${url}`);
  return { page, tabId };
}

/** Reads `expression`'s value in the popup once its view has painted or shown a message. */
const LECTERN_SHOWN = (names: string[]) => `(() => {
  const root = document.documentElement;
  if (!root.dataset.paintedMs && !document.querySelector('[role=alert]')) return null;
  const marks = {};
  for (const name of ${JSON.stringify(names)}) {
    const entry = performance.getEntriesByName('lectern-' + name)[0];
    if (entry) marks[name] = entry.startTime;
  }
  const clickRead = performance.getEntriesByName('lectern-click-read')[0]?.detail ?? null;
  return { origin: performance.timeOrigin, painted: root.dataset.paintedMs ? Number(root.dataset.paintedMs) : null, marks, clickRead };
})()`;

async function openLectern(bench: Bench, page: Page, which: 'lectern' | 'baseline' = 'lectern'): Promise<Open> {
  const clicked = await bench.toolbar.click(bench.ids[which], page);
  const popup = await bench.toolbar.popup(`chrome-extension://${bench.ids[which]}/src/popup/popup.html`, TIMEOUT_MS);
  try {
    const shown = await popup.waitFor<{ origin: number; painted: number | null; marks: Marks; clickRead: ClickRead | null }>(
      LECTERN_SHOWN([...MARKS, REUSED, CLICK_READ]),
      TIMEOUT_MS,
    );
    return {
      ms: shown.painted === null ? null : shown.origin + shown.painted - clicked,
      marks: shown.marks,
      popupStartMs: shown.origin - clicked,
      ...(shown.clickRead ? { clickRead: shown.clickRead } : {}),
    };
  } finally {
    await popup.close();
  }
}

async function openPeer(bench: Bench, page: Page): Promise<Open> {
  const clicked = await bench.toolbar.click(bench.ids.peer, page);
  try {
    await page.waitForURL(/\/data\/reader\/index\.html/, { timeout: TIMEOUT_MS });
    const handle = await page.waitForFunction(() => document.documentElement.dataset.benchPainted, undefined, { timeout: TIMEOUT_MS });
    return { ms: Number(await handle.jsonValue()) - clicked };
  } catch {
    return { ms: null };
  }
}

async function openFloor(bench: Bench, tabId: number): Promise<Open> {
  const result = await bench.workers.floor.evaluate(async (id: number) => {
    const started = performance.now();
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['floor.js'], injectImmediately: true });
    return { ms: performance.now() - started, ok: Boolean(frame?.result) };
  }, tabId);
  return { ms: result.ok ? result.ms : null };
}

/**
 * Clicks the floor extension's button on `page` with `file` as the tab's popup: ms from the click to
 * the time the popup writes in `data-<mark>` on its <html> (the empty popup's first script, the bare
 * popup reader's painted article).
 */
async function openFloorPopup(bench: Bench, page: Page, tabId: number, file: 'blank.html' | 'reader.html', mark: 'firstScriptMs' | 'paintedMs'): Promise<Open> {
  await bench.workers.floor.evaluate(({ id, popup }) => chrome.action.setPopup({ tabId: id, popup }), { id: tabId, popup: file });
  const clicked = await bench.toolbar.click(bench.ids.floor, page);
  const popup = await bench.toolbar.popup(`chrome-extension://${bench.ids.floor}/${file}`, TIMEOUT_MS);
  try {
    const at = await popup.waitFor<number>(`Number(document.documentElement.dataset.${mark} || 0) && performance.timeOrigin + Number(document.documentElement.dataset.${mark})`, TIMEOUT_MS);
    return { ms: at - clicked };
  } finally {
    await popup.close();
  }
}

async function measure(bench: Bench, contender: Contender, url: string): Promise<{ cold: Open; warm: Open }> {
  const { page, tabId } = await openTab(bench, url);
  const pause = () => new Promise((resolve) => setTimeout(resolve, WARM_PAUSE_MS));
  try {
    if (contender === 'lectern' || contender === 'baseline') {
      const cold = await openLectern(bench, page, contender);
      await pause();
      return { cold, warm: await openLectern(bench, page, contender) };
    }
    if (contender === 'floor') return { cold: await openFloor(bench, tabId), warm: await openFloor(bench, tabId) };
    if (contender === 'blank' || contender === 'bare') {
      const [file, mark] = contender === 'blank' ? (['blank.html', 'firstScriptMs'] as const) : (['reader.html', 'paintedMs'] as const);
      const cold = await openFloorPopup(bench, page, tabId, file, mark);
      await pause();
      return { cold, warm: await openFloorPopup(bench, page, tabId, file, mark) };
    }
    const cold = await openPeer(bench, page);
    if (cold.ms === null) return { cold, warm: { ms: null } };
    await page.goBack({ waitUntil: 'load' });
    await pause();
    return { cold, warm: await openPeer(bench, page) };
  } finally {
    await page.close();
  }
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
  // A file an older build lacks counts as 0.
  const gz = (file: string) => (existsSync(path.join(dir, file)) ? gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length : 0);
  // What the popup page loads up front: its HTML, its first script and what that imports statically.
  const html = readFileSync(path.join(dir, 'src/popup/popup.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const upFront = [named[0]!];
  for (let i = 0; i < upFront.length; i++) {
    for (const [, f] of read(upFront[i]!).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      const file = path.posix.join(path.posix.dirname(upFront[i]!), f!);
      if (!upFront.includes(file)) upFront.push(file);
    }
  }
  const boot = upFront.map((f) => ({ file: f, gzip: gz(f) }));
  const bootTotal = gz('src/popup/popup.html') + boot.reduce((a, f) => a + f.gzip, 0);
  // What the first script loads alongside the read: the UI bundle (with its CSS) and stage 2; the
  // page may name some of them to preload.
  const deps = [...new Set([...read(upFront[0]!).matchAll(/"(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))].filter((f) => !upFront.includes(f));
  const alongside = deps.map((f) => ({ file: named.includes(f) ? `${f}, preloaded` : f, gzip: gz(f) }));
  return {
    boot,
    bootTotal,
    alongside,
    alongsideTotal: alongside.reduce((a, f) => a + f.gzip, 0),
    reading: gz('src/content/content-script.js'),
    live: gz('src/content/live-script.js'),
    save: gz('src/content/save-script.js'),
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '–').padStart(9);
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–').padStart(9);

async function main() {
  if (!existsSync(path.join(builtExtensionDir(), 'manifest.json'))) {
    console.error(`No build in ${builtExtensionDir()}: run \`npm run build\` first.`);
    process.exit(2);
  }
  if (!existsSync(path.join(PEER, 'manifest.json'))) {
    console.error(`No peer extension in ${PEER}.`);
    process.exit(2);
  }
  const fixtures = await serveFixtures();
  const corpus = await serveFixtures(CORPUS);
  const bench = await launch();
  // Only the local servers answer: pages' own trackers, fonts and images elsewhere are refused.
  await bench.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());

  const targets = [
    { page: 'seed-moscow-times', url: fixtures.url('seed-moscow-times/source.html') },
    ...corpusPages().map((slug) => ({ page: slug, url: corpus.url(`${slug}/source.html`) })),
  ];

  // One unmeasured run of each, so the first samples do not carry the browser's own cold start.
  for (const contender of CONTENDERS) await measure(bench, contender, targets[0]!.url).catch(() => undefined);

  const samples: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, target] of targets.entries()) {
      const order = CONTENDERS.map((_, i) => CONTENDERS[(i + index + round) % CONTENDERS.length]!);
      const sample: Sample = { page: target.page, round, cold: {} as Sample['cold'], warm: {} as Sample['warm'] };
      try {
        for (const contender of order) {
          const { cold, warm } = await measure(bench, contender, target.url);
          sample.cold[contender] = cold;
          sample.warm[contender] = warm;
        }
        samples.push(sample);
      } catch (error) {
        console.warn(`  ${target.page}: skipped (${error instanceof Error ? error.message.split('\n')[0] : error})`);
      }
    }
    console.log(`  round ${round + 1} of ${ROUNDS} done`);
  }
  await bench.close();
  await fixtures.close();
  await corpus.close();
  report(samples, targets.length);
}

function report(samples: Sample[], pageCount: number): void {
  // Ratios and the main table use the opens where every contender read an article.
  const both = (s: Sample, when: 'cold' | 'warm') => CONTENDERS.every((c) => s[when][c]?.ms != null);
  const paired = (when: 'cold' | 'warm') => samples.filter((s) => both(s, when));
  const cold = paired('cold');
  const warm = paired('warm');
  console.log(`\nClick → article painted in Chromium, buttons ${PINNED ? 'pinned' : 'not pinned'}: ${samples.length} opens of ${pageCount} pages × ${ROUNDS} rounds`);
  console.log(`(${cold.length} cold and ${warm.length} warm where every contender showed an article; the rest are left out of the figures)\n`);
  console.log(`${''.padEnd(28)}${'cold median'.padStart(12)}${'p95'.padStart(9)}${'warm median'.padStart(13)}${'p95'.padStart(9)}`);
  for (const c of CONTENDERS) {
    const cv = cold.map((s) => s.cold[c].ms!);
    const wv = warm.map((s) => s.warm[c].ms!);
    console.log(`${NAMES[c].padEnd(28)}${ms(median(cv)).padStart(12)}${ms(quantile(cv, 0.95))}${ms(median(wv)).padStart(13)}${ms(quantile(wv, 0.95))}`);
  }
  const ratio = (set: Sample[], when: 'cold' | 'warm', a: Contender, b: Contender) => set.map((s) => s[when][a].ms! / s[when][b].ms!);
  console.log('\nPer-page ratios (median, p95)');
  for (const [when, set] of [
    ['cold', cold],
    ['warm', warm],
  ] as const) {
    const lf = ratio(set, when, 'lectern', 'floor');
    const lp = ratio(set, when, 'lectern', 'peer');
    console.log(`  ${when}: Lectern / floor ${times(median(lf))} ${times(quantile(lf, 0.95))}   Lectern / Reader View ${times(median(lp))} ${times(quantile(lp, 0.95))}`);
    const lr = ratio(set, when, 'lectern', 'bare');
    const rf = ratio(set, when, 'bare', 'floor');
    console.log(`        Lectern / bare popup reader ${times(median(lr))} ${times(quantile(lr, 0.95))}   bare popup reader / floor ${times(median(rf))} ${times(quantile(rf, 0.95))}`);
    if (BASELINE) {
      const lb = ratio(set, when, 'lectern', 'baseline');
      const bf = ratio(set, when, 'baseline', 'floor');
      console.log(`        Lectern / baseline build ${times(median(lb))} ${times(quantile(lb, 0.95))}   baseline / floor ${times(median(bf))} ${times(quantile(bf, 0.95))}`);
    }
  }

  // Where Lectern's time goes: its marks, since the view's navigation start.
  console.log(`\nLectern step marks, median ms since the view started loading (cold / warm${BASELINE ? '; the baseline build after' : ''})`);
  const markMedian = (when: 'cold' | 'warm', name: (typeof MARKS)[number], who: 'lectern' | 'baseline' = 'lectern') =>
    median(samples.flatMap((s) => (s[when][who]?.ms != null && s[when][who].marks?.[name] !== undefined ? [s[when][who].marks[name]!] : [])));
  const label: Record<(typeof MARKS)[number], string> = {
    boot: 'first script runs (reading starts)',
    tab: 'tab and settings known',
    injected: 'reading script injected (after a call)',
    extracted: 'page answered (extraction)',
    'read-end': 'article finished in the view',
    ui: 'UI bundle loaded',
    painted: 'article painted',
  };
  const popupStart = (when: 'cold' | 'warm', who: 'lectern' | 'baseline' = 'lectern') =>
    median(samples.flatMap((s) => (s[when][who]?.popupStartMs !== undefined ? [s[when][who].popupStartMs!] : [])));
  const startBase = BASELINE ? `   |${ms(popupStart('cold', 'baseline'))}${ms(popupStart('warm', 'baseline'))}` : '';
  console.log(`  ${'(popup page starts loading, after click)'.padEnd(38)}${ms(popupStart('cold'))}${ms(popupStart('warm'))}${startBase}`);
  for (const name of MARKS) {
    const base = BASELINE ? `   |${ms(markMedian('cold', name, 'baseline'))}${ms(markMedian('warm', name, 'baseline'))}` : '';
    console.log(`  ${label[name].padEnd(38)}${ms(markMedian('cold', name))}${ms(markMedian('warm', name))}${base}`);
  }
  const steps = (when: 'cold' | 'warm') =>
    samples
      .map((s) => s[when].lectern)
      .filter((o) => o?.ms != null && o.marks)
      .map((o) => o.marks!);
  const step = (when: 'cold' | 'warm', from: (typeof MARKS)[number], to: (typeof MARKS)[number]) =>
    median(steps(when).flatMap((m) => (m[from] !== undefined && m[to] !== undefined ? [m[to]! - m[from]!] : [])));
  console.log('  durations (median of per-open differences):');
  // A first reading injects the script along with the call (read-tab.ts): one step from tab known.
  console.log(`    inject and extract (from tab known)             ${ms(step('cold', 'tab', 'extracted'))}${ms(step('warm', 'tab', 'extracted'))}`);
  console.log(`    finish in the view (clean, sanitise, measure)   ${ms(step('cold', 'extracted', 'read-end'))}${ms(step('warm', 'extracted', 'read-end'))}`);
  console.log(`    painted after both read and UI were ready       ${ms(median(steps('cold').map((m) => m.painted! - Math.max(m['read-end']!, m.ui!))))}${ms(median(steps('warm').map((m) => m.painted! - Math.max(m['read-end']!, m.ui!))))}`);
  const opens = (when: 'cold' | 'warm') => samples.filter((s) => s[when].lectern?.ms != null);
  const marked = (when: 'cold' | 'warm', mark: typeof CLICK_READ | typeof REUSED) => opens(when).filter((s) => s[when].lectern.marks?.[mark] !== undefined).length;
  const took = (when: 'cold' | 'warm', what: ClickRead) => opens(when).filter((s) => s[when].lectern.clickRead === what).length;
  for (const when of ['cold', 'warm'] as const) {
    console.log(
      `  ${when} opens that took the click's read: ${marked(when, CLICK_READ)} of ${opens(when).length} (finished in the page ${took(when, 'finished')}, extraction finished in the view ${took(when, 'extracted')}, page unchanged since the view's kept article ${took(when, 'unchanged')})`,
    );
  }
  console.log(`  opens that reused a kept answer (the page unchanged since): cold ${marked('cold', REUSED)}, warm ${marked('warm', REUSED)}`);

  console.log('\nSlowest cold opens (Lectern, with the floor, the bare popup reader and Reader View on the same page and round)');
  for (const s of [...cold].sort((a, b) => b.cold.lectern.ms! - a.cold.lectern.ms!).slice(0, 8)) {
    console.log(`  ${s.page.padEnd(32)}${ms(s.cold.lectern.ms!)}  floor${ms(s.cold.floor.ms!)}  bare popup${ms(s.cold.bare.ms!)}  Reader View${ms(s.cold.peer.ms!)}`);
  }

  const size = sizes();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log('\nBundle sizes (gzip -9)');
  for (const f of size.boot) console.log(`  ${`${f.file} (up front)`.padEnd(52)}${kb(f.gzip)}`);
  console.log(`  ${'view page up front (html + first script)'.padEnd(52)}${kb(size.bootTotal)}`);
  for (const f of size.alongside) console.log(`  ${`${f.file} (loaded alongside the read)`.padEnd(52)}${kb(f.gzip)}`);
  console.log(`  ${'loaded alongside the read, in all'.padEnd(52)}${kb(size.alongsideTotal)}`);
  console.log(`  ${'reading script (injected on the first open)'.padEnd(52)}${kb(size.reading)}   goal ≤ ${GOALS.readingScriptKb} KB`);
  console.log(`  ${'live-page script (hiding on the page only)'.padEnd(52)}${kb(size.live)}`);
  console.log(`  ${'saving script (context-menu save only)'.padEnd(52)}${kb(size.save)}`);

  const coldMedian = median(cold.map((x) => x.cold.lectern.ms!));
  const coldRatio = median(ratio(cold, 'cold', 'lectern', 'floor'));
  const warmMedian = median(warm.map((x) => x.warm.lectern.ms!));
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nGoals');
  console.log(`  cold median ≤ ${GOALS.coldMs} ms: ${coldMedian.toFixed(0)} ms, ${verdict(coldMedian <= GOALS.coldMs)}`);
  console.log(`  cold ≤ ${GOALS.coldFloorRatio}× the floor (median of per-page ratios): ${coldRatio.toFixed(2)}×, ${verdict(coldRatio <= GOALS.coldFloorRatio)}`);
  const blank = median(cold.map((x) => x.cold.blank.ms!));
  const floorMedian = median(cold.map((x) => x.cold.floor.ms!));
  const started = median(cold.flatMap((x) => (x.cold.lectern.popupStartMs !== undefined ? [x.cold.lectern.popupStartMs] : [])));
  const inView = median(cold.flatMap((x) => (x.cold.lectern.marks?.painted !== undefined ? [x.cold.lectern.marks.painted] : [])));
  console.log(`    (the browser makes the popup: Lectern's popup page starts ${started.toFixed(0)} ms after the click, ${(started / floorMedian).toFixed(2)}× the floor's median,`);
  console.log(`     and paints ${inView.toFixed(0)} ms after that, ${(inView / floorMedian).toFixed(2)}× the floor; an empty popup's first script runs ${blank.toFixed(0)} ms after its click;`);
  const bare = median(cold.map((x) => x.cold.bare.ms!));
  const bareRatio = median(ratio(cold, 'cold', 'bare', 'floor'));
  console.log(`     the bare popup reader paints ${bare.toFixed(0)} ms after its click, ${bareRatio.toFixed(2)}× the floor, ${verdict(bareRatio <= GOALS.coldFloorRatio)} by a popup that does nothing else)`);
  console.log(`  warm median ≤ ${GOALS.warmMs} ms: ${warmMedian.toFixed(0)} ms, ${verdict(warmMedian <= GOALS.warmMs)}`);
  console.log(`  reading script ≤ ${GOALS.readingScriptKb} KB gzip: ${(size.reading / 1024).toFixed(1)} KB, ${verdict(size.reading / 1024 <= GOALS.readingScriptKb)}`);
}

await main();
