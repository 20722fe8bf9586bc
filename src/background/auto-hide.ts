import { browser, sendToTab } from '../shared/browser.ts';
import { restrictedReason } from '../shared/restricted-url.ts';
import type { Settings } from '../shared/settings.ts';
import { hiddenCategoriesFor } from '../shared/settings.ts';
import { ensureLiveScript } from '../shared/read-tab.ts';
import { hostOf, siteRuleFor } from '../shared/site-hosts.ts';

/** Whether appeals should be hidden on this host's live pages without a click. */
export function wantsAutoHide(settings: Settings, host: string): boolean {
  const site = siteRuleFor(settings.sites, host)?.rule;
  if (site?.disabled) return false;
  return site?.hideOnPage ?? settings.hideOnPageEverywhere;
}

/**
 * Hides appeals on a freshly loaded page when the user asked for it on that site, and only where
 * the host permission was granted (the optional permission; nothing is injected otherwise).
 */
export async function autoHide(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  if (!url || restrictedReason(url)) return;
  const host = hostOf(url);
  if (!host || !wantsAutoHide(settings, host)) return;
  const origin = `${new URL(url).origin}/*`;
  if (!(await browser.permissions.contains({ origins: [origin] }))) return;
  await ensureLiveScript(tabId);
  await sendToTab(tabId, { type: 'hide-on-page', hide: hiddenCategoriesFor(settings, host) });
}
