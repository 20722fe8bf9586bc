import { browser, sendToTab } from '../shared/browser.ts';
import { hostPattern } from '../shared/host-pattern.ts';
import { restrictedReason } from '../shared/restricted-url.ts';
import { hiddenCategoriesFor, type Settings, wantsAutoHide } from '../shared/settings.ts';
import { ensureLiveScript } from '../shared/read-tab.ts';
import { hostOf } from '../shared/site-hosts.ts';

/**
 * Hides appeals on a freshly loaded page when the user asked for it on that site, and only where
 * the host permission was granted (the optional permission; nothing is injected otherwise).
 */
export async function autoHide(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  if (!url || restrictedReason(url)) return;
  const host = hostOf(url);
  if (!host || !wantsAutoHide(settings, host)) return;
  const origin = hostPattern(url);
  if (!origin || !(await browser.permissions.contains({ origins: [origin] }))) return;
  await ensureLiveScript(tabId);
  await sendToTab(tabId, { type: 'hide-on-page', hide: hiddenCategoriesFor(settings, host) });
}
