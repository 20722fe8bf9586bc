/**
 * The toolbar button clicked for real (tests/e2e/toolbar.ts): in Chrome the click reaches the
 * worker, which opens the view as the popup on that tab (`?clicked=`) and reads the page meanwhile;
 * the view shows that read (`lectern-click-read`) instead of reading again. A page the worker may
 * not read is left for the view to explain.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, FIXTURE_PAGES, type FixtureServer, openPage, serveFixtures } from './harness.ts';
import { type Toolbar, type ToolbarPopup, toolbar } from './toolbar.ts';
import { withExtension } from './with-extension.ts';

const seed = JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'seed-moscow-times/expected.json'), 'utf8')) as {
  title: string;
  paragraphs: string[];
  mustGo: string[];
};

interface Shown {
  url: string;
  state: 'article' | 'message';
  title: string;
  text: string;
  marks: Record<string, unknown>;
}

/** What the popup shows once it has an article or a message, and which of the view's marks it set. */
const SHOWN = `(() => {
  const found = document.querySelector('article.reader, [role=alert]');
  if (!found) return null;
  const marks = {};
  for (const mark of performance.getEntriesByType('mark')) marks[mark.name] = mark.detail ?? true;
  return {
    url: location.href,
    state: found.matches('article.reader') ? 'article' : 'message',
    title: document.querySelector('article.reader h1')?.textContent ?? '',
    text: (found.querySelector('.content') ?? found).textContent,
    marks,
  };
})()`;

describe('clicking the toolbar button', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let bar: Toolbar;
  withExtension(serveFixtures, async (s, b) => {
    server = s;
    browser = b;
    bar = await toolbar(b.context);
  });
  const toClose: Array<Page | ToolbarPopup> = [];
  afterEach(async () => {
    for (const item of toClose.splice(0)) await item.close();
  });

  async function click(page: Page): Promise<Shown> {
    await bar.click(browser.extensionId, page);
    const popup = await bar.popup(`chrome-extension://${browser.extensionId}/src/popup/popup.html`);
    toClose.push(popup);
    const shown = await popup.waitFor<Shown>(SHOWN);
    await popup.close();
    return shown;
  }

  it('opens the view as the popup on the page, showing the read the click started, appeals hidden', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    toClose.push(page);
    const shown = await click(page);
    expect(shown.url).toContain(`popup.html?clicked=${tabId}`);
    expect(shown.state).toBe('article');
    expect(shown.title).toBe(seed.title);
    expect(shown.text).toContain(seed.paragraphs[0]!.slice(0, 60));
    for (const gone of seed.mustGo) expect(shown.text).not.toContain(gone);
    expect(shown.marks['lectern-click-read']).toBe(true);
    expect(shown.marks['lectern-reused']).toBeUndefined();
  });

  it('a second click on the unchanged page shows the article the view kept, with no second cleaning', async () => {
    const { page } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    toClose.push(page);
    await click(page);
    const again = await click(page);
    expect(again.state).toBe('article');
    expect(again.title).toBe(seed.title);
    expect(again.marks['lectern-click-read']).toBe(true);
    expect(again.marks['lectern-reused']).toBe('view');
  });

  it('on a page no extension may script, the view explains, with no read from the click', async () => {
    const page = await browser.context.newPage();
    toClose.push(page);
    await page.goto('chrome://version');
    const shown = await click(page);
    expect(shown.state).toBe('message');
    expect(shown.marks['lectern-click-read']).toBeUndefined();
  });
});
