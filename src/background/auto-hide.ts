import { browser, sendToTab } from '../shared/browser.ts';
import { hostPattern } from '../shared/host-pattern.ts';
import { restrictedReason } from '../shared/restricted-url.ts';
import type { Settings } from '../shared/settings.ts';
import { hiddenCategoriesFor } from '../shared/settings.ts';
import { ensureLiveScript } from '../popup/read-tab.ts';
import { safeHost } from './save-tab.ts';

/** Whether appeals should be hidden on this host's live pages without a click. */
export function wantsAutoHide(settings: Settings, host: string): boolean {
  const site = settings.sites[host.toLowerCase()];
  if (site?.disabled) return false;
  return site?.hideOnPage ?? settings.hideOnPageEverywhere;
}

/**
 * Hides appeals on a freshly loaded page when the user asked for it on that site, and only where
 * the host permission was granted (the optional permission; nothing is injected otherwise).
 */
export async function autoHide(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  if (!url || restrictedReason(url)) return;
  const host = safeHost(url);
  if (!host || !wantsAutoHide(settings, host)) return;
  const origin = hostPattern(url);
  if (!origin || !(await browser.permissions.contains({ origins: [origin] }))) return;
  await ensureLiveScript(tabId);
  await sendToTab(tabId, { type: 'hide-on-page', hide: hiddenCategoriesFor(settings, host) });
}
