import { browser, sendToTab } from '../shared/browser.ts';
import { ensureLiveScript } from '../shared/read-tab.ts';
import { openReaderTab } from '../shared/reader-tab.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store.ts';
import type { Platform } from './platform.ts';
import { readingPlatform } from './reading-platform.ts';
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
