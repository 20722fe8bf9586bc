import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activeTabId,
  type ExtensionBrowser,
  FIXTURE_PAGES,
  type FixtureServer,
  openPage,
  openReadingView,
  serveFixtures,
} from './harness.ts';
import { withExtension } from './with-extension.ts';

const seed = JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'seed-moscow-times/expected.json'), 'utf8')) as {
  title: string;
  paragraphs: string[];
};

describe('the built extension in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  withExtension(serveFixtures, (s, b) => {
    server = s;
    browser = b;
  });

  it('loads: its service worker runs and its manifest is the one we built', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'downloads', 'contextMenus']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('does not inject anything into pages until asked', async () => {
    const { page } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('lectern');
    await page.close();
  });

  it('shows the seed article in the reading view', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('article');
    expect(await view.page.locator('article.reader h1').innerText()).toBe(seed.title);
    const paragraphs = await view.page.locator('article.reader .content p').allInnerTexts();
    // Each article paragraph is there, in order (text repair may change quote characters).
    const normalise = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const rendered = paragraphs.map(normalise).join('\n');
    let from = 0;
    for (const expected of seed.paragraphs) {
      const firstWords = normalise(expected).split(' ').slice(0, 8).join(' ');
      const at = rendered.indexOf(firstWords, from);
      expect(at, `paragraph "${firstWords}…" in order`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    // The page's scripts never run in our view.
    expect(view.html).not.toContain('dataLayer');
    await view.page.close();
    await page.close();
  });

  it('explains instead of failing on a browser page', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const tabId = await activeTabId(browser, page);
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('message');
    expect(await view.page.locator('[role=alert]').innerText()).toMatch(/browser/i);
    await view.page.close();
    await page.close();
  });
});
