/**
 * Opening the view again on the same tab: the reading script gives back the answer it kept when the
 * page has not changed since (the view marks `lectern-reused`, no extraction ran), and reads the
 * page again when it has: its text edited, an SPA navigation, other settings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, FIXTURE_PAGES, type FixtureServer, launchWithExtension, openPage, openReadingView, serveFixtures } from './harness.ts';

const seed = JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'seed-moscow-times/expected.json'), 'utf8')) as {
  paragraphs: string[];
  mustGo: string[];
};
const FIRST_WORDS = seed.paragraphs[0]!.slice(0, 40);
const EDITED = 'This paragraph was rewritten by the page after the first reading, and the view must show it.';

describe('opening the view again on the same tab', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
  });
  // Each test reads its own tab: close it even when the test failed, so the next finds its own.
  const onClose: Page[] = [];
  afterEach(async () => {
    for (const page of onClose.splice(0)) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the view on the tab: its article text, and whether the page gave back its kept answer. */
  async function open(tabId: number): Promise<{ text: string; reused: boolean }> {
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('article');
    const text = await view.page.locator('article.reader .content').innerText();
    const reused = await view.page.evaluate(() => performance.getEntriesByName('lectern-reused').length > 0);
    await view.page.close();
    return { text, reused };
  }

  const editFirstParagraph = (page: Page) =>
    page.evaluate(
      ({ words, edited }) => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(words));
        if (!p) throw new Error('first paragraph not found');
        p.textContent = edited;
      },
      { words: FIRST_WORDS, edited: EDITED },
    );

  it('reuses the first reading while the page is unchanged, and reads the page again once it changed', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    onClose.push(page);
    const first = await open(tabId);
    expect(first.reused).toBe(false);
    expect(first.text).toContain(FIRST_WORDS);

    const again = await open(tabId);
    expect(again).toEqual({ text: first.text, reused: true });

    await editFirstParagraph(page);
    const edited = await open(tabId);
    expect(edited.reused).toBe(false);
    expect(edited.text).toContain(EDITED);
    expect(edited.text).not.toContain(FIRST_WORDS);
    expect(await open(tabId)).toEqual({ text: edited.text, reused: true });

    // A change that leaves the text as it was (an attribute) still means reading again.
    await page.evaluate(() => document.body.setAttribute('data-late', '1'));
    expect(await open(tabId)).toEqual({ text: edited.text, reused: false });
  });

  it('reads the page again after an SPA navigation to another address', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    onClose.push(page);
    expect((await open(tabId)).reused).toBe(false);
    await page.evaluate(() => history.pushState(null, '', '?next=1'));
    expect((await open(tabId)).reused).toBe(false);
    expect((await open(tabId)).reused).toBe(true);
  });

  it('reads the page again when the settings ask for other removals', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    onClose.push(page);
    const hidden = await open(tabId);
    expect(hidden.text).not.toContain(seed.mustGo[0]);
    const view = await openReadingView(browser, tabId);
    await view.page.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), hide: { newsletter: false, donation: false, membership: false } } });
    });
    await view.page.close();
    const shown = await open(tabId);
    expect(shown.reused).toBe(false);
    expect(shown.text).toContain(seed.mustGo[0]);
  });
});
