/**
 * Metadata read from the page head and structured data, before Readability strips scripts:
 * JSON-LD, Open Graph, `<meta>` and `<time>`. Fills what Readability leaves empty. Two halves: the
 * page only finds the candidates, as written (readPageMetadata, stage 1); where the article is
 * finished they are checked and normalised (pageMetadata, stage 2), the first valid one winning.
 */

export interface PageMetadata {
  publishedTime: string | null;
  leadImage: string | null;
  byline: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The text of the page's first h1: the headline as the reader sees it on the page. */
  h1: string | null;
}

/** What the page holds for each field, as written (stage 1); pageMetadata judges it. */
export interface PageMetadataFound {
  /** These fields of the page's Article-like JSON-LD object, as parsed; null without one. */
  ld: { datePublished?: unknown; image?: unknown; inLanguage?: unknown; author?: unknown } | null;
  /** The first date, image and language `<meta>` (Open Graph, Dublin Core, Content-Language…). */
  metaDate: string | null;
  metaImage: string | null;
  metaLang: string | null;
  /** The first `<time datetime>`, `<link rel="image_src">` and `<html lang>`. */
  time: string | null;
  imageLink: string | null | undefined;
  lang: string | null;
  /** The `dir` of `<html>`, else of `<body>`. */
  dir: string;
  h1: string | null;
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
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
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

/**
 * All `<meta>` values by lower-cased name, property, itemprop or http-equiv, first one wins. One pass
 * over the meta elements: many selector queries over a big page cost more than Readability itself.
 */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function first(values: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return value;
  }
  return null;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'date',
] as const;

const IMAGE_META = ['og:image:secure_url', 'og:image', 'twitter:image', 'twitter:image:src'] as const;

function firstTimeElement(doc: Document): string | null {
  for (const time of doc.getElementsByTagName('time')) {
    const value = time.getAttribute('datetime');
    if (value?.trim()) return value;
  }
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EARLIEST_YEAR = 1990;

/** ISO 8601 for a date string or epoch seconds, or null when it is not a plausible date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (ISO_DATE.test(value)) return value.replace(' ', 'T');
  // Without a four-digit year, engines invent one ("January 5" parses as 2001).
  if (!/^\d{10}(?:\d{3})?$/.test(value) && !/\b\d{4}\b/.test(value)) return null;
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

function normalizeLang(value: string | null): string | null | undefined {
  const v = value?.trim().split(/[,;\s]/)[0];
  return v && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(v) ? v.replace(/_/g, '-') : null;
}

const RTL_LANGS = /^(?:ar|arc|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)(?:-|$)/i;

/**
 * Stage 1, in the page: what `doc` holds for each field, read without changing it and without
 * judging it (pageMetadata does).
 */
export function readPageMetadata(doc: Document): PageMetadataFound {
  const ld = jsonLdArticle(doc);
  const metas = metaValues(doc);
  return {
    ld: ld && { datePublished: ld.datePublished, image: ld.image, inLanguage: ld.inLanguage, author: ld.author },
    metaDate: first(metas, DATE_META),
    metaImage: first(metas, IMAGE_META),
    metaLang: first(metas, ['content-language', 'og:locale']),
    time: firstTimeElement(doc),
    imageLink: doc.head?.querySelector('link[rel="image_src"]')?.getAttribute('href'),
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    dir: doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir') || '',
    h1: doc.body?.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null,
  };
}

/** The first candidate `normalize` does not refuse (null or undefined); an empty string counts. */
function firstValid<T>(candidates: readonly T[], normalize: (value: T) => string | null | undefined): string | null {
  for (const candidate of candidates) {
    const value = normalize(candidate);
    if (value != null) return value;
  }
  return null;
}

/**
 * Stage 2: the metadata from what the page found. For each field the first valid candidate wins
 * (JSON-LD first for the date, meta first for the image, `<html lang>` first for the language);
 * null when none is.
 */
export function pageMetadata(found: PageMetadataFound, pageUrl: string): PageMetadata {
  const ld = found.ld ?? {};
  const lang = firstValid([found.lang, found.metaLang, firstString(ld.inLanguage)], normalizeLang);
  const dir = found.dir.toLowerCase();
  return {
    publishedTime: firstValid([firstString(ld.datePublished), found.metaDate, found.time], normalizeDate),
    leadImage: firstValid([found.metaImage, firstString(ld.image, 'url'), found.imageLink], (url) => absoluteHttpUrl(url, pageUrl)),
    byline: authorNames(ld.author),
    lang,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : lang && RTL_LANGS.test(lang) ? 'rtl' : null,
    h1: found.h1,
  };
}
