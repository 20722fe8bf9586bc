import { APPEAL_CATEGORIES, type AppealCategory, DEFAULT_HIDDEN_CATEGORIES } from '../core/article.ts';
import { DEFAULT_MAX_IMAGE_BYTES, DEFAULT_MAX_TOTAL_BYTES } from '../core/serialize/image-limits.ts';
import { siteKey, siteRuleFor } from './site-hosts.ts';

const MB = 1024 * 1024;

/** Reading preferences applied by the reading view. */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans', 'dyslexic'] as const;

export const SETTINGS_VERSION = 2;

/** Every setting and its default; the Settings type is derived from this object. */
export const defaults = {
  version: SETTINGS_VERSION,
  /** Which categories are removed from the reading view and saved copies. */
  hide: Object.fromEntries(APPEAL_CATEGORIES.map((c) => [c, DEFAULT_HIDDEN_CATEGORIES.includes(c)])) as Record<
    AppealCategory,
    boolean
  >,
  /**
   * Take the page's clutter out of the article too (core/cleanup: related links, credits, share
   * prompts…); each removal is listed with the appeals and can be put back.
   */
  removeClutter: true,
  /** Hide appeals on the live page itself on every site (needs the optional host permission). */
  hideOnPageEverywhere: false,
  /**
   * Per-site overrides, keyed by host name (site-hosts.ts): a key covers that host and its
   * subdomains; the most specific key wins.
   */
  sites: {} as Record<string, SiteSettings>,
  reading: {
    theme: 'system' as (typeof THEMES)[number],
    font: 'serif' as (typeof FONTS)[number],
    /** px */
    fontSize: 19,
    /** characters per line (CSS ch) */
    lineWidth: 68,
    lineHeight: 1.6,
    /** Print each link's address after it (off: the page prints as it reads on screen). */
    printLinks: false,
  },
  saving: {
    /** Saved copies: images larger than this, or past this total, stay links (MB; embed-images.ts). */
    imageMaxMB: DEFAULT_MAX_IMAGE_BYTES / MB,
    totalMaxMB: DEFAULT_MAX_TOTAL_BYTES / MB,
    /** Markdown: download the images into a folder beside the file, its links pointing there. */
    markdownImages: false,
  },
};

export interface SiteSettings {
  /** Hide appeals on this site's pages automatically. */
  hideOnPage?: boolean;
  /** Never hide anything on this site. */
  disabled?: boolean;
  /** Open the full-tab reading view when an article page of this site loads. */
  openReader?: boolean;
}

const SITE_FLAGS = ['hideOnPage', 'disabled', 'openReader'] as const satisfies ReadonlyArray<keyof SiteSettings>;

export type Settings = typeof defaults;
export type ReadingSettings = Settings['reading'];

export const LIMITS = {
  fontSize: { min: 12, max: 40 },
  lineWidth: { min: 30, max: 120 },
  lineHeight: { min: 1.1, max: 2.4 },
  imageMaxMB: { min: 0, max: 50 },
  totalMaxMB: { min: 0, max: 200 },
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    list.includes(v as T);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/**
 * Small migrations, each from version N to N+1, applied in order to raw stored data (a shallow copy:
 * they replace top-level fields, never change nested ones in place).
 */
const migrations: Array<(raw: Record<string, unknown>) => Record<string, unknown>> = [
  // 0 → 1: early builds stored `hideCategories: string[]` instead of a map.
  (raw) => {
    if (Array.isArray(raw.hideCategories)) {
      const list = raw.hideCategories as unknown[];
      raw.hide = Object.fromEntries(APPEAL_CATEGORIES.map((c) => [c, list.includes(c)]));
      delete raw.hideCategories;
    }
    return raw;
  },
  // 1 → 2: site keys cover subdomains and carry no port; `www.example.com` becomes `example.com`.
  (raw) => {
    if (isRecord(raw.sites)) {
      const sites: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(raw.sites)) {
        const host = key.toLowerCase().replace(/:\d+$/, '');
        const site = /^www\.[^.]+\.[^.]+/.test(host) ? host.slice(4) : host;
        if (!Object.hasOwn(sites, site)) sites[site] = value;
      }
      raw.sites = sites;
    }
    return raw;
  },
];

export interface NormalizeOptions {
  /**
   * Receives the path of every value that was not kept (invalid, unknown, or a duplicate site),
   * for the import report.
   */
  ignored?: string[];
  /** The stored form of a site key, or null to drop it; by default a syntax check (site-hosts.ts). */
  siteKey?: (key: string) => string | null;
}

const KNOWN = {
  top: ['version', ...Object.keys(defaults)],
  reading: Object.keys(defaults.reading),
  saving: Object.keys(defaults.saving),
};

/**
 * Validates and migrates whatever was stored (or imported). Never throws: each corrupt field falls
 * back to its default, so a bad value in storage can never break the extension.
 */
export function normalizeSettings(stored: unknown, options: NormalizeOptions = {}): Settings {
  const ignored = options.ignored ?? [];
  const toKey = options.siteKey ?? siteKey;
  let raw: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  const from = typeof raw.version === 'number' && raw.version >= 0 ? Math.floor(raw.version) : 0;
  for (let v = from; v < migrations.length; v++) raw = migrations[v]!(raw);

  /** The value, or the fallback with its path noted when a value was there but not valid. */
  const check = <T>(path: string, value: unknown, valid: (v: unknown) => v is T, fallback: T): T => {
    if (valid(value)) return value;
    if (value !== undefined) ignored.push(path);
    return fallback;
  };
  const unknownKeys = (path: string, value: unknown, known: readonly string[]) => {
    if (!isRecord(value)) {
      if (value !== undefined) ignored.push(path);
      return {};
    }
    for (const key of Object.keys(value)) if (!known.includes(key)) ignored.push(path ? `${path}.${key}` : key);
    return value;
  };

  unknownKeys('', raw, KNOWN.top);
  const hideRaw = unknownKeys('hide', raw.hide, APPEAL_CATEGORIES);
  const hide = Object.fromEntries(
    APPEAL_CATEGORIES.map((c) => [c, check(`hide.${c}`, hideRaw[c], isBool, defaults.hide[c])]),
  ) as Record<AppealCategory, boolean>;

  const removeClutter = check('removeClutter', raw.removeClutter, isBool, defaults.removeClutter);
  const hideOnPageEverywhere = check('hideOnPageEverywhere', raw.hideOnPageEverywhere, isBool, defaults.hideOnPageEverywhere);

  const sites: Record<string, SiteSettings> = {};
  if (raw.sites !== undefined && !isRecord(raw.sites)) ignored.push('sites');
  for (const [key, value] of Object.entries(isRecord(raw.sites) ? raw.sites : {})) {
    const path = `sites.${key}`;
    const site = toKey(key);
    if (!isRecord(value) || !site) {
      ignored.push(path);
      continue;
    }
    if (Object.hasOwn(sites, site)) {
      ignored.push(`${path} (same site as ${site})`);
      continue;
    }
    const rule: SiteSettings = {};
    for (const [flag, flagValue] of Object.entries(value)) {
      if ((SITE_FLAGS as readonly string[]).includes(flag) && typeof flagValue === 'boolean') rule[flag as keyof SiteSettings] = flagValue;
      else ignored.push(`${path}.${flag}`);
    }
    sites[site] = rule;
  }

  const between = (range: { min: number; max: number }) => (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v >= range.min && v <= range.max;
  const r = unknownKeys('reading', raw.reading, KNOWN.reading);
  const d = defaults.reading;
  const reading = {
    theme: check('reading.theme', r.theme, isOneOf(THEMES), d.theme),
    font: check('reading.font', r.font, isOneOf(FONTS), d.font),
    fontSize: check('reading.fontSize', r.fontSize, between(LIMITS.fontSize), d.fontSize),
    lineWidth: check('reading.lineWidth', r.lineWidth, between(LIMITS.lineWidth), d.lineWidth),
    lineHeight: check('reading.lineHeight', r.lineHeight, between(LIMITS.lineHeight), d.lineHeight),
    printLinks: check('reading.printLinks', r.printLinks, isBool, d.printLinks),
  };
  const sv = unknownKeys('saving', raw.saving, KNOWN.saving);
  const saving = {
    imageMaxMB: check('saving.imageMaxMB', sv.imageMaxMB, between(LIMITS.imageMaxMB), defaults.saving.imageMaxMB),
    totalMaxMB: check('saving.totalMaxMB', sv.totalMaxMB, between(LIMITS.totalMaxMB), defaults.saving.totalMaxMB),
    markdownImages: check('saving.markdownImages', sv.markdownImages, isBool, defaults.saving.markdownImages),
  };
  return { version: SETTINGS_VERSION, hide, removeClutter, hideOnPageEverywhere, sites, reading, saving };
}

/** What to take out of an article: the appeal categories to hide, and whether the page's clutter goes. */
export interface Removals {
  hide: AppealCategory[];
  cleanup: boolean;
}

/**
 * What the reading view and saved copies leave out on a given host; nothing where the per-site
 * "disabled" switch is on.
 */
export function removalsFor(settings: Settings, host: string): Removals {
  if (siteRuleFor(settings.sites, host)?.rule.disabled) return { hide: [], cleanup: false };
  return { hide: APPEAL_CATEGORIES.filter((c) => settings.hide[c]), cleanup: settings.removeClutter };
}

/** The categories to hide on a given host, honouring the per-site "disabled" switch. */
export const hiddenCategoriesFor = (settings: Settings, host: string): AppealCategory[] => removalsFor(settings, host).hide;

/** Whether appeals should be hidden on this host's live pages without a click. */
export function wantsAutoHide(settings: Settings, host: string): boolean {
  const site = siteRuleFor(settings.sites, host)?.rule;
  if (site?.disabled) return false;
  return site?.hideOnPage ?? settings.hideOnPageEverywhere;
}

/** Whether the reading view should open by itself on this host's articles. */
export function wantsReaderTab(settings: Settings, host: string): boolean {
  return siteRuleFor(settings.sites, host)?.rule.openReader === true;
}

/** The saving settings as the byte limits embedImages takes. */
export function imageLimits(saving: Settings['saving']): { maxImageBytes: number; maxTotalBytes: number } {
  return { maxImageBytes: Math.round(saving.imageMaxMB * MB), maxTotalBytes: Math.round(saving.totalMaxMB * MB) };
}
