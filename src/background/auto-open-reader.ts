import { DEFAULT_READERABLE_MIN_CHARS, DEFAULT_READERABLE_MIN_SCORE, looksLikeArticle } from '../core/extract/looks-like-article.ts';
import { browser } from '../shared/browser.ts';
import { openReaderTab } from '../shared/reader-tab.ts';
import { restrictedReason } from '../shared/restricted-url.ts';
import { type Settings, wantsReaderTab } from '../shared/settings.ts';
import { hostOf } from '../shared/site-hosts.ts';

/**
 * The page each tab last had a reader opened for: loading it again (a reload, a `complete` sent
 * twice) does not open a second one. Kept while the service worker lives.
 */
const opened = new Map<number, string>();

export function forgetTab(tabId: number): void {
  opened.delete(tabId);
}

/**
 * "Always open the reading view here": when a page of such a site has loaded and looks like an
 * article, opens the full-tab reader for it next to it. Only where the user gave Lectern access to
 * the site; nothing is injected otherwise. Resolves true when a reader was opened.
 */
export async function autoOpenReader(tabId: number, url: string | undefined, settings: Settings): Promise<boolean> {
  if (!url || restrictedReason(url)) return false;
  const host = hostOf(url);
  if (!host || !wantsReaderTab(settings, host)) return false;
  if (opened.get(tabId) === url) return false;
  if (!(await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }))) return false;
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: looksLikeArticle,
    args: [DEFAULT_READERABLE_MIN_CHARS, DEFAULT_READERABLE_MIN_SCORE],
  });
  if (probe?.result !== true || opened.get(tabId) === url) return false;
  opened.set(tabId, url);
  await openReaderTab(tabId);
  return true;
}
