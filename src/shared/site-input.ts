import { toUnicode } from 'punycode.js';
import { parse } from 'tldts/dist/index.esm.min.js';
import { siteKey } from './site-hosts.ts';

/**
 * What a site rule covers. `domain`: a registrable domain (`example.com`, `example.co.uk`,
 * `someone.github.io`) and every subdomain of it; `subdomain`: a host below one
 * (`news.example.co.uk`) and its own subdomains, not the rest of the domain; `host`: that host only
 * (an IP address or a one-word name such as `localhost`).
 */
export type SiteScope = 'domain' | 'subdomain' | 'host';

export type SiteInput =
  | { ok: true; site: string; scope: SiteScope; domain: string | null }
  | { ok: false; reason: 'empty' | 'invalid' }
  /** `host`: the public suffix that was typed (`co.uk`), to name it in the message. */
  | { ok: false; reason: 'public-suffix'; host: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `mailto:…`, `javascript:…`: a scheme without `//` (but `host:8080`, a port, is fine). */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\/\/|\d)/i;

/**
 * Reads a site the way people type or paste one: `example.com`, `www.example.com`,
 * `https://example.com:8443/news/a.html`, `*.example.com`, `bücher.de`. Schemes, ports, paths and a
 * leading `www.` are dropped; IDN becomes punycode (what the browser reports as a page's host).
 * Public suffixes (`co.uk`, `github.io`) are refused: a rule there would cover unrelated sites.
 */
export function parseSiteInput(input: string): SiteInput {
  const trimmed = input.trim().replace(/^\*?\./, '');
  if (!trimmed) return { ok: false, reason: 'empty' };
  if (OTHER_SCHEME.test(trimmed)) return { ok: false, reason: 'invalid' };
  let hostname: string;
  try {
    const url = new URL(SCHEME.test(trimmed) ? trimmed : `http://${trimmed}`);
    if (!['http:', 'https:'].includes(url.protocol)) return { ok: false, reason: 'invalid' };
    hostname = url.hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  let host = siteKey(hostname);
  if (!host) return { ok: false, reason: 'invalid' };
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp || host.startsWith('[')) return { ok: true, site: host, scope: 'host', domain: null };
  const domain = parsed.domain;
  if (!domain) {
    // A name with no registrable part: a public suffix, or a local one-word name.
    if (host.includes('.') || parsed.isIcann || parsed.isPrivate) return { ok: false, reason: 'public-suffix', host };
    return { ok: true, site: host, scope: 'host', domain: null };
  }
  if (host.startsWith('www.') && host !== domain) host = host.slice(4);
  return { ok: true, site: host, scope: host === domain ? 'domain' : 'subdomain', domain };
}

/** How a stored rule's key reads to a person: IDN in its own script. */
export function displaySite(site: string): string {
  try {
    return toUnicode(site);
  } catch {
    return site;
  }
}

/** The scope of a stored rule's key (keys were checked by parseSiteInput when added). */
export function scopeOf(site: string): { scope: SiteScope; domain: string | null } {
  const parsed = parseSiteInput(site);
  return parsed.ok ? { scope: parsed.scope, domain: parsed.domain } : { scope: 'host', domain: null };
}

/** Host-permission patterns for the pages a rule covers (what to ask the browser for). */
export function originPatterns(site: string, scope: SiteScope): string[] {
  return scope === 'host' ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`];
}
