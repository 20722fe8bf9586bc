import { browser, sendToTab } from '../shared/browser.ts';
import { openReaderTab } from '../shared/reader-tab.ts';
import type { PageText, Platform, TabInfo } from './platform.ts';
import { ensureContentScript, ensureLiveScript } from '../shared/read-tab.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store.ts';
import { copyArticle, saveArticle } from './save-article.ts';

const toTabInfo = (tab: browser.Tabs.Tab | undefined): TabInfo | null =>
  tab?.id === undefined
    ? null
    : { id: tab.id, url: tab.url ?? tab.pendingUrl, status: tab.status === 'loading' ? 'loading' : tab.status === 'complete' ? 'complete' : undefined };

/**
 * No script in the page answered: none is there, or only the live-page script, which leaves
 * `read-article` alone (Chrome then says the port closed; Firefox resolves with no reply).
 */
const NOT_INJECTED = /Receiving end does not exist|Could not establish connection|message port closed|No reply from the page/i;

/**
 * Sends a message to the tab's content script, injecting the script only when it is not there yet:
 * opening the view again on the same page skips compiling the script a second time.
 */
async function withContentScript<T>(tabId: number, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!NOT_INJECTED.test(error instanceof Error ? error.message : String(error))) throw error;
  }
  await ensureContentScript(tabId);
  performance.mark('lectern-injected');
  return send();
}

/** Runs in the page: the selection if there is one, else the visible text of the body. */
function collectPageText(): { source: 'selection' | 'page'; title: string; text: string } {
  const selection = String(getSelection() ?? '').trim();
  if (selection) return { source: 'selection', title: document.title, text: selection };
  return { source: 'page', title: document.title, text: document.body?.innerText ?? '' };
}

/** The Platform backed by the real extension APIs (webextension-polyfill). */
export const browserPlatform: Platform = {
  async targetTab(search) {
    const param = new URLSearchParams(search).get('tab');
    if (param && /^\d+$/.test(param)) return this.getTab(Number(param));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return toTabInfo(tab);
  },
  async getTab(tabId) {
    return toTabInfo(await browser.tabs.get(tabId).catch(() => undefined));
  },
  async readyState(tabId) {
    const [result] = await browser.scripting
      .executeScript({ target: { tabId }, func: () => document.readyState })
      .catch(() => []);
    return (result?.result as DocumentReadyState | undefined) ?? null;
  },
  readArticle: (tabId, hide, keep) =>
    withContentScript(tabId, () => sendToTab(tabId, { type: 'read-article', hide, ...(keep?.length ? { keep } : {}) })),
  async pageText(tabId) {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: collectPageText });
    return result?.result as PageText;
  },
  // Hiding on the page is rare and the live-page script guards against a second start, so it is
  // injected every time rather than probed for first.
  async hideOnPage(tabId, hide, keep) {
    await ensureLiveScript(tabId);
    return (await sendToTab(tabId, { type: 'hide-on-page', hide, ...(keep?.length ? { keep } : {}) })).hidden;
  },
  async restorePage(tabId) {
    await ensureLiveScript(tabId);
    return (await sendToTab(tabId, { type: 'restore-page' })).restored;
  },
  async reloadTab(tabId) {
    await browser.tabs.reload(tabId);
  },
  async openReaderTab(tabId) {
    await openReaderTab(tabId);
    window.close();
  },
  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
  save: (article, format, options) => saveArticle(article, format, options),
  copy: (article, format) => copyArticle(article, format),
  closeView: () => window.close(),
  loadSettings,
  saveSettings,
  onSettingsChanged,
};
