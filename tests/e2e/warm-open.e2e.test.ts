/**
 * Opening the view again on the same tab: while the page has not changed since, no extraction runs
 * (the view marks `lectern-reused`): the page answers `unchanged` and the view shows the article it
 * kept (detail `view`), or, when the view kept another tab's article, the page sends its kept
 * extraction again (detail `page`). Once the page changed (its text edited, an attribute, an SPA
 * navigation) or the settings ask for other removals, the page is read again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, FIXTURE_PAGES, type FixtureServer, openPage, openReadingView, serveFixtures } from './harness.ts';
import { withExtension } from './with-extension.ts';

const seed = JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'seed-moscow-times/expected.json'), 'utf8')) as {
  paragraphs: string[];
  mustGo: string[];
};
const FIRST_WORDS = seed.paragraphs[0]!.slice(0, 40);
const EDITED = 'This paragraph was rewritten by the page after the first reading, and the view must show it.';

describe('opening the view again on the same tab', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  withExtension(serveFixtures, (s, b) => {
    server = s;
    browser = b;
  });
  // Each test reads its own tab: close it even when the test failed, so the next finds its own.
  const onClose: Page[] = [];
  afterEach(async () => {
    for (const page of onClose.splice(0)) await page.close();
  });

  /** Opens the view on the tab: its article text, and what was reused instead of reading (null: nothing). */
  async function open(tabId: number): Promise<{ text: string; reused: 'view' | 'page' | null }> {
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('article');
    const text = await view.page.locator('article.reader .content').innerText();
    const reused = await view.page.evaluate(() => (performance.getEntriesByName('lectern-reused')[0] as PerformanceMark | undefined)?.detail ?? null);
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
    expect(first.reused).toBeNull();
    expect(first.text).toContain(FIRST_WORDS);

    const again = await open(tabId);
    expect(again).toEqual({ text: first.text, reused: 'view' });

    await editFirstParagraph(page);
    const edited = await open(tabId);
    expect(edited.reused).toBeNull();
    expect(edited.text).toContain(EDITED);
    expect(edited.text).not.toContain(FIRST_WORDS);
    expect(await open(tabId)).toEqual({ text: edited.text, reused: 'view' });

    // A change that leaves the text as it was (an attribute) still means reading again.
    await page.evaluate(() => document.body.setAttribute('data-late', '1'));
    expect(await open(tabId)).toEqual({ text: edited.text, reused: null });
  });

  it('sends the kept extraction again when the view kept another tab\'s article', async () => {
    const a = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const b = await openPage(browser, server.url('tables-images-report/source.html'));
    onClose.push(a.page, b.page);
    const first = await open(a.tabId);
    expect((await open(b.tabId)).reused).toBeNull();
    expect(await open(a.tabId)).toEqual({ text: first.text, reused: 'page' });
    expect(await open(a.tabId)).toEqual({ text: first.text, reused: 'view' });
  });

  it('reads the page again after an SPA navigation to another address', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    onClose.push(page);
    expect((await open(tabId)).reused).toBeNull();
    await page.evaluate(() => history.pushState(null, '', '?next=1'));
    expect((await open(tabId)).reused).toBeNull();
    expect((await open(tabId)).reused).toBe('view');
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
    expect(shown.reused).toBeNull();
    expect(shown.text).toContain(seed.mustGo[0]);
  });
});
