/**
 * The saved and copied article in real Chromium with the built extension: Copy as Markdown / text
 * puts the clean copy on the clipboard and says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ExtensionBrowser, FIXTURE_PAGES, type FixtureServer, launchWithExtension, openPage, openReadingView, serveFixtures } from './harness.ts';

const seed = JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'seed-moscow-times/expected.json'), 'utf8')) as {
  title: string;
  paragraphs: string[];
  mustGo?: string[];
};

describe('saving and copying the clean copy', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
    // Chromium refuses a grant for the extension's origin by name ("opaque origin"); a grant for
    // every origin reaches it.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('copies the seed article as Markdown and as text, with a visible confirmation', async () => {
    const url = server.url('seed-moscow-times/source.html');
    const { page, tabId } = await openPage(browser, url);
    const view = await openReadingView(browser, tabId);
    const v = view.page;
    await v.bringToFront();
    const clipboard = () => v.evaluate(() => navigator.clipboard.readText());
    await v.evaluate(() => navigator.clipboard.writeText('before'));

    await v.getByRole('button', { name: 'Save' }).click();
    await v.getByRole('button', { name: 'Copy as Markdown' }).click();
    await v.getByRole('status').filter({ hasText: 'Copied as Markdown.' }).waitFor();
    const markdown = await clipboard();
    const front = markdown.match(/^---\n([\s\S]*?)\n---\n/);
    expect(front, 'front matter').not.toBeNull();
    expect(parse(front![1]!)).toMatchObject({ title: seed.title, source: url, site: 'The Moscow Times', language: 'en' });
    expect(markdown).toContain(`# ${seed.title}`);
    // The paragraphs, once the Markdown of their links ([text](url)) is read as its text.
    const prose = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\/g, '');
    for (const paragraph of seed.paragraphs) expect(prose).toContain(paragraph);
    expect(markdown).toContain('[Financial Times](https://www.ft.com/)');
    for (const appeal of seed.mustGo ?? []) expect(markdown).not.toContain(appeal);

    await v.getByRole('button', { name: 'Save' }).click();
    await v.getByRole('button', { name: 'Copy as text' }).click();
    await v.getByRole('status').filter({ hasText: 'Copied as text.' }).waitFor();
    const text = await clipboard();
    expect(text.startsWith(`${seed.title}\n`)).toBe(true);
    expect(text).not.toContain('---');
    for (const paragraph of seed.paragraphs) expect(text).toContain(paragraph);
    await v.close();
    await page.close();
  });
});
