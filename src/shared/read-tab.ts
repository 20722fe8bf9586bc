import readingScript from '../content/content-script.ts?script&iife';
import finishingScript from '../content/finish-script.ts?script&iife';
import liveScript from '../content/live-script.ts?script&iife';
import saveScript from '../content/save-script.ts?script&iife';
import type { AppealCategory, ReadResult } from '../core/article.ts';
import { extensionApi } from '../shared/extension-api.ts';
import { type Message, type Response, unwrap } from '../shared/messages.ts';
import { callInPage, FINISHED_HANDLE, FINISHED_WAITERS, READING_HANDLE, READING_WAITERS } from '../shared/page-call.ts';

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

/** A script answering calls in the page (shared/page-call.ts): its file and the two names it uses. */
interface PageScript {
  file: string;
  handle: string;
  waiters: string;
}

const READING: PageScript = { file: readingScript, handle: READING_HANDLE, waiters: READING_WAITERS };
const FINISHING: PageScript = { file: finishingScript, handle: FINISHED_HANDLE, waiters: FINISHED_WAITERS };

/**
 * Calls `script` in the tab's top frame; null when it is not injected there yet, unless `wait`:
 * then the call waits in the page until the script is there (page-call.ts). A `message` the script
 * refuses (null) answers at once that it is there, and nothing else.
 */
async function callScript(tabId: number, script: PageScript, message: Message | null, wait = false): Promise<unknown> {
  const [frame] = await extensionApi().scripting.executeScript({
    target: { tabId },
    func: callInPage,
    args: wait ? [script.handle, message, script.waiters] : [script.handle, message],
    injectImmediately: true,
  });
  const error = (frame as { error?: unknown } | undefined)?.error;
  if (error !== undefined) throw new Error(error instanceof Error ? error.message : String(error));
  return frame?.result ?? null;
}

/**
 * A first call: the injection and a call that waits in the page go out together, so the page
 * answers as soon as the script has set up, with no round trip in between. Once the injection is
 * done, a call that does not wait tells a script that failed to start (null, no reply) from one
 * still busy with the call.
 */
function injectAndCall(tabId: number, script: PageScript, message: Message): Promise<unknown> {
  const started = inject(tabId, script.file).then(async () => {
    if ((await callScript(tabId, script, null)) === null) return null;
    return new Promise<never>(() => {});
  });
  return Promise.race([callScript(tabId, script, message, true), started]);
}

/**
 * Stage 2 of reading in the tab (content/finish-script.ts), on the reading script's extraction:
 * the finished, sanitised article, for the view a toolbar click opens. Rejects when the tab cannot
 * be scripted.
 */
export async function readFinishedInTab(tabId: number, hide: AppealCategory[], cleanup: boolean): Promise<ReadResult> {
  return unwrap<'read-finished'>(await injectAndCall(tabId, FINISHING, { type: 'read-finished', hide, cleanup }));
}

/**
 * Stage 1 of reading, in the tab: asks the reading script for the page's extraction. When the
 * caller holds a reading of the page (`since`, the version it holds), the script is most likely
 * there: one call (no extraction while the page is unchanged: `unchanged`), and the injection only
 * when the call finds it missing. Otherwise the script is injected along with the call
 * (injectAndCall); where it was there after all, the call answers at once (from the page's kept
 * extraction, `reused`, while the page is unchanged) and the injection registers nothing.
 * Rejects when the tab cannot be scripted.
 */
export async function readPageInTab(tabId: number, hide: AppealCategory[], keep?: string[], since?: string): Promise<Response<'read-article'>> {
  const message: Message<'read-article'> = { type: 'read-article', hide, ...(keep?.length ? { keep } : {}), ...(since ? { since } : {}) };
  if (!since) return unwrap<'read-article'>(await injectAndCall(tabId, READING, message));
  let reply = await callScript(tabId, READING, message);
  if (reply === null) {
    await inject(tabId, READING.file);
    performance.mark('lectern-injected');
    reply = await callScript(tabId, READING, message);
  }
  return unwrap<'read-article'>(reply);
}
