import contentScript from '../content/content-script.ts?script&iife';
import liveScript from '../content/live-script.ts?script&iife';
import type { AppealCategory, ReadResult } from '../core/article.ts';
import { browser, sendToTab } from '../shared/browser.ts';
import { injectionRefusal, restrictedReason } from '../shared/restricted-url.ts';

/**
 * Injects one of the built scripts into a tab's top frame. The path is absolute: Firefox resolves a
 * relative one against the calling page (src/popup/ for the view), Chrome against the extension root.
 * Firefox also reports a script that failed to load in the frame's result instead of rejecting.
 */
async function injectFile(tabId: number, file: string): Promise<void> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [`/${file.replace(/^\//, '')}`] });
  const error = (frame as { error?: unknown } | undefined)?.error;
  if (error !== undefined) throw new Error(error instanceof Error ? error.message : String(error));
}

/** Injects the reading script into a tab (idempotent) so it can answer `read-article`. */
export async function ensureContentScript(tabId: number): Promise<void> {
  await injectFile(tabId, contentScript);
}

/** Injects the live-page script (idempotent) so it can answer `hide-on-page` and `restore-page`. */
export async function ensureLiveScript(tabId: number): Promise<void> {
  await injectFile(tabId, liveScript);
}

/** Extracts the article of a tab, turning every failure into a ReadResult the view can show. */
export async function readTab(tabId: number, hide: AppealCategory[]): Promise<ReadResult> {
  const tab = await browser.tabs.get(tabId);
  // `message` carries a RestrictedReason code, translated where it is shown.
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, reason: 'restricted', message: restricted.reason };
  try {
    await ensureContentScript(tabId);
  } catch (error) {
    return { ok: false, reason: 'restricted', message: injectionRefusal(error) ?? 'restricted-no-access' };
  }
  return sendToTab(tabId, { type: 'read-article', hide });
}
