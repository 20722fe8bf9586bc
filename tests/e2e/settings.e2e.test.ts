/**
 * The settings page and "always open the reading view here" in real Chromium with the built
 * extension: site rules typed as people type them, export → reset → import, a corrupt file, and the
 * full-tab reader opening by itself on an article of a chosen site. Screenshots go to docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, FIXTURE_PAGES, type FixtureServer, openPage, ROOT, serveFixtures } from './harness.ts';
import { withExtension } from './with-extension.ts';

const SHOTS = path.join(ROOT, 'docs/screenshots');
mkdirSync(SHOTS, { recursive: true });
const SEED = 'seed-moscow-times/source.html';
const SEED_TITLE = (JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'seed-moscow-times/expected.json'), 'utf8')) as { title: string }).title;

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

describe('settings', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  withExtension(serveFixtures, (s, b) => {
    server = s;
    browser = b;
  });

  const stored = (page: Page) => page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);
  const setStored = (value: unknown) => browser.serviceWorker.evaluate((settings) => chrome.storage.sync.set({ settings }), value);

  async function openOptions(): Promise<Page> {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 700, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
    await options.waitForSelector('main.options h1');
    return options;
  }

  it('exports the settings, resets them, and imports the file back; a corrupt file changes nothing', async () => {
    await setStored(undefined);
    const options = await openOptions();
    await options.getByLabel('Comments').check();
    const site = options.getByLabel('Site (for example example.com)');
    await site.fill('https://www.Example.org:8443/news/a-story.html');
    await expect.poll(() => options.locator('#site-preview').innerText()).toContain('Covers example.org and all its subdomains');
    await options.getByRole('button', { name: 'Add site' }).click();
    await site.fill('news.example.co.uk');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.locator('.site-rule[data-site="news.example.co.uk"] input[name=openReader]').check();
    await site.fill('co.uk');
    await expect.poll(() => options.locator('#site-preview[role=alert]').innerText()).toContain('co.uk is shared by many unrelated sites');
    await expect
      .poll(async () => (await stored(options))?.sites)
      .toEqual({ 'example.org': { hideOnPage: true }, 'news.example.co.uk': { hideOnPage: true, openReader: true } });
    await site.fill('bücher.de');
    await shot(options, 'options');
    const before = await stored(options);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lectern-settings-\d{4}-\d\d-\d\d\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'lectern-settings', settings: before });

    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(async () => (await stored(options))?.sites).toEqual({});
    expect(await options.getByLabel('Comments').isChecked()).toBe(false);
    expect(await options.locator('.site-rule').count()).toBe(0);

    // A corrupt file: a clear message, and the settings as they were.
    const afterReset = await stored(options);
    await options.locator('input[name=import]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 80)) });
    await expect.poll(() => options.locator('.data-status[role=alert]').innerText()).toContain('broken.json is not a settings file');
    expect(await stored(options)).toEqual(afterReset);

    await options.locator('input[name=import]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => options.locator('.data-status').innerText()).toContain('Imported the settings from mine.json');
    expect(await stored(options)).toEqual(before);
    expect(await options.getByLabel('Comments').isChecked()).toBe(true);
    expect(await options.locator('.site-rule').count()).toBe(2);

    // What a file holds that this version cannot use is listed.
    const partial = { version: 2, hide: { app: true, popups: true }, sites: { 'github.io': { hideOnPage: true } }, reading: { theme: 'neon' } };
    await options.locator('input[name=import]').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(partial)) });
    await expect.poll(() => options.locator('.data-ignored').innerText()).toContain('hide.popups, sites.github.io, reading.theme');
    await options.locator('.settings-data').scrollIntoViewIfNeeded();
    await options.locator('.settings-data').screenshot({ path: path.join(SHOTS, 'options-import.png') });
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stored(options)).toEqual(before);
    await options.close();
  });

  it('opens the full-tab reader by itself on an article of a site with "always open the reading view here"', async () => {
    await setStored({ version: 2, sites: { '127.0.0.1': { openReader: true, hideOnPage: false } } });
    const readerOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('full=1'), timeout: 15_000 });
    const { page, tabId } = await openPage(browser, server.url(SEED));
    const reader = await readerOpened;
    expect(reader.url()).toContain(`popup.html?tab=${tabId}&full=1`);
    await reader.waitForSelector('article.reader h1', { timeout: 15_000 });
    expect(await reader.locator('article.reader h1').innerText()).toBe(SEED_TITLE);

    // Loading the same page again does not open a second reader; a page that is no article none.
    const count = () => browser.context.pages().filter((p) => p.url().includes('full=1')).length;
    await page.reload({ waitUntil: 'load' });
    const front = await openPage(browser, server.url('no-article-front-page/source.html'));
    await front.page.waitForTimeout(1500);
    expect(count()).toBe(1);

    // Without the rule, nothing opens.
    await setStored({ version: 2, sites: { '127.0.0.1': { hideOnPage: false } } });
    const other = await openPage(browser, `${server.url(SEED)}?again`);
    await other.page.waitForTimeout(1500);
    expect(count()).toBe(1);
    for (const p of [reader, page, front.page, other.page]) await p.close();
  });
});
