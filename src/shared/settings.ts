import { APPEAL_CATEGORIES, type AppealCategory } from '../core/article.ts';
import { DEFAULT_MAX_IMAGE_BYTES, DEFAULT_MAX_TOTAL_BYTES } from '../core/serialize/embed-images.ts';

const MB = 1024 * 1024;

/** Reading preferences applied by the reading view. */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans', 'dyslexic'] as const;

export const SETTINGS_VERSION = 1;

/** Every setting and its default; the Settings type is derived from this object. */
export const defaults = {
  version: SETTINGS_VERSION,
  /** Which categories are removed from the reading view and saved copies. */
  hide: { newsletter: true, donation: true, membership: true, app: false, social: false, comments: false } as Record<
    AppealCategory,
    boolean
  >,
  /** Hide appeals on the live page itself on every site (needs the optional host permission). */
  hideOnPageEverywhere: false,
  /** Per-site overrides, keyed by hostname. */
  sites: {} as Record<string, SiteSettings>,
  reading: {
    theme: 'system' as (typeof THEMES)[number],
    font: 'serif' as (typeof FONTS)[number],
    /** px */
    fontSize: 19,
    /** characters per line (CSS ch) */
    lineWidth: 68,
    lineHeight: 1.6,
  },
  /** Saved HTML: images larger than this, or past this total, stay links (MB; embed-images.ts). */
  saving: {
    imageMaxMB: DEFAULT_MAX_IMAGE_BYTES / MB,
    totalMaxMB: DEFAULT_MAX_TOTAL_BYTES / MB,
  },
};

export interface SiteSettings {
  /** Hide appeals on this site's pages automatically. */
  hideOnPage?: boolean;
  /** Never hide anything on this site. */
  disabled?: boolean;
}

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
const isOneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  list.includes(v as T) ? (v as T) : fallback;
const numberBetween = (v: unknown, { min, max }: { min: number; max: number }, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

/** Small migrations, each from version N to N+1, applied in order to raw stored data. */
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
];

/**
 * Validates and migrates whatever was stored. Never throws: each corrupt field falls back to its
 * default, so a bad value in storage can never break the extension.
 */
export function normalizeSettings(stored: unknown): Settings {
  let raw: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  const from = typeof raw.version === 'number' && raw.version >= 0 ? Math.floor(raw.version) : 0;
  for (let v = from; v < migrations.length; v++) raw = migrations[v]!(raw);

  const hideRaw = isRecord(raw.hide) ? raw.hide : {};
  const hide = Object.fromEntries(
    APPEAL_CATEGORIES.map((c) => [c, bool(hideRaw[c], defaults.hide[c])]),
  ) as Record<AppealCategory, boolean>;

  const sites: Record<string, SiteSettings> = {};
  if (isRecord(raw.sites)) {
    for (const [host, value] of Object.entries(raw.sites)) {
      if (!isRecord(value) || !/^[a-z0-9.-]+(:\d+)?$/i.test(host)) continue;
      const site: SiteSettings = {};
      if (typeof value.hideOnPage === 'boolean') site.hideOnPage = value.hideOnPage;
      if (typeof value.disabled === 'boolean') site.disabled = value.disabled;
      sites[host.toLowerCase()] = site;
    }
  }

  const sv = isRecord(raw.saving) ? raw.saving : {};
  const r = isRecord(raw.reading) ? raw.reading : {};
  const d = defaults.reading;
  return {
    version: SETTINGS_VERSION,
    hide,
    hideOnPageEverywhere: bool(raw.hideOnPageEverywhere, defaults.hideOnPageEverywhere),
    sites,
    reading: {
      theme: isOneOf(THEMES, r.theme, d.theme),
      font: isOneOf(FONTS, r.font, d.font),
      fontSize: numberBetween(r.fontSize, LIMITS.fontSize, d.fontSize),
      lineWidth: numberBetween(r.lineWidth, LIMITS.lineWidth, d.lineWidth),
      lineHeight: numberBetween(r.lineHeight, LIMITS.lineHeight, d.lineHeight),
    },
    saving: {
      imageMaxMB: numberBetween(sv.imageMaxMB, LIMITS.imageMaxMB, defaults.saving.imageMaxMB),
      totalMaxMB: numberBetween(sv.totalMaxMB, LIMITS.totalMaxMB, defaults.saving.totalMaxMB),
    },
  };
}

/** The categories to hide on a given host, honouring the per-site "disabled" switch. */
export function hiddenCategoriesFor(settings: Settings, host: string): AppealCategory[] {
  if (settings.sites[host.toLowerCase()]?.disabled) return [];
  return APPEAL_CATEGORIES.filter((c) => settings.hide[c]);
}

/** The saving settings as the byte limits embedImages takes. */
export function imageLimits(saving: Settings['saving']): { maxImageBytes: number; maxTotalBytes: number } {
  return { maxImageBytes: Math.round(saving.imageMaxMB * MB), maxTotalBytes: Math.round(saving.totalMaxMB * MB) };
}
