import { extensionApi } from '../shared/extension-api.ts';
import { documentReadyState, readFinishedInTab } from '../shared/read-tab.ts';
import { openReaderTab } from '../shared/reader-tab.ts';
import { restrictedReason } from '../shared/restricted-url.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { removalsFor } from '../shared/settings.ts';
import { hostOf } from '../shared/site-hosts.ts';
import { type ClickAnswer, clickReadStore } from './click-reads.ts';

/**
 * Chrome: the toolbar button opens the reading view from the worker rather than as the manifest's
 * popup, so reading the page starts at the click. The browser takes over 100 ms from a click to the
 * popup's first byte, and the view another 30 to run its first script: the page reads and finishes
 * the article in that time (content/finish-script.ts), and the view takes it (`take-click-read`)
 * and has only to render it. The manifest keeps the popup: Firefox opens it as before, and so does
 * Chrome until the worker has run once and turned it off.
 */
export const VIEW_PAGE = 'src/popup/popup.html';

const reads = clickReadStore();

export const takeClickRead = (tabId: number): Promise<ClickAnswer> => reads.take(tabId);

/**
 * Any failure is null: the view then reads the tab itself and reports what went wrong, as for a
 * view opened any other way.
 */
async function readClicked(tabId: number, url: string | undefined, loading: boolean): Promise<ClickAnswer> {
  try {
    // As the view does: a tab still loading is read once its document is (its last requests may linger).
    if (loading && (await documentReadyState(tabId)) !== 'complete') return null;
    const { hide, cleanup } = removalsFor(await loadSettings(), hostOf(url));
    return { hide, cleanup, result: await readFinishedInTab(tabId, hide, cleanup) };
  } catch {
    return null;
  }
}

/**
 * A click on the toolbar button (or its shortcut): opens the view as the popup, on this tab
 * (`?clicked=`), and reads the page meanwhile. A page still loading is left for the view, which
 * asks the user to wait, and a page no extension may script for it to explain. Where the popup
 * cannot open (no focused window), the view opens in a tab.
 */
export async function openViewOnClick(tab: chrome.tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  const action = extensionApi().action;
  const opening = action.setPopup({ tabId, popup: `${VIEW_PAGE}?clicked=${tabId}` }).then(() => action.openPopup({ windowId: tab.windowId }));
  if (!restrictedReason(tab.url)) reads.hold(tabId, readClicked(tabId, tab.url, tab.status === 'loading'));
  try {
    await opening;
  } catch {
    await openReaderTab(tabId);
  } finally {
    await action.setPopup({ tabId, popup: '' }).catch(() => {});
  }
}

/** Turns the manifest's popup off, so a click reaches openViewOnClick (Chrome only: see VIEW_PAGE). */
export function clickOpensView(): void {
  void extensionApi().action.setPopup({ popup: '' });
}
