import { normalizeSettings, SETTINGS_VERSION, type Settings } from './settings.ts';
import { parseSiteInput } from './site-input.ts';

/** Marks an exported file as Lectern's settings. */
export const SETTINGS_FILE_FORMAT = 'lectern-settings';
/** A settings file is a few KB; anything past this is not one. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** The exported file: the settings with a format marker and the time of export. */
export function settingsToFile(settings: Settings, now = new Date()): { filename: string; text: string } {
  const file = { format: SETTINGS_FILE_FORMAT, exported: now.toISOString(), settings: normalizeSettings(settings) };
  return { filename: `lectern-settings-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
}

export type SettingsImport =
  /** `ignored`: paths of the values that were not used (unknown, invalid, or a duplicate site). */
  | { ok: true; settings: Settings; ignored: string[] }
  | { ok: false; error: 'too-large' | 'not-json' | 'not-settings' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SETTINGS_KEYS = ['hide', 'hideOnPageEverywhere', 'sites', 'reading', 'saving', 'hideCategories'];

/** A site key from a file, checked as if typed on the settings page (no public suffixes). */
const importedSiteKey = (key: string): string | null => {
  const parsed = parseSiteInput(key);
  return parsed.ok ? parsed.site : null;
};

/**
 * Reads an exported file (or a bare settings object, as stored) through the one settings schema:
 * migrated from its version, every invalid value replaced by its default and listed in `ignored`.
 * A file that is not settings at all is refused, so importing it changes nothing.
 */
export function settingsFromFile(text: string): SettingsImport {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(json)) return { ok: false, error: 'not-settings' };
  const ignored: string[] = [];
  let raw: Record<string, unknown>;
  if (json.format === SETTINGS_FILE_FORMAT && isRecord(json.settings)) {
    raw = json.settings;
    for (const key of Object.keys(json)) if (!['format', 'exported', 'settings'].includes(key)) ignored.push(key);
  } else if (json.format === undefined && SETTINGS_KEYS.some((key) => key in json)) {
    raw = json;
  } else {
    return { ok: false, error: 'not-settings' };
  }
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) ignored.push(`version ${raw.version}`);
  const settings = normalizeSettings(raw, { ignored, siteKey: importedSiteKey });
  return { ok: true, settings, ignored };
}
