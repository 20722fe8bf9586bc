/**
 * One interface over both browsers the e2e scenarios run in: Chromium (playwright-core, harness.ts)
 * and Firefox ESR (puppeteer-core over WebDriver BiDi, firefox.ts). A scenario written against
 * `TestBrowser` runs unchanged in each. LECTERN_E2E_BROWSERS (comma-separated) picks which.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, liveMessenger, tabIdOf, visibilityOfPhrases, openReadingView as openChromiumView, openPage as openChromiumPage } from './harness.ts';
import { launchFirefox, until } from './firefox.ts';
import { type Toolbar, toolbar } from './toolbar.ts';

export type BrowserName = 'chromium' | 'firefox';
export const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The browsers to run cross-browser scenarios in: $LECTERN_E2E_BROWSERS, or both. */
export function e2eBrowsers(): BrowserName[] {
  const wanted = (process.env.LECTERN_E2E_BROWSERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted.length) return ALL_BROWSERS;
  const unknown = wanted.filter((name) => !ALL_BROWSERS.includes(name as BrowserName));
  if (unknown.length) throw new Error(`LECTERN_E2E_BROWSERS: unknown browser ${unknown.join(', ')} (use ${ALL_BROWSERS.join(', ')})`);
  return wanted as BrowserName[];
}

/** What both automation libraries' pages have in common, as used here. */
interface AnyPage {
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void> };
  bringToFront(): Promise<void>;
  screenshot(options: { path: string }): Promise<unknown>;
  close(): Promise<void>;
}

/** A tab: a web page, the reading view or the settings page. Clicks are real mouse clicks. */
export class TabPage {
  constructor(readonly raw: AnyPage) {}

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(fn, arg) as Promise<R>;
  }

  /** innerText of the first element matching `selector`, or null when there is none. */
  text(selector: string): Promise<string | null> {
    return this.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null, selector);
  }

  count(selector: string): Promise<number> {
    return this.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  /** Waits until `check(arg)`, run in the page, is true. */
  waitFor<A>(check: (arg: A) => boolean, arg: A, what: string, timeoutMs = 15_000): Promise<void> {
    return until(async () => (await this.evaluate(check, arg)) === true, what, timeoutMs);
  }

  waitForSelector(selector: string, timeoutMs = 15_000): Promise<void> {
    return this.waitFor((s) => document.querySelector(s) !== null, selector, selector, timeoutMs);
  }

  /** Clicks, with the mouse, the centre of the first visible element matching `selector` whose name is `name`. */
  async click(selector: string, name?: string): Promise<void> {
    const found = async () =>
      this.evaluate(
        ({ selector, name }) => {
          const el = [...document.querySelectorAll<HTMLElement>(selector)].find(
            (e) => e.checkVisibility() && (name === undefined || (e.getAttribute('aria-label') ?? e.textContent ?? '').trim() === name),
          );
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const box = el.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        },
        { selector, name },
      );
    let point: { x: number; y: number } | null = null;
    await until(
      async () => {
        point = await found();
        return point !== null;
      },
      `${selector}${name ? ` "${name}"` : ''} to click`,
      10_000,
    );
    const { x, y } = point as unknown as { x: number; y: number };
    await this.raw.mouse.click(x, y);
  }

  /** Clicks the button named `name` (its aria-label, or its text). */
  clickButton(name: string, within = ''): Promise<void> {
    return this.click(`${within} button`.trim(), name);
  }

  /** Whether the innermost element holding `phrase` (outside scripts, through open shadow roots) is rendered, or null if absent. */
  async phraseVisible(phrase: string): Promise<boolean | null> {
    const [visible] = await this.evaluate(visibilityOfPhrases, [phrase]);
    return visible ?? null;
  }

  screenshot(file: string): Promise<unknown> {
    return this.raw.screenshot({ path: file });
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}

/** What the toolbar popup shows once it has an article or a message. */
export interface PopupShown {
  url: string;
  state: 'article' | 'message';
  title: string;
  text: string;
  /** What the view took of the read the click started (`lectern-click-read`), or null. */
  clickRead: string | null;
}

/**
 * Runs in an extension page (the popup itself in Chromium, the control page in Firefox): what the
 * open toolbar popup shows, or null while it shows neither an article nor a message.
 */
function popupShown(): PopupShown | null {
  const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  const view = (scope.browser ?? scope.chrome)?.extension.getViews({ type: 'popup' })[0];
  const found = view?.document.querySelector('article.reader, [role=alert]');
  if (!view || !found) return null;
  const mark = view.performance.getEntriesByName('lectern-click-read')[0] as PerformanceMark | undefined;
  return {
    url: view.location.href,
    state: found.matches('article.reader') ? 'article' : 'message',
    title: view.document.querySelector('article.reader h1')?.textContent ?? '',
    text: (found.querySelector('.content') ?? found).textContent ?? '',
    clickRead: (mark?.detail as string | undefined) ?? null,
  };
}

export interface SavedFile {
  /** Where the browser wrote it. */
  file: string;
  /** The file's name as the extension named it; null where automation renames downloads (Chromium under playwright keeps them under a GUID). */
  name: string | null;
  content: string;
  mime: string;
}

export interface TestBrowser {
  name: BrowserName;
  /** The browser's version, e.g. "153.8.0esr" or "146.0.7680.80". */
  version: string;
  /**
   * Opens `url` in a new tab, waits for it to load, and returns it with its tab id. With
   * `{ loads: false }` the navigation may fail (the tab then shows the browser's error page).
   */
  openPage(url: string, options?: { loads?: boolean }): Promise<{ page: TabPage; tabId: number }>;
  /** Opens one of the browser's own pages (chrome://version, view-source:) and returns its tab id. */
  openBrowserPage(): Promise<number>;
  /** Opens the reading view (the popup page, `?tab=<id>`) in a tab and waits until it shows an article or a message. */
  openReadingView(tabId: number, size?: { width: number; height: number }): Promise<{ view: TabPage; state: 'article' | 'message' }>;
  /**
   * Opens the view as the toolbar popup on `page`'s tab, as a user does: Chromium clicks the button
   * (DevTools' Extensions.triggerAction), Firefox, whose toolbar automation cannot click, takes the
   * button's keyboard shortcut (Alt+Shift+R) typed into its window. Returns what the popup shows
   * once it has an article or a message, and closes it.
   */
  openPopup(page: TabPage): Promise<PopupShown>;
  /** Opens the settings page. */
  openOptions(size?: { width: number; height: number }): Promise<TabPage>;
  /** Hide on page / restore, sent as the extension sends them: the live-page script injected, then messaged. */
  hideOnPage(tabId: number, categories?: string[]): Promise<number>;
  restorePage(tabId: number): Promise<number>;
  /** The text of the toolbar button's badge on a tab. */
  badge(tabId: number): Promise<string>;
  /** The stored settings (storage.sync `settings`), and a way to replace them (null: back to defaults). */
  settings(): Promise<unknown>;
  setSettings(value: unknown | null): Promise<void>;
  /**
   * Saves the view's article through its Save menu (`item` is the menu entry), answering the Save As
   * dialog where the browser shows one, and returns the file written.
   */
  save(view: TabPage, item: 'Web page (HTML)' | 'Markdown' | 'Plain text'): Promise<SavedFile>;
  close(): Promise<void>;
}

export function launchBrowser(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromiumBrowser() : launchFirefoxBrowser();
}

const DEFAULT_CATEGORIES = ['newsletter', 'donation', 'membership'];
type Reply<T> = { data: T } | { error: string };
type Download = { id: number; filename: string; state: string; mime?: string };

/** The first download not among `known` to finish; throws if it was interrupted. */
async function newDownload(list: () => Promise<Download[]>, known: number[], timeoutMs = 15_000): Promise<Download> {
  let found: Download | undefined;
  await until(
    async () => {
      found = (await list()).find((d) => !known.includes(d.id) && d.state !== 'in_progress');
      return found !== undefined;
    },
    'the download',
    timeoutMs,
  );
  const item = found as Download;
  if (item.state !== 'complete') throw new Error(`the download ended ${item.state}`);
  return item;
}

async function launchChromiumBrowser(): Promise<TestBrowser> {
  const browser = await launchWithExtension();
  const worker = browser.serviceWorker;
  const { hide, restore } = liveMessenger(() => browser);
  const version = browser.context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''));
  const downloads = () =>
    worker.evaluate(async () => (await chrome.downloads.search({})).map((d) => ({ id: d.id, filename: d.filename, state: d.state, mime: d.mime })));
  let bar: Toolbar | undefined;
  return {
    name: 'chromium',
    version,
    async openPage(url, { loads = true } = {}) {
      if (loads) {
        const { page, tabId } = await openChromiumPage(browser, url);
        return { page: new TabPage(page as unknown as AnyPage), tabId };
      }
      const page = await browser.context.newPage();
      await page.goto(url).catch(() => undefined);
      return { page: new TabPage(page as unknown as AnyPage), tabId: await tabIdOf(browser, url) };
    },
    async openBrowserPage() {
      const tab = await worker.evaluate(() => chrome.tabs.create({ url: 'chrome://version', active: true }));
      const tabId = tab.id as number;
      await until(async () => (await worker.evaluate((id) => chrome.tabs.get(id), tabId)).status === 'complete', 'chrome://version to load');
      return tabId;
    },
    async openReadingView(tabId, size) {
      const view = await openChromiumView(browser, tabId, size);
      return { view: new TabPage(view.page as unknown as AnyPage), state: view.state };
    },
    async openPopup(page) {
      bar ??= await toolbar(browser.context);
      await bar.click(browser.extensionId, page.raw as unknown as Page);
      const popup = await bar.popup(`chrome-extension://${browser.extensionId}/src/popup/popup.html`);
      try {
        return await popup.waitFor<PopupShown>(`(${popupShown})()`);
      } finally {
        await popup.close();
      }
    },
    async openOptions(size = { width: 600, height: 1100 }) {
      const page = await browser.context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
      return new TabPage(page as unknown as AnyPage);
    },
    hideOnPage: (tabId, categories = DEFAULT_CATEGORIES) => hide(tabId, categories),
    badge: (tabId) => worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId),
    restorePage: (tabId) => restore(tabId),
    settings: () => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings),
    async setSettings(value) {
      await worker.evaluate((settings) => (settings === null ? chrome.storage.sync.remove('settings') : chrome.storage.sync.set({ settings })), value);
    },
    async save(view, item) {
      const known = (await downloads()).map((d) => d.id);
      await view.clickButton('Save');
      await view.clickButton(item);
      const download = await newDownload(downloads, known);
      return { file: download.filename, name: null, content: readFileSync(download.filename, 'utf8'), mime: download.mime ?? '' };
    },
    close: () => browser.close(),
  };
}

async function launchFirefoxBrowser(): Promise<TestBrowser> {
  const firefox = await launchFirefox();
  const { control } = firefox;
  const downloads = () =>
    control(
      async () =>
        (await browser.downloads.search({})).map((d) => ({ id: d.id, filename: d.filename, state: d.state, mime: d.mime })),
      undefined,
    );
  async function live<T>(tabId: number, message: Record<string, unknown>): Promise<T> {
    const reply = await control(
      async ({ tabId, message }) => {
        await browser.scripting.executeScript({ target: { tabId }, files: ['/src/content/live-script.js'] });
        return browser.tabs.sendMessage(tabId, message);
      },
      { tabId, message },
    ) as Reply<T>;
    if ('error' in reply) throw new Error(reply.error);
    return reply.data;
  }
  return {
    name: 'firefox',
    version: firefox.version,
    async openPage(url, { loads = true } = {}) {
      const page = await firefox.browser.newPage();
      const navigation = page.goto(url, { waitUntil: 'load' });
      if (loads) await navigation;
      else await navigation.catch(() => undefined);
      const tabId = await control(async (target) => (await browser.tabs.query({})).find((t) => t.url === target)?.id ?? null, url);
      if (tabId === null) throw new Error(`No tab shows ${url}`);
      return { page: new TabPage(page as unknown as AnyPage), tabId };
    },
    async openBrowserPage() {
      // Extensions may open none of Firefox's privileged about: pages; view-source: is one it keeps to itself too.
      const tabId = await control(async () => (await browser.tabs.create({ url: 'view-source:about:blank', active: true })).id as number, undefined);
      await until(async () => (await control((id) => browser.tabs.get(id), tabId)).status === 'complete', 'view-source: to load');
      return tabId;
    },
    async openReadingView(tabId, size = { width: 600, height: 700 }) {
      const page = await firefox.openExtensionPage(`src/popup/popup.html?tab=${tabId}`, size);
      const view = new TabPage(page as unknown as AnyPage);
      await view.waitForSelector('article.reader, [role=alert]');
      const state = (await view.count('article.reader')) > 0 ? 'article' : 'message';
      return { view, state };
    },
    async openPopup(page) {
      await page.raw.bringToFront();
      await firefox.pressKeys('alt+shift+r');
      let shown: PopupShown | null = null;
      await until(
        async () => {
          shown = await control(popupShown, undefined);
          return shown !== null;
        },
        'the popup to show an article or a message',
      );
      await control(() => browser.extension.getViews({ type: 'popup' })[0]?.close(), undefined);
      return shown as unknown as PopupShown;
    },
    async openOptions(size = { width: 600, height: 1100 }) {
      return new TabPage((await firefox.openExtensionPage('src/options/options.html', size)) as unknown as AnyPage);
    },
    hideOnPage: (tabId, categories = DEFAULT_CATEGORIES) =>
      live<{ hidden: number }>(tabId, { type: 'hide-on-page', hide: categories }).then((r) => r.hidden),
    restorePage: (tabId) => live<{ restored: number }>(tabId, { type: 'restore-page' }).then((r) => r.restored),
    badge: (tabId) => control((tabId) => browser.action.getBadgeText({ tabId }), tabId),
    settings: () => control(async () => (await browser.storage.sync.get('settings')).settings, undefined),
    async setSettings(value) {
      await control((settings) => (settings === null ? browser.storage.sync.remove('settings') : browser.storage.sync.set({ settings })), value);
    },
    async save(view, item) {
      const known = (await downloads()).map((d) => d.id);
      await view.clickButton('Save');
      await view.clickButton(item);
      await firefox.answerSaveDialog();
      const download = await newDownload(downloads, known);
      const file = download.filename;
      return { file, name: path.basename(file), content: readFileSync(file, 'utf8'), mime: download.mime ?? '' };
    },
    close: () => firefox.close(),
  };
}

// The Firefox control page's `browser` global (the extension API), for the functions above.
declare const browser: import('webextension-polyfill').Browser;
