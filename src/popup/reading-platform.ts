import type { ReadResult } from '../core/article.ts';
import { extensionApi } from '../shared/extension-api.ts';
import { type Response, unwrap } from '../shared/messages.ts';
import { normalizeSettings, type Settings } from '../shared/settings.ts';
import type { PageText, Platform, ReadRequest, TabInfo } from './platform.ts';
import { documentReadyState, readPageInTab } from '../shared/read-tab.ts';
import { keepArticle, lastArticle } from './last-article.ts';
import { whenIdle } from './when-idle.ts';

/** What reading a tab needs of the Platform: the part the view's first script runs on its own. */
export type ReadingPlatform = Pick<Platform, 'targetTab' | 'getTab' | 'readyState' | 'readArticle' | 'pageText' | 'loadSettings'>;

// Stage 2 of reading (cleaning, DOMPurify, the cleanup rules) loads while the page extracts, and
// not at all when the page answers that the article the view kept is still current.
let finishing: Promise<typeof import('./stage-two.ts')> | undefined;
const finisher = () => {
  finishing ??= import('./stage-two.ts');
  return finishing;
};

/**
 * With an article kept for the tab, the page answers `unchanged` within a few ms when it is; a page
 * still busy after this long is reading again, and stage 2 starts loading then.
 */
export const DEFAULT_UNCHANGED_WAIT_MS = 20;

const toTabInfo = (tab: chrome.tabs.Tab | undefined): TabInfo | null =>
  tab?.id === undefined
    ? null
    : { id: tab.id, url: tab.url ?? tab.pendingUrl, status: tab.status === 'loading' ? 'loading' : tab.status === 'complete' ? 'complete' : undefined };

/** Runs in the page: the selection if there is one, else the visible text of the body. */
function collectPageText(): PageText {
  const selection = String(getSelection() ?? '').trim();
  if (selection) return { source: 'selection', title: document.title, text: selection };
  return { source: 'page', title: document.title, text: document.body?.innerText ?? '' };
}

/** The tab a toolbar click opened the view on (background/read-on-click.ts), if it was one. */
const clickedTab = (search: string): number | null => {
  const param = new URLSearchParams(search).get('clicked');
  return param && /^\d+$/.test(param) ? Number(param) : null;
};

/** The read the click started, asked of the worker as soon as the view knows the tab; taken once. */
let clickRead: { tabId: number; answer: Promise<Response<'take-click-read'>> } | undefined;
let clickReadAsked = false;

function askClickRead(tabId: number): void {
  clickReadAsked = true;
  const answer = extensionApi()
    .runtime.sendMessage({ type: 'take-click-read', tabId })
    .then((reply: unknown) => unwrap<'take-click-read'>(reply))
    .catch(() => null);
  clickRead = { tabId, answer };
}

/**
 * The article the click read for `tabId`, when it was read with the removals asked for; null
 * otherwise (the view reads the page itself). Once: later reads of the view are its own.
 */
async function takeClickRead(tabId: number, { hide, keep, cleanup }: ReadRequest): Promise<ReadResult | null> {
  const read = clickRead?.tabId === tabId ? clickRead : undefined;
  clickRead = undefined;
  const taken = read && !keep?.length ? await read.answer : null;
  return taken && taken.hide.join() === hide.join() && taken.cleanup === cleanup ? taken.result : null;
}

/** The settings key in storage.sync (as in shared/settings-store.ts). */
const SETTINGS_KEY = 'settings';

/**
 * Reading a tab on the browser's own API (shared/extension-api.ts): no webextension-polyfill and
 * no UI code, so the view's first script (boot.ts) can start reading before the UI has loaded. The
 * page extracts (stage 1); the article is finished and sanitised here, in the view. A view a
 * toolbar click opened (Chrome) takes the article the click had the page read and finish instead.
 */
export const readingPlatform: ReadingPlatform = {
  async targetTab(search) {
    const clicked = clickedTab(search);
    if (clicked !== null) {
      if (!clickReadAsked) askClickRead(clicked);
      return this.getTab(clicked);
    }
    const param = new URLSearchParams(search).get('tab');
    if (param && /^\d+$/.test(param)) return this.getTab(Number(param));
    const [tab] = await extensionApi().tabs.query({ active: true, currentWindow: true });
    return toTabInfo(tab);
  },
  async getTab(tabId) {
    return toTabInfo(await extensionApi().tabs.get(tabId).catch(() => undefined));
  },
  readyState: documentReadyState,
  async readArticle(tabId: number, request: ReadRequest): Promise<ReadResult> {
    const clicked = await takeClickRead(tabId, request);
    if (clicked) {
      performance.mark('lectern-click-read');
      return clicked;
    }
    const { hide, keep, cleanup } = request;
    const last = await lastArticle();
    const kept = last?.tabId === tabId && last.cleanup === cleanup ? last : undefined;
    let answered = false;
    // A first reading of the tab: stage 2 loads now, and runs once on a sample while the page reads.
    if (!kept) void finisher().then(({ warmUpFinishing }) => whenIdle(() => answered || warmUpFinishing(window)));
    const early = kept ? setTimeout(finisher, DEFAULT_UNCHANGED_WAIT_MS) : undefined;
    const answer = await readPageInTab(tabId, hide, keep, kept?.version).finally(() => {
      answered = true;
      clearTimeout(early);
    });
    performance.mark('lectern-extracted');
    // The page vouches for the version only while it is unchanged and asked for the same removals.
    if ('unchanged' in answer && kept) {
      performance.mark('lectern-reused', { detail: 'view' });
      return { ok: true, article: kept.article };
    }
    if ('unchanged' in answer) throw new Error('The page answered for a version the view does not hold.');
    if (answer.reused) performance.mark('lectern-reused', { detail: 'page' });
    if (!answer.ok) return answer;
    const { finishPageRead } = await finisher();
    const result = finishPageRead(answer.page, { window, keep, cleanup });
    if (result.ok && answer.version) keepArticle({ tabId, version: answer.version, cleanup, article: result.article });
    return result;
  },
  async pageText(tabId) {
    const [result] = await extensionApi().scripting.executeScript({ target: { tabId }, func: collectPageText });
    return result?.result as PageText;
  },
  async loadSettings(): Promise<Settings> {
    try {
      const stored = await extensionApi().storage.sync.get(SETTINGS_KEY);
      return normalizeSettings(stored[SETTINGS_KEY]);
    } catch {
      return normalizeSettings(undefined);
    }
  },
};
