// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Options } from '../../../src/options/Options.tsx';
import type { OptionsPlatform } from '../../../src/options/platform.ts';
import { normalizeSettings, type Settings } from '../../../src/shared/settings.ts';
import { settle, withRoot } from '../popup/fixtures.ts';

type FakeOptions = OptionsPlatform & { stored: Settings; calls: Array<[string, ...unknown[]]> };

/** An OptionsPlatform over an in-memory store that records the calls it gets. */
function fakePlatform(overrides: Partial<OptionsPlatform> = {}, initial: unknown = undefined): FakeOptions {
  const calls: FakeOptions['calls'] = [];
  const platform: FakeOptions = {
    calls,
    stored: normalizeSettings(initial),
    loadSettings: async () => platform.stored,
    saveSettings: async (settings) => {
      platform.stored = settings;
    },
    onSettingsChanged: () => undefined,
    requestAllSites: async () => true,
    hasAllSites: async () => true,
    releaseAllSites: async () => undefined,
    requestSite: async (origins) => {
      calls.push(['requestSite', origins]);
      return true;
    },
    exportFile: (filename, text) => {
      calls.push(['exportFile', filename, text]);
    },
    ...overrides,
  };
  return platform;
}

describe('Options page', () => {
  let root: HTMLElement;
  withRoot((el) => {
    root = el;
  });

  const checkbox = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

  it('shows the categories with newsletter, donation and membership on by default', async () => {
    render(<Options platform={fakePlatform()} />, root);
    await settle();
    const on = ['newsletter', 'donation', 'membership', 'app', 'social', 'comments'].map((c) => checkbox(c).checked);
    expect(on).toEqual([true, true, true, false, false, false]);
  });

  it('stores the picture size caps for saved HTML, refusing values out of range', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    const input = checkbox('imageMaxMB');
    expect(input.value).toBe('5');
    expect(checkbox('totalMaxMB').value).toBe('25');
    input.value = '2.5';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(platform.stored.saving.imageMaxMB).toBe(2.5);
    input.value = '500';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(platform.stored.saving.imageMaxMB).toBe(2.5);
  });

  it('stores "Markdown: download the pictures beside the file" (off by default) and "Print link addresses" (off)', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    const beside = checkbox('markdownImages');
    const printLinks = checkbox('printLinks');
    expect([beside.checked, printLinks.checked]).toEqual([false, false]);
    beside.click();
    await settle();
    printLinks.click();
    await settle();
    expect(platform.stored.saving.markdownImages).toBe(true);
    expect(platform.stored.reading.printLinks).toBe(true);
  });

  it('saves a category change at once', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    checkbox('social').click();
    await settle();
    expect(platform.stored.hide.social).toBe(true);
  });

  it('takes page clutter out by default and stores turning it off', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    expect(checkbox('clutter').checked).toBe(true);
    checkbox('clutter').click();
    await settle();
    expect(platform.stored.removeClutter).toBe(false);
    expect(checkbox('clutter').checked).toBe(false);
  });

  it('turns on hiding everywhere only when the browser grants access to all sites', async () => {
    let grant = false;
    const platform = fakePlatform({ requestAllSites: async () => grant });
    render(<Options platform={platform} />, root);
    await settle();
    checkbox('everywhere').click();
    await settle();
    expect(platform.stored.hideOnPageEverywhere).toBe(false);
    expect(checkbox('everywhere').checked).toBe(false);
    expect(root.querySelector('.everywhere [role=status]')?.textContent).toContain('Permission was not given');
    grant = true;
    checkbox('everywhere').click();
    await settle();
    expect(platform.stored.hideOnPageEverywhere).toBe(true);
    expect(checkbox('everywhere').checked).toBe(true);
  });

  it('leaves "every page" unticked while the browser’s prompt is open, then says it was refused', async () => {
    let answer: (granted: boolean) => void = () => undefined;
    const platform = fakePlatform({ requestAllSites: () => new Promise<boolean>((resolve) => (answer = resolve)) });
    render(<Options platform={platform} />, root);
    await settle();
    checkbox('everywhere').click();
    await settle();
    expect(checkbox('everywhere').checked).toBe(false);
    expect(root.querySelector('.everywhere [role=status]')?.textContent).toContain('Waiting for your answer');
    answer(false);
    await settle();
    expect(checkbox('everywhere').checked).toBe(false);
    expect(platform.stored.hideOnPageEverywhere).toBe(false);
    expect(root.querySelector('.everywhere [role=status]')?.textContent).toContain('Permission was not given');
  });

  it('shows "every page" unticked when the setting is on but the access was taken back', async () => {
    const platform = fakePlatform({ hasAllSites: async () => false }, { hideOnPageEverywhere: true });
    render(<Options platform={platform} />, root);
    await settle();
    expect(checkbox('everywhere').checked).toBe(false);
    expect(root.querySelector('.everywhere [role=status]')?.textContent).toContain('Permission was not given');
  });

  const typeSite = async (value: string) => {
    const input = checkbox('host');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const submitSite = async () => {
    root.querySelector<HTMLFormElement>('form.site-add')!.requestSubmit();
    await settle();
  };
  const preview = () => root.querySelector('#site-preview')?.textContent ?? '';

  it('adds, changes and removes per-site rules, refusing what is not a site', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    await typeSite('not a host!');
    await submitSite();
    expect(root.querySelector('#site-preview[role=alert]')?.textContent).toContain('example.com');
    expect(platform.stored.sites).toEqual({});

    await typeSite('https://www.Example.org:8443/news/a.html');
    expect(preview()).toContain('Covers example.org and all its subdomains');
    await submitSite();
    expect(platform.stored.sites).toEqual({ 'example.org': { hideOnPage: true } });
    // Hiding on the page acts by itself: access to the site and its subdomains is asked for.
    expect(platform.calls).toContainEqual(['requestSite', ['*://example.org/*', '*://*.example.org/*']]);

    const rule = (name: string) => root.querySelector<HTMLInputElement>(`.site-rule input[name=${name}]`)!;
    rule('disabled').click();
    await settle();
    expect(platform.stored.sites['example.org']).toEqual({ hideOnPage: true, disabled: true });
    rule('openReader').click();
    await settle();
    expect(platform.stored.sites['example.org']).toMatchObject({ openReader: true });
    root.querySelector<HTMLButtonElement>('.site-rule button')!.click();
    await settle();
    expect(platform.stored.sites).toEqual({});
  });

  it('says what a rule will cover as it is typed, and refuses public suffixes', async () => {
    render(<Options platform={fakePlatform()} />, root);
    await settle();
    await typeSite('news.example.co.uk');
    expect(preview()).toBe('Covers news.example.co.uk and its subdomains, not the rest of example.co.uk.');
    await typeSite('co.uk');
    expect(root.querySelector('#site-preview[role=alert]')?.textContent).toContain('co.uk is shared by many unrelated sites');
    await typeSite('bücher.de');
    expect(preview()).toContain('Covers bücher.de and all its subdomains');
    await typeSite('127.0.0.1:8080');
    expect(preview()).toBe('Covers 127.0.0.1 only.');
  });

  it('says on the rule when access to its site was refused', async () => {
    const platform = fakePlatform({ requestSite: async () => false });
    render(<Options platform={platform} />, root);
    await settle();
    await typeSite('example.com');
    await submitSite();
    expect(platform.stored.sites).toEqual({ 'example.com': { hideOnPage: true } });
    expect(root.querySelector('.site-rule [role=status]')?.textContent).toContain('Permission to read example.com was not given');
  });

  it('lists IDN sites in their own script', async () => {
    render(<Options platform={fakePlatform({}, { version: 2, sites: { 'xn--bcher-kva.de': { openReader: true } } })} />, root);
    await settle();
    expect(root.querySelector('.site-host')?.textContent).toBe('bücher.de');
    expect(root.querySelector<HTMLInputElement>('.site-rule input[name=openReader]')?.checked).toBe(true);
  });
});

describe('Options page: settings as a file', () => {
  let root: HTMLElement;
  withRoot((el) => {
    root = el;
  });
  const button = (name: string) => root.querySelector<HTMLButtonElement>(`button[name="${name}"]`)!;
  const status = () => root.querySelector('.data-status')?.textContent ?? '';
  /** Picks `content` as the file to import (jsdom's file input takes a FileList-like list). */
  const pick = async (content: string, name = 'settings.json') => {
    const input = root.querySelector<HTMLInputElement>('input[name=import]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name, { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(6);
  };
  const customised = { version: 2, hide: { social: true }, sites: { 'example.com': { openReader: true } }, reading: { theme: 'dark' } };

  it('exports the settings as a JSON file that imports back to the same settings', async () => {
    const platform = fakePlatform({}, customised);
    render(<Options platform={platform} />, root);
    await settle();
    button('export').click();
    const [, filename, text] = platform.calls.find(([name]) => name === 'exportFile') as [string, string, string];
    expect(filename).toMatch(/^lectern-settings-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'lectern-settings', settings: { sites: { 'example.com': { openReader: true } } } });
    const before = platform.stored;

    button('reset').click();
    await settle();
    expect(platform.stored).toEqual(normalizeSettings(undefined));
    expect(status()).toContain('back to its default');

    await pick(text);
    expect(platform.stored).toEqual(before);
    expect(status()).toContain('Imported the settings from settings.json');
    expect(root.querySelector('.data-ignored')).toBeNull();
  });

  it.each([
    ['{"hide": {"newsletter": fal', 'is not a settings file (it is not valid JSON)'],
    ['', 'is not a settings file (it is not valid JSON)'],
    ['[1, 2, 3]', 'does not hold Lectern settings'],
    ['{"name": "some other app", "enabled": true}', 'does not hold Lectern settings'],
    ['"settings"', 'does not hold Lectern settings'],
  ])('refuses %j with a clear message and changes nothing', async (content, message) => {
    const platform = fakePlatform({}, customised);
    render(<Options platform={platform} />, root);
    await settle();
    const before = platform.stored;
    await pick(content, 'mine.json');
    expect(root.querySelector('.data-status[role=alert]')?.textContent).toContain(`mine.json ${message}`);
    expect(status()).toContain('Nothing was changed');
    expect(platform.stored).toBe(before);
  });

  it('imports what it can and lists what it ignored', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    await pick(
      JSON.stringify({
        format: 'lectern-settings',
        settings: {
          version: 2,
          hide: { donation: false, popups: true },
          reading: { theme: 'neon', fontSize: 22 },
          sites: { 'https://www.example.org/page': { hideOnPage: true }, 'co.uk': { disabled: true }, 'example.net': { openReader: 'yes' } },
          colour: 'blue',
        },
      }),
    );
    expect(platform.stored.hide.donation).toBe(false);
    expect(platform.stored.reading).toMatchObject({ theme: 'system', fontSize: 22 });
    expect(platform.stored.sites).toEqual({ 'example.org': { hideOnPage: true }, 'example.net': {} });
    expect(root.querySelector('.data-ignored')?.textContent).toBe(
      'Not used (unknown or not valid): colour, hide.popups, sites.co.uk, sites.example.net.openReader, reading.theme.',
    );
  });

  it('keeps the settings and says why when the browser refuses to store an import', async () => {
    const platform = fakePlatform({}, customised);
    render(<Options platform={platform} />, root);
    await settle();
    const before = platform.stored;
    platform.saveSettings = async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    };
    await pick(JSON.stringify({ version: 2, hide: { app: true } }));
    expect(root.querySelector('.data-status[role=alert]')?.textContent).toContain('could not store the settings (QUOTA_BYTES_PER_ITEM');
    expect(platform.stored).toBe(before);
    expect(root.querySelector<HTMLInputElement>('input[name=app]')?.checked).toBe(false);
  });

  it('undoes a reset', async () => {
    const platform = fakePlatform({}, customised);
    render(<Options platform={platform} />, root);
    await settle();
    const before = platform.stored;
    button('reset').click();
    await settle();
    expect(root.querySelector<HTMLInputElement>('input[name=social]')?.checked).toBe(false);
    button('undo').click();
    await settle();
    expect(platform.stored).toEqual(before);
    expect(root.querySelector<HTMLInputElement>('input[name=social]')?.checked).toBe(true);
    expect(status()).toContain('earlier settings are back');
  });
});
