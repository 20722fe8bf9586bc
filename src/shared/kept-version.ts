import { extensionApi } from './extension-api.ts';

/**
 * Which reading the last view kept an article of (popup/last-article.ts), stored beside that article
 * under a key of its own: the worker asks the page whether it is unchanged since this version on a
 * toolbar click without loading the whole article.
 */
export interface KeptVersion {
  tabId: number;
  /** The page's version of the reading (content-script.ts), unique to that extraction. */
  version: string;
  /** Whether clutter was taken out: stage 2's own option (hide and keep are the page's to check). */
  cleanup: boolean;
}

export const KEPT_VERSION_KEY = 'lastArticleVersion';

/** storage.session (the browser's memory, for the extension's own pages only), where it exists. */
export function sessionArea(): chrome.storage.StorageArea | undefined {
  try {
    return extensionApi().storage?.session;
  } catch {
    return undefined;
  }
}

/** The version kept, if there is one (of any tab: compare `tabId`). */
export async function keptVersion(): Promise<KeptVersion | undefined> {
  try {
    const kept = (await sessionArea()?.get(KEPT_VERSION_KEY))?.[KEPT_VERSION_KEY] as KeptVersion | undefined;
    return typeof kept?.tabId === 'number' && typeof kept.version === 'string' ? kept : undefined;
  } catch {
    return undefined;
  }
}
