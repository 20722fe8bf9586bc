import { describe, expect, it } from 'vitest';
import { defaults, normalizeSettings } from '../../../src/shared/settings.ts';
import { MAX_SETTINGS_FILE_BYTES, settingsFromFile, settingsToFile } from '../../../src/shared/settings-file.ts';

describe('settings file', () => {
  const custom = normalizeSettings({ version: 2, hide: { app: true }, sites: { 'example.com': { openReader: true } } });

  it('round-trips: export, then import, gives the same settings and ignores nothing', () => {
    const { filename, text } = settingsToFile(custom, new Date('2026-11-30T08:00:00Z'));
    expect(filename).toBe('lectern-settings-2026-11-30.json');
    expect(settingsFromFile(text)).toEqual({ ok: true, settings: custom, ignored: [] });
  });

  it('reads a bare settings object, with a byte-order mark, and migrates an old one', () => {
    const result = settingsFromFile(`\uFEFF${JSON.stringify({ hideCategories: ['social'], sites: { 'www.example.org:8080': { hideOnPage: true } } })}`);
    expect(result).toMatchObject({ ok: true, ignored: [] });
    if (!result.ok) return;
    expect(result.settings.hide).toMatchObject({ newsletter: false, social: true });
    expect(result.settings.sites).toEqual({ 'example.org': { hideOnPage: true } });
  });

  it.each([
    ['', 'not-json'],
    ['{"version": 2, "hide": ', 'not-json'],
    ['<html></html>', 'not-json'],
    ['null', 'not-settings'],
    ['[]', 'not-settings'],
    ['42', 'not-settings'],
    ['{}', 'not-settings'],
    ['{"name": "another extension"}', 'not-settings'],
    ['{"format": "other-format", "settings": {}}', 'not-settings'],
    ['{"format": "lectern-settings", "settings": "x"}', 'not-settings'],
  ])('refuses %j (%s)', (text, error) => {
    expect(settingsFromFile(text)).toEqual({ ok: false, error });
  });

  it('refuses a file too large to be settings', () => {
    expect(settingsFromFile(`{"sites": {}, "pad": "${'x'.repeat(MAX_SETTINGS_FILE_BYTES)}"}`)).toEqual({ ok: false, error: 'too-large' });
  });

  it('checks site keys as the settings page does: public suffixes and junk are reported, pasted URLs read', () => {
    const result = settingsFromFile(
      JSON.stringify({
        version: 2,
        sites: {
          'github.io': { hideOnPage: true },
          'someone.github.io': { openReader: true },
          'https://WWW.Example.com/a': { disabled: true },
          'example.com': { hideOnPage: true },
          'bücher.de': { hideOnPage: true },
          '<script>': {},
        },
      }),
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        ...defaults,
        sites: { 'someone.github.io': { openReader: true }, 'example.com': { disabled: true }, 'xn--bcher-kva.de': { hideOnPage: true } },
      },
      ignored: ['sites.github.io', 'sites.example.com (same site as example.com)', 'sites.<script>'],
    });
  });

  it('notes a file from a newer version and what it does not know', () => {
    const result = settingsFromFile(JSON.stringify({ format: 'lectern-settings', note: 'hi', settings: { version: 9, hide: {}, sync: true } }));
    expect(result).toMatchObject({ ok: true, ignored: ['note', 'version 9', 'sync'] });
  });
});
