import { browser, handleMessages } from '../shared/browser.ts';
import { downloadText } from '../shared/download.ts';
import { fetchImageBytes } from '../shared/fetch-image.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { openReaderTab } from '../shared/reader-tab.ts';
import { autoHide } from './auto-hide.ts';
import { autoOpenReader, forgetTab } from './auto-open-reader.ts';
import { createContextMenus, MENU_READ, MENU_SAVE } from './context-menu.ts';
import { clickOpensView, openViewOnClick, takeClickRead } from './read-on-click.ts';
import { saveTabArticle } from './save-tab.ts';

// Listeners are registered synchronously at start-up so the browser can wake the worker for them.
handleMessages({
  'save-file': async ({ filename, content, mime }) => ({ downloadId: await downloadText(filename, content, mime) }),
  'fetch-image': async ({ url, maxBytes }) => {
    const got = await fetchImageBytes(url, maxBytes).catch(() => null);
    if (got === null || got === 'too-large') return got;
    return { base64: toBase64(got.bytes), type: got.type };
  },
  'set-badge': async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#264653' });
    return null;
  },
  'take-click-read': ({ tabId }) => takeClickRead(tabId),
});

browser.action.onClicked.addListener((tab) => void openViewOnClick(tab as chrome.tabs.Tab).catch(logError));
clickOpensView();
// Also when the browser starts, so the first click of a session reaches the worker.
browser.runtime.onStartup.addListener(clickOpensView);

browser.runtime.onInstalled.addListener(createContextMenus);

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (!tab?.id) return;
  if (info.menuItemId === MENU_READ) void openReaderTab(tab.id).catch(logError);
  if (info.menuItemId === MENU_SAVE) void saveTabArticle(tab.id, tab.url).catch(logError);
});

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete') return;
  void loadSettings()
    .then((settings) => Promise.all([autoHide(tabId, tab.url, settings), autoOpenReader(tabId, tab.url, settings)]))
    .catch(logError);
});

browser.tabs.onRemoved.addListener(forgetTab);

function logError(error: unknown): void {
  console.warn('Lectern:', error instanceof Error ? error.message : error);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
