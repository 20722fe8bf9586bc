import { describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  type FixtureServer,
  openPage,
  openReadingView,
  serveFixtures,
} from './harness.ts';
import { withExtension } from './with-extension.ts';

const SEED = 'seed-moscow-times/source.html';

describe('background: hiding appeals automatically on sites the user chose', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  withExtension(serveFixtures, (s, b) => {
    server = s;
    browser = b;
  });

  const setSites = (sites: Record<string, { hideOnPage?: boolean; disabled?: boolean }>) =>
    browser.serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: { version: 1, sites: value } }), sites);

  it('leaves pages alone by default', async () => {
    await setSites({});
    const { page, tabId } = await openPage(browser, server.url(SEED));
    await page.waitForTimeout(500);
    expect(await page.getByText('Sign up for our free weekly newsletter').isVisible()).toBe(true);
    expect(await browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });

  it('hides the appeals on load and counts them on the badge when the site is enabled', async () => {
    await setSites({ '127.0.0.1': { hideOnPage: true } });
    const { page, tabId } = await openPage(browser, server.url(SEED));
    await page.getByText('Sign up for our free weekly newsletter').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByText('Remind me later.').waitFor({ state: 'hidden', timeout: 10_000 });
    // The article itself stays.
    expect(await page.getByText('Citing information provided by two unidentified').isVisible()).toBe(true);
    const badge = await browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(2);
    // Only the live-page script is in the page; the reading view still finds its way to the article.
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('article');
    expect(await view.page.locator('article.reader h1').innerText()).toBe('Putin Requested Assad Step Aside, But Syrian Leader Refused');
    await view.page.close();
    await page.close();
  });
});
