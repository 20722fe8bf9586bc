import { browser, sendToTab } from '../shared/browser.ts';
import { optionsPlatform } from '../options/platform-browser.ts';
import type { Platform } from './platform.ts';
import { readingPlatform } from './reading-platform.ts';
import { ensureLiveScript } from './read-tab.ts';
import { copyArticle, saveArticle } from './save-article.ts';

/** The Platform backed by the real extension APIs (webextension-polyfill, except for reading). */
export const browserPlatform: Platform = {
  // Reading works without the polyfill (the view's first script runs it before this loads).
  ...readingPlatform,
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
    const url = browser.runtime.getURL(`src/popup/popup.html?tab=${tabId}&full=1`);
    const source = await browser.tabs.get(tabId).catch(() => undefined);
    await browser.tabs.create({ url, index: source ? source.index + 1 : undefined, windowId: source?.windowId });
    window.close();
  },
  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
  save: (article, format, limits) => saveArticle(article, format, limits),
  copy: (article, format) => copyArticle(article, format),
  closeView: () => window.close(),
  // Settings and the all-sites permission work as on the options page.
  ...optionsPlatform,
};
