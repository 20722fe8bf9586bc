/**
 * Drives Debian's Firefox ESR with the built extension (dist/firefox) over WebDriver BiDi
 * (puppeteer-core). See tests/e2e/README.md.
 *
 * - Lectern is installed as a temporary add-on from a copy of the build whose manifest also grants
 *   `http://127.0.0.1/*` (standing in for the toolbar click, as in Chromium) and makes the reading view
 *   and the settings page reachable from that host: BiDi refuses to navigate a tab to a
 *   `moz-extension://` URL, so a page on the fixture host sends the tab there.
 * - The extension's UUID is fixed by a preference, so its pages have a known address.
 * - Firefox runs with a window, under its own Xvfb display: the Save As dialog the extension asks
 *   for is a real GTK dialog, answered with xdotool (Return: the suggested name, in the download folder).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { listenLocally, ROOT } from './harness.ts';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const FIREFOX_MISSING =
  'Firefox is not installed. Install it with `npm run install-browsers` (Debian: `sudo apt-get install -y firefox-esr xvfb xdotool`), or set FIREFOX_PATH.';

/** The Firefox binary: $FIREFOX_PATH, or the first installed candidate, or null. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function builtFirefoxDir(): string {
  return path.resolve(ROOT, process.env.LECTERN_DIST_DIR ?? 'dist', 'firefox');
}

/** The add-on id the build gives Lectern (manifest-for.ts) and the UUID its pages get here. */
const ADDON_ID = 'lectern@lectern-reader';
export const FIREFOX_UUID = '5b1f2d1e-8c3a-4f6e-9d27-1ec7e4e2a0f1';
/** A blank extension page in the test copy: the tab the harness runs extension API calls in. */
const CONTROL_PAGE = 'lectern-test-control.html';
/** Extension pages a fixture-host page may send a tab to (the test copy only). */
const REACHABLE_PAGES = ['src/popup/popup.html', 'src/options/options.html', CONTROL_PAGE];

const run = promisify(execFile);

export interface FirefoxSession {
  browser: Browser;
  version: string;
  /** `moz-extension://<uuid>/` */
  origin: string;
  /** Where downloads land (the Save As dialog's folder). */
  downloads: string;
  /** The X display Firefox runs on. */
  display: string;
  /** Opens an extension page (path below the extension root) in a new tab. */
  openExtensionPage(file: string, size?: { width: number; height: number }): Promise<Page>;
  /** Runs `fn` in an extension page, where `browser.*` is available. */
  control<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Presses Return in the Save As dialog once it shows. */
  answerSaveDialog(timeoutMs?: number): Promise<void>;
  /** Types `keys` (xdotool's names, e.g. "alt+shift+r") into the browser window, as a user at the keyboard. */
  pressKeys(keys: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts Xvfb on a free display; resolves with its number. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    xvfb.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb could not start (${error.message}): ${FIREFOX_MISSING}`));
    });
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
  });
  // A run that ends without close() (a crash, an interrupted script) leaves no display behind.
  const stop = () => xvfb.kill();
  process.once('exit', stop);
  xvfb.once('exit', () => process.off('exit', stop));
  return { display, process: xvfb };
}

/** Serves `/open?to=<extension URL>`: a page on the fixture host that sends its tab there. */
async function startLauncher(): Promise<{ url(to: string): string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '';
    if (!to.startsWith(`moz-extension://${FIREFOX_UUID}/`)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>open</title><script>location.replace(${JSON.stringify(to)})</script>`);
  });
  const { origin, close } = await listenLocally(server);
  return { url: (to) => `${origin}/open?to=${encodeURIComponent(to)}`, close };
}

/** Polls `check` (which may throw while a page navigates) until it returns true. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  const source = builtFirefoxDir();
  if (!existsSync(path.join(source, 'manifest.json'))) {
    throw new Error(`No built extension in ${source}: run \`npm run build\` first.`);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-e2e-firefox-'));
  const extensionDir = path.join(work, 'extension');
  const downloads = path.join(work, 'downloads');
  mkdirSync(downloads);
  cpSync(source, extensionDir, { recursive: true });
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  // The toolbar click's activeTab grant also lets the view see the tab's URL (view-source:, about:…),
  // which Firefox otherwise hides; `tabs` stands in for that part of the grant.
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), 'tabs'])];
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: REACHABLE_PAGES, matches: ['http://127.0.0.1/*'] },
  ];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  writeFileSync(path.join(extensionDir, CONTROL_PAGE), '<!doctype html><meta charset="utf-8"><title>control</title>\n');

  const xvfb = await startXvfb();
  const env = { ...process.env, DISPLAY: xvfb.display };
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: false,
      env,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
        // The event page is suspended after 1 s idle (30 s by default), so the scenarios also wake it:
        // for a message (save), for a tab update (hiding on load).
        'extensions.background.idle.timeout': 1000,
        // Under WebDriver, Firefox replaces file pickers with one that cancels (and cannot take the
        // filters the downloads API sets); the real dialog is wanted here.
        'remote.bidi.dismiss_file_pickers.enabled': false,
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.panel.shown': true,
      },
    });
  } catch (error) {
    xvfb.process.kill();
    throw error;
  }
  const launcher = await startLauncher();
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  const x = (cmd: string, args: string[]) => run(cmd, args, { env, timeout: 5_000 }).then((r) => r.stdout);

  async function openExtensionPage(file: string, size = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport(size);
    const target = `${origin}${file}`;
    // The navigation leaves the launcher page for an extension page; BiDi reports that as the frame
    // going away, so the navigation promise is not waited on.
    page.goto(launcher.url(target)).catch(() => undefined);
    await until(async () => (await page.evaluate(() => location.href)) === target && (await page.evaluate(() => document.readyState)) === 'complete', `${file} to open`);
    return page;
  }

  await browser.installExtension(extensionDir);
  const controlPage = await openExtensionPage(CONTROL_PAGE, { width: 400, height: 300 });
  const version = (await browser.version()).replace(/^firefox\//, '');

  return {
    browser,
    version,
    origin,
    downloads,
    display: xvfb.display,
    openExtensionPage,
    control: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) =>
      (controlPage as unknown as { evaluate(f: unknown, a: unknown): Promise<T> }).evaluate(fn, arg),
    async answerSaveDialog(timeoutMs = 10_000) {
      // The GTK file chooser has no title here; it is the visible window with its role.
      let dialog: string | undefined;
      await until(
        async () => {
          const windows = (await x('xdotool', ['search', '--onlyvisible', '--class', 'firefox'])).split('\n').filter(Boolean);
          for (const id of windows) {
            if ((await x('xprop', ['-id', id, 'WM_WINDOW_ROLE'])).includes('"GtkFileChooserDialog"')) dialog = id;
          }
          return dialog !== undefined;
        },
        'the Save As dialog',
        timeoutMs,
      );
      await x('xdotool', ['windowfocus', '--sync', dialog as string]);
      await x('xdotool', ['key', 'Return']);
    },
    async pressKeys(keys) {
      // No window manager runs on the display: the window gets the keyboard by being focused.
      const [window] = (await x('xdotool', ['search', '--onlyvisible', '--class', 'firefox'])).split('\n').filter(Boolean);
      if (!window) throw new Error('No Firefox window to type into');
      await x('xdotool', ['windowfocus', '--sync', window]);
      await x('xdotool', ['key', keys]);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await launcher.close();
      xvfb.process.kill();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
