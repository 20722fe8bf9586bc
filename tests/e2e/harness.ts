/**
 * Drives real Chromium with the built extension loaded. Used by the e2e tests, `npm start` and the
 * benchmarks; see tests/e2e/README.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { GREY_PIXEL, listenLocally } from '../local-server.ts';
import { pinExtensions, unpackedExtensionId } from './toolbar.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE_PAGES = path.join(ROOT, 'tests/fixtures/pages');

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary: $CHROMIUM_PATH, or the first installed candidate, or null. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function builtExtensionDir(): string {
  return path.resolve(ROOT, process.env.LECTERN_DIST_DIR ?? 'dist', 'chrome');
}

export interface FixtureServer {
  origin: string;
  /** URL of a file below the served root, e.g. url('seed-moscow-times/source.html'). */
  url(file: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

/**
 * Serves a folder on 127.0.0.1 (a free port). Paths that do not exist answer 404, and image
 * requests that miss get a 1×1 grey PNG so fixtures' images render.
 */
export async function serveFixtures(root = FIXTURE_PAGES): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(root) && existsSync(file) && !file.endsWith(path.sep)) {
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // a directory: fall through to 404
      }
    }
    if (/\.(png|jpe?g|gif|webp)$/i.test(pathname)) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(GREY_PIXEL);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  const { origin, close } = await listenLocally(server);
  return { origin, url: (file) => `${origin}/${file.replace(/^\//, '')}`, close };
}

export { GREY_PIXEL, listenLocally };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Built extension folder; defaults to dist/chrome. */
  extensionDir?: string;
  headless?: boolean;
  /**
   * Origins granted as host permissions, standing in for the grant a user's click on the toolbar
   * button (activeTab) gives, which automation cannot press. Defaults to the fixture server's host.
   */
  grantOrigins?: string[];
  /** Extra Chromium command-line switches, e.g. `--lang=de` for the UI language. */
  args?: string[];
  /** Pin the extension's button to the toolbar, as a user does with an extension they use. */
  pinned?: boolean;
}

/**
 * Launches Chromium with the extension loaded, from a temporary copy whose manifest also grants
 * `grantOrigins` (everything else is the built extension as shipped).
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const source = options.extensionDir ?? builtExtensionDir();
  if (!existsSync(path.join(source, 'manifest.json'))) {
    throw new Error(`No built extension in ${source}: run \`npm run build\` first.`);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-e2e-'));
  const extensionDir = path.join(work, 'extension');
  cpSync(source, extensionDir, { recursive: true });
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = options.grantOrigins ?? ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));

  if (options.pinned) pinExtensions(path.join(work, 'profile'), [unpackedExtensionId(extensionDir)]);
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [...extensionArgs(extensionDir), ...(options.args ?? [])],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_MISSING =
  'Chromium is not installed. Install it with `npm run install-chromium` (Debian/Ubuntu: `sudo apt-get install -y chromium`), or set CHROMIUM_PATH.';

/** Chromium flags loading unpacked extensions (`dirs`: comma-separated) in a quiet profile: no first-run UI, sync or updates. */
export const extensionArgs = (dirs: string): string[] => [
  `--disable-extensions-except=${dirs}`,
  `--load-extension=${dirs}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
];

/** Opens a page in a new tab and returns it with the browser's tab id. */
export async function openPage(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser, url);
  return { page, tabId };
}

/**
 * The tab id of the open tab showing `url` (asked of the extension's service worker). A page that
 * fails to load reaches the tab list a moment after its error page shows: ask again for up to 5 s.
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const id = await browser.serviceWorker.evaluate(async (target: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === target || t.pendingUrl === target)?.id ?? null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`No tab shows ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The id of the focused tab: for pages whose URL the extension may not see (chrome://, other hosts). */
export async function activeTabId(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
  );
  if (id === null) throw new Error('No active tab');
  return id;
}

export interface ReadingView {
  page: Page;
  /** Whether the view rendered an article (`.reader`) or a message (`[role=alert]`). */
  state: 'article' | 'message';
  /** The rendered view's HTML. */
  html: string;
}

/**
 * Opens the reading view (the popup page) for a tab, as the toolbar button would, and waits until it
 * shows an article or a message.
 */
export async function openReadingView(
  browser: ExtensionBrowser,
  tabId: number,
  { width = 600, height = 700 }: { width?: number; height?: number } = {},
): Promise<ReadingView> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}`);
  const found = await page.waitForSelector('article.reader, [role=alert]', { timeout: 15_000 });
  const state = (await found.evaluate((el) => el.matches('article.reader'))) ? 'article' : 'message';
  return { page, state, html: await page.content() };
}

/**
 * For each phrase: whether the page shows it (the innermost element holding it, searched through
 * open shadow roots, passes checkVisibility), or null if the phrase is not on the page.
 */
export const phraseVisibility = (page: Page, phrases: string[]) => page.evaluate(visibilityOfPhrases, phrases);

/** Runs in the page: phraseVisibility's answer (a standalone function, for either automation library). */
export function visibilityOfPhrases(phrases: string[]): Array<boolean | null> {
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  const SKIP = ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'];
  /** Text as rendered from the flat tree: an element's shadow root, then its light children. */
  const flatText = (node: Element | ShadowRoot): string => {
    let text = node instanceof Element && node.shadowRoot ? flatText(node.shadowRoot) : '';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !SKIP.includes((child as Element).tagName)) text += flatText(child as Element);
    }
    return text;
  };
  const innermost = (node: Element | ShadowRoot, phrase: string): Element | null => {
    const kids = [...node.children, ...(node instanceof Element && node.shadowRoot ? [node.shadowRoot] : [])];
    for (const kid of kids) {
      if (kid instanceof Element && SKIP.includes(kid.tagName)) continue;
      if (!norm(flatText(kid)).includes(phrase)) continue;
      return innermost(kid, phrase) ?? (kid instanceof Element ? kid : null);
    }
    return null;
  };
  return phrases.map((phrase) => {
    const el = innermost(document.body, phrase);
    return el ? el.checkVisibility() : null;
  });
}

/** The live-page script the view and the background inject to hide appeals on the page. */
export const LIVE_SCRIPT = 'src/content/live-script.js';
const DEFAULT_CATEGORIES = ['newsletter', 'donation', 'membership'];
type Reply<T> = { data: T } | { error: string };

/** Hide on page / restore, sent the way the extension does: inject the live script, message it. */
export function liveMessenger(browser: () => ExtensionBrowser) {
  async function send<T>(tabId: number, message: Record<string, unknown>): Promise<T> {
    const reply = (await browser().serviceWorker.evaluate(
      async ({ tabId, message, file }) => {
        await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
        return chrome.tabs.sendMessage(tabId, message);
      },
      { tabId, message, file: LIVE_SCRIPT },
    )) as Reply<T>;
    if ('error' in reply) throw new Error(reply.error);
    return reply.data;
  }
  return {
    hide: (tabId: number, categories = DEFAULT_CATEGORIES) =>
      send<{ hidden: number }>(tabId, { type: 'hide-on-page', hide: categories }).then((r) => r.hidden),
    restore: (tabId: number) => send<{ restored: number }>(tabId, { type: 'restore-page' }).then((r) => r.restored),
  };
}

/**
 * A server whose page keeps loading for `holdMs`: `image`, the HTML arrives at once and an image
 * only later; `document`, the HTML stops after its head and the rest comes later; `scripted`, the
 * HTML arrives at once with an image that comes later, and the body's article is put in by a script
 * when the page has loaded (as a page that builds its article in script).
 */
export async function slowPageServer(
  file: string,
  holdMs: number,
  held: 'image' | 'document' | 'scripted',
): Promise<{ url: string; close(): Promise<void> }> {
  const source = readFileSync(file, 'utf8');
  const open = /<body[^>]*>/.exec(source)!;
  const head = source.slice(0, open.index + open[0].length);
  const body = source.slice(open.index + open[0].length);
  const IMAGE = '<img src="/slow.png" alt="">';
  const scripted = `<script>addEventListener('load', () => document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(body).replace(/</g, '\\u003c')}));</script>`;
  const server: Server = createServer((req, res) => {
    if (req.url === '/slow.png') {
      setTimeout(
        () => {
          res.writeHead(404);
          res.end();
        },
        held === 'document' ? 0 : holdMs,
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (held === 'document') {
      res.write(head);
      setTimeout(() => res.end(IMAGE + body), holdMs);
    } else res.end(head + IMAGE + (held === 'scripted' ? scripted : body));
  });
  const { origin, close } = await listenLocally(server);
  return { url: `${origin}/news/article.html`, close };
}

/** The seed article from a server that holds `hold` for `holdMs`, open in a new tab up to `waitUntil`. */
export async function openSlowSeed(
  browser: ExtensionBrowser,
  hold: 'image' | 'document' | 'scripted',
  holdMs: number,
  waitUntil: 'commit' | 'domcontentloaded',
): Promise<{ page: Page; tabId: number; opened: number; close(): Promise<void> }> {
  const slow = await slowPageServer(path.join(FIXTURE_PAGES, 'seed-moscow-times/source.html'), holdMs, hold);
  const page = await browser.context.newPage();
  await page.goto(slow.url, { waitUntil });
  const opened = Date.now();
  const tabId = await activeTabId(browser, page);
  const close = async () => {
    await page.close();
    await slow.close();
  };
  return { page, tabId, opened, close };
}
