import readingScript from '../content/content-script.ts?script&iife';
import liveScript from '../content/live-script.ts?script&iife';
import saveScript from '../content/save-script.ts?script&iife';
import type { AppealCategory } from '../core/article.ts';
import { extensionApi } from '../shared/extension-api.ts';
import { type Message, type Response, unwrap } from '../shared/messages.ts';
import { callInPage, READING_HANDLE } from '../shared/page-call.ts';

/**
 * Injects one of the content scripts; each registers once, so injecting again is harmless. The path
 * is absolute: Firefox resolves a relative one against the calling page (src/popup/ for the view),
 * Chrome against the extension root. Firefox also reports a script that failed to load in the
 * frame's result instead of rejecting.
 */
async function inject(tabId: number, file: string): Promise<void> {
  const [frame] = await extensionApi().scripting.executeScript({
    target: { tabId },
    files: [`/${file.replace(/^\//, '')}`],
    injectImmediately: true,
  });
  const error = (frame as { error?: unknown } | undefined)?.error;
  if (error !== undefined) throw new Error(error instanceof Error ? error.message : String(error));
}

/** Injects the live-page script (idempotent) so it can answer `hide-on-page` and `restore-page`. */
export const ensureLiveScript = (tabId: number) => inject(tabId, liveScript);

/** Injects the saving script (idempotent) so it can answer `read-for-saving` and `embed-images`. */
export const ensureSaveScript = (tabId: number) => inject(tabId, saveScript);

/** Calls the reading script in the tab's top frame; null when it is not injected there yet. */
async function callReadingScript(tabId: number, message: Message<'read-article'>): Promise<unknown> {
  const [frame] = await extensionApi().scripting.executeScript({
    target: { tabId },
    func: callInPage,
    args: [READING_HANDLE, message],
    injectImmediately: true,
  });
  const error = (frame as { error?: unknown } | undefined)?.error;
  if (error !== undefined) throw new Error(error instanceof Error ? error.message : String(error));
  return frame?.result ?? null;
}

/**
 * Stage 1 of reading, in the tab: asks the reading script for the page's extraction, injecting the
 * script only when the call finds it missing (the first reading of a page). Opening the view again
 * on the page is one call (and no extraction while the page is unchanged: `reused`, or only
 * `unchanged` when `since` names the version the caller holds); the first time it is a cheap call,
 * the injection, and the call again.
 * Rejects when the tab cannot be scripted.
 */
export async function readPageInTab(tabId: number, hide: AppealCategory[], keep?: string[], since?: string): Promise<Response<'read-article'>> {
  const message: Message<'read-article'> = { type: 'read-article', hide, ...(keep?.length ? { keep } : {}), ...(since ? { since } : {}) };
  let reply = await callReadingScript(tabId, message);
  if (reply === null) {
    await inject(tabId, readingScript);
    performance.mark('lectern-injected');
    reply = await callReadingScript(tabId, message);
  }
  return unwrap<'read-article'>(reply);
}
