import type { AppealCategory, ReadResult } from '../core/article.ts';
import { documentReadyState, isParsed } from '../shared/document-state.ts';
import { extensionApi } from '../shared/extension-api.ts';
import { keptVersion } from '../shared/kept-version.ts';
import type { PageAnswer, Response } from '../shared/messages.ts';
import { readFinishedInTab, readPageInTab } from '../shared/read-tab.ts';
import { openReaderTab } from '../shared/reader-tab.ts';
import { restrictedReason } from '../shared/restricted-url.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { removalsFor } from '../shared/settings.ts';
import { hostOf } from '../shared/site-hosts.ts';
import { clickReadStore } from './click-reads.ts';

/**
 * The toolbar button opens the reading view from the worker rather than as the manifest's
 * popup, so reading the page starts at the click, while the browser makes the popup (about 10 ms
 * to the popup page's start with the button pinned, 80–270 ms unpinned while the toolbar pops the
 * button out) and the view loads (about 30 ms to its first script). The page extracts the article
 * (the reading script) and then finishes it (content/finish-script.ts); the view takes what is
 * ready when the extraction is (`take-click-read`): the finished article, which it only has to
 * render, or the extraction, which it finishes itself with stage 2 warmed up while it waited. The
 * page finishes nothing the view asked for before it was extracted. On a tab the view kept an
 * article of, the page first says whether it is unchanged since: the view then shows that article.
 * The manifest keeps the popup: the browser opens it as before until the worker (Firefox: the
 * background page) has run once and turned it off.
 */
export const VIEW_PAGE = 'src/popup/popup.html';

/** A click's read under way: the removals it asked for, the extraction, and the finishing after it. */
interface ClickReading {
  hide: AppealCategory[];
  cleanup: boolean;
  extracted: Promise<PageAnswer | null>;
  /** Set once the page has finished the article (null: it could not). */
  finished?: ReadResult | null;
  /** Set when the view asks for it: the page does not finish what the view will finish itself. */
  taken?: boolean;
}

const reads = clickReadStore<Promise<ClickReading | null>>();

/** What the click read of `tabId`, once the page has extracted it; taken once. */
export async function takeClickRead(tabId: number): Promise<Response<'take-click-read'>> {
  const reading = await reads.take(tabId);
  if (reading) reading.taken = true;
  const answer = await reading?.extracted;
  if (!reading || !answer) return null;
  const { hide, cleanup, finished } = reading;
  return finished ? { hide, cleanup, result: finished, version: answer.version } : { hide, cleanup, answer };
}

/**
 * Any failure is null: the view then reads the tab itself and reports what went wrong, as for a
 * view opened any other way.
 */
async function readClicked(tabId: number, url: string | undefined, loading: boolean): Promise<ClickReading | null> {
  try {
    // As the view does: a document still arriving is left for the view, which asks the user to wait.
    if (loading && !isParsed(await documentReadyState(tabId))) return null;
    const [settings, kept] = await Promise.all([loadSettings(), keptVersion()]);
    const { hide, cleanup } = removalsFor(settings, hostOf(url));
    // The view kept an article of this tab: while the page is unchanged since, it answers `unchanged`.
    const since = kept?.tabId === tabId && kept.cleanup === cleanup ? kept.version : undefined;
    const reading: ClickReading = { hide, cleanup, extracted: readPageInTab(tabId, hide, undefined, since).catch(() => null) };
    void reading.extracted.then(async (answer) => {
      if (answer && 'ok' in answer && answer.ok && !reading.taken) reading.finished = await readFinishedInTab(tabId, hide, cleanup).catch(() => null);
    });
    return reading;
  } catch {
    return null;
  }
}

/**
 * A click on the toolbar button (or its shortcut): opens the view as the popup, on this tab
 * (`?clicked=`), and reads the page meanwhile. A document still arriving is left for the view, which
 * asks the user to wait, and a page no extension may script for it to explain. Where the popup
 * cannot open (no focused window), the view opens in a tab.
 */
export async function openViewOnClick(tab: chrome.tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  const action = extensionApi().action;
  const popup = action.setPopup({ tabId, popup: `${VIEW_PAGE}?clicked=${tabId}` });
  // Firefox opens a popup only while the click is being handled: asked at once, after the popup
  // was set (the calls reach the browser in order). Chrome opens it once the popup is set.
  const opening = __LECTERN_BROWSER__ === 'firefox' ? Promise.all([popup, action.openPopup()]) : popup.then(() => action.openPopup({ windowId: tab.windowId }));
  if (!restrictedReason(tab.url)) reads.hold(tabId, readClicked(tabId, tab.url, tab.status === 'loading'));
  try {
    await opening;
  } catch {
    await openReaderTab(tabId);
  } finally {
    await action.setPopup({ tabId, popup: '' }).catch(() => {});
  }
}

/** Turns the manifest's popup off, so a click reaches openViewOnClick (see VIEW_PAGE). */
export function clickOpensView(): void {
  void extensionApi().action.setPopup({ popup: '' });
}
