import { describe, expect, it } from 'vitest';
import {
  defaults,
  hiddenCategoriesFor,
  imageLimits,
  normalizeSettings,
  removalsFor,
  wantsAutoHide,
  wantsReaderTab,
} from '../../../src/shared/settings.ts';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(undefined)).toEqual(defaults);
    expect(defaults.hide).toEqual({ newsletter: true, donation: true, membership: true, app: false, social: false, comments: false });
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
    expect(normalizeSettings({ saving: { imageMaxMB: 2.5, totalMaxMB: 0 } }).saving).toEqual({ imageMaxMB: 2.5, totalMaxMB: 0, markdownImages: false });
    expect(normalizeSettings({ saving: { imageMaxMB: -1, totalMaxMB: 1e9 } }).saving).toEqual(defaults.saving);
    expect(normalizeSettings({ saving: 'big' }).saving).toEqual(defaults.saving);
  });

  it('keeps Markdown images as links and print without link addresses by default; a bad value falls back', () => {
    expect(defaults.saving.markdownImages).toBe(false);
    expect(defaults.reading.printLinks).toBe(false);
    const ignored: string[] = [];
    const settings = normalizeSettings({ saving: { markdownImages: true }, reading: { printLinks: 'yes' } }, { ignored });
    expect(settings.saving.markdownImages).toBe(true);
    expect(settings.reading.printLinks).toBe(false);
    expect(ignored).toEqual(['reading.printLinks']);
    expect(normalizeSettings({ reading: { printLinks: true } }).reading.printLinks).toBe(true);
  });

  it('migrates the version-0 category list', () => {
    const settings = normalizeSettings({ hideCategories: ['donation', 'social'] });
    expect(settings.hide).toMatchObject({ newsletter: false, donation: true, social: true });
    expect(settings.version).toBe(defaults.version);
  });

  it('migrates version-1 site keys: no port, and www. covered by the site itself', () => {
    const settings = normalizeSettings({
      version: 1,
      sites: { 'www.example.org': { hideOnPage: true }, 'news.test:8080': { disabled: true }, 'www.co': { disabled: true } },
    });
    expect(settings.sites).toEqual({ 'example.org': { hideOnPage: true }, 'news.test': { disabled: true }, 'www.co': { disabled: true } });
  });

  it('does not change what it was given', () => {
    const stored = { hideCategories: ['social'], sites: { 'www.example.org': {} } };
    normalizeSettings(stored);
    expect(stored).toEqual({ hideCategories: ['social'], sites: { 'www.example.org': {} } });
  });

  it('lists every value it did not keep', () => {
    const ignored: string[] = [];
    normalizeSettings(
      {
        version: 2,
        hide: { newsletter: 'yes', popups: true },
        hideOnPageEverywhere: 1,
        sites: { 'bad host/': {}, 'Example.org': { disabled: true, colour: 'red' }, 'example.org': { hideOnPage: true }, 'x.org': 5 },
        reading: { theme: 'neon', fontSize: 19 },
        saving: 'big',
        extra: null,
      },
      { ignored },
    );
    expect(ignored).toEqual([
      'extra',
      'hide.popups',
      'hide.newsletter',
      'hideOnPageEverywhere',
      'sites.bad host/',
      'sites.Example.org.colour',
      'sites.example.org (same site as example.org)',
      'sites.x.org',
      'reading.theme',
      'saving',
    ]);
  });

  it('keeps the per-site flags, including opening the reading view', () => {
    expect(normalizeSettings({ version: 2, sites: { 'example.org': { openReader: true, hideOnPage: false } } }).sites).toEqual({
      'example.org': { openReader: true, hideOnPage: false },
    });
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
    expect(hiddenCategoriesFor(settings, 'www.example.org')).toEqual([]);
    expect(hiddenCategoriesFor(settings, 'notexample.org')).toEqual(['newsletter', 'donation', 'membership']);
  });
});

describe('removalsFor', () => {
  it('takes clutter out by default, not when turned off, and never on a site where hiding is off', () => {
    expect(defaults.removeClutter).toBe(true);
    const settings = normalizeSettings({ sites: { 'example.org': { disabled: true } } });
    expect(removalsFor(settings, 'news.test').cleanup).toBe(true);
    expect(removalsFor(settings, 'www.example.org').cleanup).toBe(false);
    expect(removalsFor(normalizeSettings({ removeClutter: false }), 'news.test').cleanup).toBe(false);
    // Clutter is its own choice: with every category off it still goes.
    const noCategories = normalizeSettings({ hide: { newsletter: false, donation: false, membership: false } });
    expect(hiddenCategoriesFor(noCategories, 'news.test')).toEqual([]);
    expect(removalsFor(noCategories, 'news.test').cleanup).toBe(true);
    const ignored: string[] = [];
    expect(normalizeSettings({ removeClutter: 'no' }, { ignored }).removeClutter).toBe(true);
    expect(ignored).toEqual(['removeClutter']);
  });
});

describe('what Lectern does by itself on a site', () => {
  const settings = normalizeSettings({
    version: 2,
    sites: {
      'example.com': { hideOnPage: true, openReader: true },
      'quiet.example.com': { disabled: true },
      'news.example.co.uk': { openReader: true },
    },
  });

  it('hides on the page on the rule’s host and its subdomains, not where a closer rule says never', () => {
    expect(wantsAutoHide(settings, 'example.com')).toBe(true);
    expect(wantsAutoHide(settings, 'www.example.com')).toBe(true);
    expect(wantsAutoHide(settings, 'quiet.example.com')).toBe(false);
    expect(wantsAutoHide(settings, 'news.example.co.uk')).toBe(false);
    expect(wantsAutoHide(settings, 'other.org')).toBe(false);
    expect(wantsAutoHide({ ...settings, hideOnPageEverywhere: true }, 'other.org')).toBe(true);
    expect(wantsAutoHide({ ...settings, hideOnPageEverywhere: true }, 'quiet.example.com')).toBe(false);
  });

  it('opens the reading view only where a rule asks for it', () => {
    expect(wantsReaderTab(settings, 'www.example.com')).toBe(true);
    expect(wantsReaderTab(settings, 'www.news.example.co.uk')).toBe(true);
    expect(wantsReaderTab(settings, 'sport.example.co.uk')).toBe(false);
    // The closer rule has no openReader: it does not inherit the parent domain's.
    expect(wantsReaderTab(settings, 'quiet.example.com')).toBe(false);
  });
});
