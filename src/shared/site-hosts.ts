/**
 * Host names as site rules use them. No Public Suffix List here (it weighs 50 KB gzip and this file
 * is in the reading view and the service worker): keys are checked against it when a rule is typed
 * (site-input.ts), and matching only walks up from the page's host to a stored key.
 */

/** The host name of a URL (lowercase, ASCII, no port, no trailing dot); '' when it has none. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const HOST_KEY = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6_KEY = /^\[[0-9a-f:.]+\]$/;

/**
 * The stored form of a site rule's key, or null when `key` is not a host name: lowercase ASCII
 * (IDN as punycode, as `URL.hostname` gives it), no port, no trailing dot.
 */
export function siteKey(key: string): string | null {
  const host = key.trim().toLowerCase().replace(/\.$/, '');
  if (IPV6_KEY.test(host)) return host;
  const withoutPort = host.replace(/:\d{1,5}$/, '');
  return withoutPort.length <= 253 && HOST_KEY.test(withoutPort) ? withoutPort : null;
}

const isIp = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');

/**
 * The rule that applies to a page's host: its own, else the nearest parent domain's (a rule for
 * `example.com` covers `www.example.com` and `news.example.com`). IP addresses match exactly.
 */
export function siteRuleFor<T>(sites: Readonly<Record<string, T>>, host: string): { site: string; rule: T } | null {
  let candidate = host.toLowerCase().replace(/\.$/, '');
  while (candidate) {
    if (Object.hasOwn(sites, candidate)) return { site: candidate, rule: sites[candidate] as T };
    if (isIp(candidate)) return null;
    const dot = candidate.indexOf('.');
    candidate = dot === -1 ? '' : candidate.slice(dot + 1);
  }
  return null;
}
