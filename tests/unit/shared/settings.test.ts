import { describe, expect, it } from 'vitest';
import { defaults, hiddenCategoriesFor, imageLimits, normalizeSettings } from '../../../src/shared/settings.ts';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(undefined)).toEqual(defaults);
  });

  it('replaces each corrupt field by its default and keeps the valid ones', () => {
    const settings = normalizeSettings({
      version: 1,
      hide: { newsletter: 'yes', donation: false },
      reading: { theme: 'neon', fontSize: 24, lineHeight: Number.NaN },
      sites: { 'Example.org': { disabled: true }, 'bad host/': { disabled: true }, 'x.org': 5 },
    });
    expect(settings.hide.newsletter).toBe(true);
    expect(settings.hide.donation).toBe(false);
    expect(settings.reading.theme).toBe('system');
    expect(settings.reading.fontSize).toBe(24);
    expect(settings.reading.lineHeight).toBe(defaults.reading.lineHeight);
    expect(settings.sites).toEqual({ 'example.org': { disabled: true } });
  });

  it('keeps the image size caps for saved HTML within bounds, 5 MB and 25 MB by default', () => {
    expect(imageLimits(defaults.saving)).toEqual({ maxImageBytes: 5 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024 });
    expect(normalizeSettings({ saving: { imageMaxMB: 2.5, totalMaxMB: 0 } }).saving).toEqual({ imageMaxMB: 2.5, totalMaxMB: 0 });
    expect(normalizeSettings({ saving: { imageMaxMB: -1, totalMaxMB: 1e9 } }).saving).toEqual(defaults.saving);
    expect(normalizeSettings({ saving: 'big' }).saving).toEqual(defaults.saving);
  });

  it('migrates the version-0 category list', () => {
    const settings = normalizeSettings({ hideCategories: ['donation', 'social'] });
    expect(settings.hide).toMatchObject({ newsletter: false, donation: true, social: true });
    expect(settings.version).toBe(defaults.version);
  });

  it.each([null, 42, 'x', [], { reading: null, sites: [] }])('never throws on %j', (value) => {
    expect(() => normalizeSettings(value)).not.toThrow();
  });
});

describe('hiddenCategoriesFor', () => {
  it('lists enabled categories, and none on a site where hiding is off', () => {
    const settings = normalizeSettings({ sites: { 'example.org': { disabled: true } } });
    expect(hiddenCategoriesFor(settings, 'news.test')).toEqual(['newsletter', 'donation', 'membership']);
    expect(hiddenCategoriesFor(settings, 'EXAMPLE.org')).toEqual([]);
  });
});
