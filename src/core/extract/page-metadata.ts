/**
 * Metadata read from the page head and structured data, before Readability strips scripts:
 * JSON-LD, Open Graph, `<meta>` and `<time>`. Fills what Readability leaves empty.
 */

export interface PageMetadata {
  publishedTime: string | null;
  leadImage: string | null;
  byline: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|Posting|WebPage/;

type Json = Record<string, unknown>;

function asObjects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (value && typeof value === 'object') {
    const obj = value as Json;
    return obj['@graph'] ? [obj, ...asObjects(obj['@graph'])] : [obj];
  }
  return [];
}

function typeOf(obj: Json): string {
  const t = obj['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** The first Article-like JSON-LD object (articles before generic web pages). */
function jsonLdArticle(doc: Document): Json | null {
  const objects: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      objects.push(...asObjects(JSON.parse(script.textContent ?? '')));
    } catch {
      // Broken JSON-LD is common; ignore that block.
    }
  }
  const articles = objects.filter((o) => ARTICLE_TYPES.test(typeOf(o)));
  return articles.find((o) => !/WebPage/.test(typeOf(o))) ?? articles[0] ?? null;
}

function firstString(value: unknown, key?: string): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = firstString(v, key);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === 'object' && key) return firstString((value as Json)[key]);
  return null;
}

function meta(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    if (value?.trim()) return value.trim();
  }
  return null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
  '[itemprop="datePublished"][datetime]',
] as const;

const IMAGE_META = [
  'meta[property="og:image:secure_url"]',
  'meta[property="og:image"]',
  'meta[name="og:image"]',
  'meta[name="twitter:image"]',
  'meta[property="twitter:image"]',
  'meta[name="twitter:image:src"]',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EARLIEST_YEAR = 1990;

/** ISO 8601 for a date string or epoch seconds, or null when it is not a plausible date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (ISO_DATE.test(value)) return value.replace(' ', 'T');
  const ms = /^\d{10}$/.test(value) ? Number(value) * 1000 : /^\d{13}$/.test(value) ? Number(value) : Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < EARLIEST_YEAR || year > new Date().getUTCFullYear() + 1) return null;
  return date.toISOString();
}

/** Resolves `url` against `base`; null when it is not an http(s) or protocol-relative URL. */
export function absoluteHttpUrl(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function authorNames(value: unknown): string | null {
  const names = (Array.isArray(value) ? value : [value])
    .map((a) => (typeof a === 'string' ? a : firstString(a, 'name')))
    .filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length ? [...new Set(names)].join(', ') : null;
}

function normalizeLang(value: string | null): string | null {
  const v = value?.trim().split(/[,;\s]/)[0];
  return v && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(v) ? v.replace(/_/g, '-') : null;
}

const RTL_LANGS = /^(?:ar|arc|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)(?:-|$)/i;

function pageDir(doc: Document, lang: string | null): 'ltr' | 'rtl' | null {
  const dir = (doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  return lang && RTL_LANGS.test(lang) ? 'rtl' : null;
}

/** Reads metadata from `doc` without changing it. Each source is optional; failures yield nulls. */
export function readPageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = jsonLdArticle(doc);
  const publishedTime =
    normalizeDate(firstString(ld?.datePublished)) ??
    normalizeDate(meta(doc, DATE_META)) ??
    normalizeDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  const leadImage =
    absoluteHttpUrl(meta(doc, IMAGE_META), pageUrl) ??
    absoluteHttpUrl(firstString(ld?.image, 'url'), pageUrl) ??
    absoluteHttpUrl(doc.querySelector('link[rel="image_src"]')?.getAttribute('href'), pageUrl);
  const lang =
    normalizeLang(doc.documentElement?.getAttribute('lang') ?? null) ??
    normalizeLang(meta(doc, ['meta[http-equiv="content-language" i]', 'meta[property="og:locale"]'])) ??
    normalizeLang(firstString(ld?.inLanguage));
  return {
    publishedTime,
    leadImage,
    byline: authorNames(ld?.author),
    lang,
    dir: pageDir(doc, lang),
  };
}
