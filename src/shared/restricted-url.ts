/**
 * Pages the browser does not let extensions read: its own pages, other extensions, the web stores,
 * and the built-in PDF viewer. Returns why, or null when the page can be read.
 */
export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'The browser does not let extensions read this tab.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The browser does not let extensions read this tab.';
  }
  const scheme = parsed.protocol;
  if (['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'view-source:', 'devtools:'].includes(scheme)) {
    return 'This is one of the browser’s own pages; extensions cannot read it.';
  }
  if (['chrome-extension:', 'moz-extension:', 'extension:'].includes(scheme)) {
    return 'This page belongs to an extension; other extensions cannot read it.';
  }
  const host = parsed.hostname;
  if (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  ) {
    return 'Browser stores do not let extensions read their pages.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return 'This is a PDF shown by the browser’s PDF viewer, which extensions cannot read.';
  }
  if (!['http:', 'https:', 'file:'].includes(scheme)) {
    return 'Lectern reads web pages only.';
  }
  return null;
}
