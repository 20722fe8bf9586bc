/** Why Lectern cannot read a tab, as a code; each has its own message (RESTRICTED_MESSAGE_KEYS). */
export type RestrictedReason =
  | 'restricted-browser'
  | 'restricted-extension'
  | 'restricted-store'
  | 'restricted-pdf'
  | 'restricted-other'
  | 'restricted-no-access';

/** The `_locales` message for each reason, translated where it is shown (the view, the badge title). */
export const RESTRICTED_MESSAGE_KEYS = {
  'restricted-browser': 'restrictedBrowser',
  'restricted-extension': 'restrictedExtension',
  'restricted-store': 'restrictedStore',
  'restricted-pdf': 'restrictedPdf',
  'restricted-other': 'restrictedOther',
  'restricted-no-access': 'restrictedNoAccess',
} as const satisfies Record<RestrictedReason, string>;

export const isRestrictedReason = (value: unknown): value is RestrictedReason =>
  typeof value === 'string' && Object.hasOwn(RESTRICTED_MESSAGE_KEYS, value);

/**
 * Pages the browser does not let extensions read: its own pages, other extensions, the web stores,
 * and the built-in PDF viewer. Returns why, or null when the page can be read. Without a URL (the
 * browser hides it when Lectern has no access to the tab) the reason is `restricted-no-access`.
 */
export function restrictedReason(url: string | undefined): { reason: RestrictedReason } | null {
  if (!url) return { reason: 'restricted-no-access' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { reason: 'restricted-no-access' };
  }
  const scheme = parsed.protocol;
  if (['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'view-source:', 'devtools:'].includes(scheme)) {
    return { reason: 'restricted-browser' };
  }
  if (['chrome-extension:', 'moz-extension:', 'extension:'].includes(scheme)) return { reason: 'restricted-extension' };
  const host = parsed.hostname;
  if (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  ) {
    return { reason: 'restricted-store' };
  }
  if (/\.pdf$/i.test(parsed.pathname)) return { reason: 'restricted-pdf' };
  if (!['http:', 'https:', 'file:'].includes(scheme)) return { reason: 'restricted-other' };
  return null;
}

/**
 * Classifies an error the browser gave when Lectern tried to run a script in a tab: which refusal
 * it is, or null when it is not a refusal (the page did not answer). The browser reports these only
 * as text; this is the one place that reads it.
 */
export function injectionRefusal(error: unknown): RestrictedReason | null {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Cannot access|cannot be scripted|Missing host permission|chrome:\/\/|extensions gallery/i.test(message)) return null;
  return /chrome:\/\/|cannot be scripted|extensions gallery/i.test(message) ? 'restricted-browser' : 'restricted-no-access';
}
