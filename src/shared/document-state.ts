import { extensionApi } from './extension-api.ts';

/**
 * The tab's `document.readyState`, or null when the tab cannot be scripted. The call runs once the
 * document is parsed, so a document still arriving answers when it has.
 */
export async function documentReadyState(tabId: number): Promise<DocumentReadyState | null> {
  const [result] = await extensionApi()
    .scripting.executeScript({ target: { tabId }, func: () => document.readyState })
    .catch(() => []);
  return (result?.result as DocumentReadyState | undefined) ?? null;
}

/**
 * Whether a document in `state` can be read: parsed, whether or not its images, frames and ads have
 * loaded. The view and the worker's click read wait for the same.
 */
export const isParsed = (state: DocumentReadyState | null): boolean => state === 'interactive' || state === 'complete';
