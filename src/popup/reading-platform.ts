import type { ReadResult } from '../core/article.ts';
import { extensionApi } from '../shared/extension-api.ts';
import { type PageAnswer, type Response, unwrap } from '../shared/messages.ts';
import { normalizeSettings, type Settings } from '../shared/settings.ts';
import type { PageText, Platform, ReadRequest, TabInfo } from './platform.ts';
import { documentReadyState } from '../shared/document-state.ts';
import { readPageInTab } from '../shared/read-tab.ts';
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

/** What the click read, as the view uses it: the finished article, or the page's extraction. */
type ClickTaken = { result: ReadResult; version?: string } | { answer: PageAnswer };

/**
 * What the click read of `tabId`, when it was read with the removals asked for; undefined when the
 * view has none to take (not opened by a click, or taken already: later reads are the view's own),
 * null when the click's read is not the one asked for or failed (the view reads the page itself).
 */
function takeClickRead(tabId: number, { hide, keep, cleanup }: ReadRequest): Promise<ClickTaken | null> | undefined {
  const read = clickRead?.tabId === tabId && !keep?.length ? clickRead : undefined;
  clickRead = undefined;
  return read?.answer.then((taken) => (taken && taken.hide.join() === hide.join() && taken.cleanup === cleanup ? taken : null));
}

/** The settings key in storage.sync (as in shared/settings-store.ts). */
const SETTINGS_KEY = 'settings';

/**
 * Reading a tab on the browser's own API (shared/extension-api.ts): no webextension-polyfill and
 * no UI code, so the view's first script (boot.ts) can start reading before the UI has loaded. The
 * page extracts (stage 1); the article is finished and sanitised here, in the view. A view a
 * toolbar click opened (Chrome) takes what the click read instead (background/read-on-click.ts):
 * the article the page finished, or the page's extraction to finish here.
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
    const { hide, keep, cleanup } = request;
    const click = takeClickRead(tabId, request);
    const last = await lastArticle();
    const kept = last?.tabId === tabId && last.cleanup === cleanup ? last : undefined;
    let answered = false;
    const warmUp = () => void finisher().then(({ warmUpFinishing }) => whenIdle(() => answered || warmUpFinishing(window)));
    // A first reading of the tab: stage 2 loads now, and runs once on a sample while the page reads.
    // A click's read often comes finished: stage 2 loads only when it keeps the view waiting.
    if (!kept && !click) warmUp();
    const early = click ? setTimeout(warmUp, DEFAULT_UNCHANGED_WAIT_MS) : kept ? setTimeout(finisher, DEFAULT_UNCHANGED_WAIT_MS) : undefined;
    const settle = () => {
      answered = true;
      clearTimeout(early);
    };
    let taken = await click?.finally(settle);
    if (taken && 'result' in taken) {
      performance.mark('lectern-click-read', { detail: 'finished' });
      const { result, version } = taken;
      if (result.ok && version) keepArticle({ tabId, version, cleanup, article: result.article });
      return result;
    }
    // The click asked with the version kept then; one kept since is read for anew.
    if (taken && 'unchanged' in taken.answer && taken.answer.version !== kept?.version) taken = null;
    if (taken) performance.mark('lectern-click-read', { detail: 'unchanged' in taken.answer ? 'unchanged' : 'extracted' });
    const answer = taken ? taken.answer : await readPageInTab(tabId, hide, keep, kept?.version).finally(settle);
    performance.mark('lectern-extracted');
    // The page vouches for the version only while it is unchanged and asked for the same removals.
    if ('unchanged' in answer && kept?.version === answer.version) {
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
