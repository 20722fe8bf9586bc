/**
 * The reading view in real Chromium with the built extension: what a user sees on an article, an RTL
 * page, a page with tables and images, a page with no article, a browser page, and a page still
 * loading, in every theme. Screenshots go to docs/screenshots/ (600 px wide, the popup's size).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeTabId,
  type ExtensionBrowser,
  FIXTURE_PAGES,
  type FixtureServer,
  launchWithExtension,
  openPage,
  openReadingView,
  ROOT,
  openSlowSeed,
  serveFixtures,
} from './harness.ts';
import { withExtension } from './with-extension.ts';

const SHOTS = path.join(ROOT, 'docs/screenshots');
mkdirSync(SHOTS, { recursive: true });

const expected = (slug: string) =>
  JSON.parse(readFileSync(path.join(FIXTURE_PAGES, slug, 'expected.json'), 'utf8')) as {
    title: string;
    paragraphs: string[];
    mustGo?: string[];
    lang?: string;
    dir?: string;
  };

const normalise = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Each expected paragraph's first words appear among the rendered paragraphs, in order. */
async function expectParagraphsInOrder(view: Page, paragraphs: string[]) {
  const rendered = (await view.locator('article.reader .content p').allInnerTexts()).map(normalise).join('\n');
  let from = 0;
  for (const paragraph of paragraphs) {
    const firstWords = normalise(paragraph).split(' ').slice(0, 6).join(' ');
    const at = rendered.indexOf(firstWords, from);
    expect(at, `paragraph "${firstWords}…" in order`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

const backgroundOf = (view: Page, selector = 'body') =>
  view.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);

/** Stores reading preferences as the toolbar would, then reloads the view. */
async function setReading(view: Page, reading: Record<string, unknown>) {
  await view.evaluate(async (r) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const current = (settings ?? {}) as { reading?: Record<string, unknown> };
    await chrome.storage.sync.set({ settings: { ...current, reading: { ...current.reading, ...r } } });
  }, reading);
  await view.reload();
  await view.waitForSelector('article.reader, [role=alert]');
}

async function shot(view: Page, name: string) {
  await view.evaluate(() => document.fonts.ready);
  await view.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe('the reading view', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  withExtension(serveFixtures, (s, b) => {
    server = s;
    browser = b;
  });

  it('shows the seed article: title, paragraphs in order, no appeal text, links to new tabs', async () => {
    const seed = expected('seed-moscow-times');
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('article');
    const reader = view.page.locator('article.reader');
    expect(await reader.locator('h1').innerText()).toBe(seed.title);
    await expectParagraphsInOrder(view.page, seed.paragraphs);
    expect(await reader.locator('.meta').innerText()).toMatch(/\d+ min read/);
    const links = await reader.locator('.content a[href^="http"]').evaluateAll((as) =>
      as.map((a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    );
    for (const link of links) expect(link).toEqual({ target: '_blank', rel: 'noopener noreferrer' });
    // Landmarks: a banner with the toolbar's navigation, then the article in main.
    expect(await view.page.getByRole('banner').getByRole('navigation').count()).toBe(1);
    expect(await view.page.getByRole('main').locator('article.reader').count()).toBe(1);
    // Every control has a name; the keyboard reaches the toolbar first, with a visible focus ring.
    const unnamed = await view.page.getByRole('button').evaluateAll((buttons) =>
      buttons.filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).length,
    );
    expect(unnamed).toBe(0);
    await view.page.keyboard.press('Tab');
    const focused = await view.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { label: el.getAttribute('aria-label'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(focused).toEqual({ label: 'Reading preferences', outline: 'solid 2px' });
    await setReading(view.page, { theme: 'light', font: 'serif', fontSize: 19 });
    await shot(view.page, 'reading-view');
    await view.page.close();
    await page.close();
  });

  it('saves a clean copy through the downloads API', async () => {
    const seed = expected('seed-moscow-times');
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    await view.page.getByRole('button', { name: 'Save' }).click();
    await view.page.getByRole('button', { name: 'Markdown', exact: true }).click();
    const download = await browser.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        const [item] = await chrome.downloads.search({ mime: 'text/markdown' });
        if (item?.state === 'complete') return { file: item.filename, mime: item.mime };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    });
    expect(download?.mime).toBe('text/markdown');
    const markdown = readFileSync(download!.file, 'utf8');
    expect(markdown).toContain(seed.title);
    expect(markdown).toContain('Financial Times');
    expect(await view.page.locator('.toast').count()).toBe(0);
    await view.page.close();
    await page.close();
  });

  it('applies each theme: computed colours change, and are saved', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    const colours: Record<string, string> = {};
    for (const theme of ['light', 'dark', 'sepia']) {
      await setReading(view.page, { theme });
      colours[theme] = await backgroundOf(view.page);
      await shot(view.page, `theme-${theme}`);
    }
    expect(colours).toEqual({ light: 'rgb(251, 250, 248)', dark: 'rgb(27, 28, 30)', sepia: 'rgb(244, 236, 216)' });
    // "Follow system" follows the colour scheme the browser reports.
    await setReading(view.page, { theme: 'system' });
    await view.page.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundOf(view.page)).toBe('rgb(27, 28, 30)');
    await shot(view.page, 'theme-system-dark');
    await view.page.emulateMedia({ colorScheme: 'light' });
    expect(await backgroundOf(view.page)).toBe('rgb(251, 250, 248)');
    await view.page.close();
    await page.close();
  });

  it('changes preferences from the toolbar at once, and keeps them', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    await setReading(view.page, { theme: 'light', font: 'serif', fontSize: 19 });
    const v = view.page;
    const fontSize = () => v.locator('.content p').first().evaluate((p) => getComputedStyle(p).fontSize);
    expect(await fontSize()).toBe('19px');
    await v.keyboard.press('+');
    await v.keyboard.press('+');
    expect(await fontSize()).toBe('21px');
    await v.keyboard.press('-');
    expect(await fontSize()).toBe('20px');

    await v.getByRole('button', { name: 'Reading preferences' }).click();
    await v.getByRole('button', { name: 'Sepia' }).click();
    expect(await backgroundOf(v)).toBe('rgb(244, 236, 216)');
    await v.getByRole('button', { name: 'Sans-serif' }).click();
    expect(await v.locator('.content p').first().evaluate((p) => getComputedStyle(p).fontFamily)).not.toMatch(/Charter/);
    await shot(v, 'preferences-panel');
    // Esc closes the panel first (and does not close the view).
    await v.keyboard.press('Escape');
    expect(await v.locator('.popover-panel').first().isHidden()).toBe(true);

    await v.getByRole('button', { name: 'Reading preferences' }).click();
    await v.getByRole('button', { name: 'OpenDyslexic' }).click();
    await v.keyboard.press('Escape');
    await v.evaluate(() => document.fonts.ready);
    const dyslexicLoaded = await v.evaluate(() => document.fonts.check('16px OpenDyslexic'));
    expect(dyslexicLoaded).toBe(true);
    await shot(v, 'font-dyslexic');

    await v.reload();
    await v.waitForSelector('article.reader');
    expect(await backgroundOf(v)).toBe('rgb(244, 236, 216)');
    expect(await fontSize()).toBe('20px');
    await setReading(v, { theme: 'system', font: 'serif', fontSize: 19 });
    await v.close();
    await page.close();
  });

  it('shows none of the seed page’s appeal text', async () => {
    const seed = expected('seed-moscow-times');
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    const text = await view.page.locator('article.reader .content').innerText();
    for (const appeal of seed.mustGo ?? []) expect(text, `appeal "${appeal}"`).not.toContain(appeal);
    await view.page.close();
    await page.close();
  });

  it('lists removed appeals, and hides or restores them on the page itself', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    const v = view.page;
    const summary = v.locator('.removed summary');
    const n = Number((await summary.innerText()).match(/\d+/)?.[0]);
    expect(n).toBeGreaterThan(0);
    await summary.click();
    expect(await v.locator('.removal').count()).toBe(n);
    for (const removal of await v.locator('.removal').all()) {
      expect(await removal.locator('.removal-category').innerText()).toMatch(/Newsletter|Donation|Membership/);
      // Why, in words: the rules by name, without the verdict's weights (those are in the tooltip).
      const reason = removal.locator('.removal-reason');
      expect(await reason.locator('.reason-rule').count()).toBeGreaterThan(0);
      expect(await reason.innerText()).not.toMatch(/-?\d\.\d\d \(/);
      expect(await reason.getAttribute('title')).toMatch(/^(newsletter|donation|membership) \d\.\d\d: /);
      expect(await removal.locator('.removal-text').innerText()).not.toBe('');
    }
    await shot(v, 'appeals-list');

    const signUp = page.getByText('Sign up for our free weekly newsletter').first();
    expect(await signUp.isVisible()).toBe(true);
    await v.getByRole('button', { name: 'Hide on page too' }).click();
    await v.waitForFunction(() => /\d/.test(document.querySelector('.removed-status')?.textContent ?? ''));
    expect(await v.locator('.removed-status').innerText()).toMatch(/Hidden on the page: [1-9]/);
    expect(await signUp.isVisible()).toBe(false);
    await v.getByRole('button', { name: 'Restore page' }).click();
    await v.waitForFunction(() => /back/.test(document.querySelector('.removed-status')?.textContent ?? ''));
    expect(await signUp.isVisible()).toBe(true);
    await v.close();
    await page.close();
  });

  it('puts a removed appeal back into the article, and removes it again', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    const v = view.page;
    const content = v.locator('article.reader .content');
    const signUp = 'Sign up for our free weekly newsletter';
    expect(await content.innerText()).not.toContain(signUp);
    await v.locator('.removed summary').click();
    const newsletter = v.locator('.removal', { hasText: 'Newsletter' });
    await newsletter.getByRole('button', { name: 'Put back' }).click();
    await v.waitForFunction((text) => document.querySelector('article.reader .content')?.textContent?.includes(text), signUp);
    expect(await v.locator('.removed summary').innerText()).toBe('2 appeals hidden · 1 put back');
    // Marked where it now stands, and scrolled into view.
    const marked = v.locator('article.reader .content .put-back');
    expect(await marked.innerText()).toBe(signUp);
    expect(await marked.isVisible()).toBe(true);
    expect(await marked.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    // The article around it is unchanged: still every paragraph, and still no donation letter.
    await expectParagraphsInOrder(v, expected('seed-moscow-times').paragraphs);
    expect(await content.innerText()).not.toContain('Remind me later');
    await shot(v, 'appeal-put-back');
    await v.locator('.removal-kept').getByRole('button', { name: 'Remove again' }).click();
    await v.waitForFunction((text) => !document.querySelector('article.reader .content')?.textContent?.includes(text), signUp);
    expect(await v.locator('.removed summary').innerText()).toBe('3 appeals hidden');
    await v.close();
    await page.close();
  });

  it('reads right-to-left pages right to left, with their language', async () => {
    const rtl = expected('rtl-arabic-news');
    const { page, tabId } = await openPage(browser, server.url('rtl-arabic-news/source.html'));
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('article');
    const reader = view.page.locator('article.reader');
    expect(await reader.getAttribute('dir')).toBe('rtl');
    expect(await reader.getAttribute('lang')).toBe('ar');
    expect(await reader.locator('h1').innerText()).toBe(rtl.title);
    expect(await reader.locator('.content p').first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    await expectParagraphsInOrder(view.page, rtl.paragraphs);
    await setReading(view.page, { theme: 'light' });
    await shot(view.page, 'rtl');
    await view.page.close();
    await page.close();
  });

  it('shows tables, figures with captions, code, quotes and loaded images', async () => {
    const report = expected('tables-images-report');
    const { page, tabId } = await openPage(browser, server.url('tables-images-report/source.html'));
    const view = await openReadingView(browser, tabId);
    const v = view.page;
    expect(await v.locator('article.reader h1').innerText()).toBe(report.title);
    await expectParagraphsInOrder(v, report.paragraphs);
    expect(await v.locator('.content table tr').count()).toBe(5);
    expect(await v.locator('.content figcaption').count()).toBeGreaterThanOrEqual(2);
    expect(await v.locator('.content pre code').innerText()).toContain('winter_total');
    expect(await v.locator('.content blockquote').count()).toBe(1);
    const images = v.locator('article.reader img');
    expect(await images.count()).toBeGreaterThanOrEqual(2);
    await v.waitForFunction(() => [...document.querySelectorAll('article.reader img')].every((i) => (i as HTMLImageElement).complete));
    const widths = await images.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    for (const width of widths) expect(width).toBeGreaterThan(0);
    await setReading(v, { theme: 'light' });
    await shot(v, 'tables-images');
    await v.locator('.content table').scrollIntoViewIfNeeded();
    await v.evaluate(() => window.scrollBy(0, 120));
    await shot(v, 'tables-images-table');
    await v.close();
    await page.close();
  });

  it('explains a page with no article and can show its text anyway', async () => {
    const { page, tabId } = await openPage(browser, server.url('no-article-front-page/source.html'));
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('message');
    const alert = view.page.locator('[role=alert]');
    expect(await alert.locator('h1').innerText()).toBe('No article here');
    expect(await alert.innerText()).toMatch(/select the part you want to read/);
    await shot(view.page, 'state-no-article');
    await view.page.getByRole('button', { name: 'Show the page’s text anyway' }).click();
    await view.page.waitForSelector('article.reader.plain');
    expect(await view.page.locator('article.reader').innerText()).toContain('Council approves new tram line');
    await shot(view.page, 'state-page-text');
    await view.page.close();
    await page.close();
  });

  it('shows the selected text when the page has no article', async () => {
    const { page, tabId } = await openPage(browser, server.url('no-article-front-page/source.html'));
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.teasers')!);
      getSelection()!.addRange(range);
    });
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('article');
    expect(await view.page.locator('article.reader .site').innerText()).toMatch(/selected text/i);
    const paragraphs = await view.page.locator('article.reader .content p').allInnerTexts();
    expect(paragraphs[0]).toBe('Council approves new tram line');
    expect(paragraphs).not.toContain('About Contact');
    await view.page.close();
    await page.close();
  });

  it('explains why it cannot read a browser page', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const tabId = await activeTabId(browser, page);
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('message');
    const alert = view.page.locator('[role=alert]');
    expect(await alert.locator('h1').innerText()).toBe('Lectern cannot read this page');
    expect(await alert.innerText()).toMatch(/browser’s own pages/);
    await shot(view.page, 'state-restricted');
    await view.page.close();
    await page.close();
  });

  it('offers a reload when the page does not answer', async () => {
    const page = await browser.context.newPage();
    // Nothing listens on port 9: Chromium shows its error page, which no script can reach.
    await page.goto('http://127.0.0.1:9/article').catch(() => undefined);
    const tabId = await activeTabId(browser, page);
    const view = await openReadingView(browser, tabId);
    expect(view.state).toBe('message');
    const alert = view.page.locator('[role=alert]');
    // The error page may still count as loading for a moment; the view waits, then explains.
    await view.page.waitForFunction(() => document.querySelector('[role=alert] h1')?.textContent !== 'The page is still loading');
    expect(await alert.locator('h1').innerText()).toBe('Lectern could not reach this page');
    expect(await alert.innerText()).not.toMatch(/Error|undefined|Frame with ID/);
    expect(await alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    await shot(view.page, 'state-unreachable');
    await view.page.close();
    await page.close();
  });

  it('reads a page whose document has arrived while an image of it still loads, at once', async () => {
    const tab = await openSlowSeed(browser, 'image', 5000, 'domcontentloaded');
    const status = () => browser.serviceWorker.evaluate(async (id: number) => (await chrome.tabs.get(id)).status, tab.tabId);
    expect(await status()).toBe('loading');
    const view = await openReadingView(browser, tab.tabId);
    expect(view.state).toBe('article');
    expect(await view.page.locator('article.reader h1').innerText()).toBe(expected('seed-moscow-times').title);
    expect(await status()).toBe('loading');
    await view.page.close();
    await tab.close();
  });

  it('waits for a page whose document is still arriving, and shows its article once it has', async () => {
    const tab = await openSlowSeed(browser, 'document', 2500, 'commit');
    expect(await tab.page.evaluate(() => document.readyState)).toBe('loading');
    const view = await openReadingView(browser, tab.tabId);
    expect(view.state).toBe('article');
    expect(Date.now() - tab.opened).toBeGreaterThan(2000);
    expect(await view.page.locator('article.reader h1').innerText()).toBe(expected('seed-moscow-times').title);
    await view.page.close();
    await tab.close();
  });

  it('on a page that puts its article in by script once loaded: says it is still loading, then shows it', async () => {
    const tab = await openSlowSeed(browser, 'scripted', 2500, 'domcontentloaded');
    const view = await openReadingView(browser, tab.tabId);
    expect(view.state).toBe('message');
    expect(await view.page.locator('[role=alert] h1').innerText()).toBe('The page is still loading');
    await shot(view.page, 'state-page-loading');
    await view.page.waitForSelector('article.reader', { timeout: 15_000 });
    expect(await view.page.locator('article.reader h1').innerText()).toBe(expected('seed-moscow-times').title);
    await view.page.close();
    await tab.close();
  });

  it('opens the same view in a full tab, which prints without the toolbar', async () => {
    const { page, tabId } = await openPage(browser, server.url('tables-images-report/source.html'));
    const full = await browser.context.newPage();
    await full.setViewportSize({ width: 1100, height: 800 });
    await full.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}&full=1`);
    await full.waitForSelector('article.reader');
    expect(await full.title()).toBe(expected('tables-images-report').title);
    expect(await full.getByRole('button', { name: 'Print' }).count()).toBe(1);
    expect(await full.getByRole('button', { name: 'Open in tab' }).count()).toBe(0);
    await setReading(full, { theme: 'light' });
    await shot(full, 'full-tab');
    await full.emulateMedia({ media: 'print' });
    expect(await full.locator('.toolbar-bar').isHidden()).toBe(true);
    expect(await backgroundOf(full)).toBe('rgb(255, 255, 255)');
    await shot(full, 'print');
    await full.close();
    await page.close();
  });

  it('has a settings page with the categories, per-site rules and reading preferences', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 600, height: 1100 });
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
    await options.waitForSelector('main.options h1');
    const checked = await options
      .locator('input[type=checkbox]')
      .evaluateAll((inputs) => Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).checked])));
    expect(checked).toMatchObject({ newsletter: true, donation: true, membership: true, app: false, social: false, comments: false });
    await options.getByLabel('Comments').check();
    await options.getByLabel('Site (for example example.com)').fill('www.example.org');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.waitForSelector('.site-rule');
    const stored = (await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)) as {
      hide: Record<string, boolean>;
      sites: unknown;
    };
    expect(stored.hide.comments).toBe(true);
    expect(stored.sites).toEqual({ 'example.org': { hideOnPage: true } });
    await options.close();
  });
});

describe('the reading view in German', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    // Chromium on Linux picks its UI language (and so the extension's locale) from --lang and the environment.
    const previous = { LANG: process.env.LANG, LANGUAGE: process.env.LANGUAGE };
    Object.assign(process.env, { LANG: 'de_DE.UTF-8', LANGUAGE: 'de' });
    try {
      browser = await launchWithExtension({ args: ['--lang=de'] });
    } finally {
      for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('speaks the browser’s language around the article', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    const v = view.page;
    expect(await v.locator('article.reader .meta').innerText()).toMatch(/Min\. Lesezeit/);
    expect(await v.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    expect(await v.getByRole('button', { name: 'In Tab öffnen' }).count()).toBe(1);
    await v.getByRole('button', { name: 'Leseeinstellungen' }).click();
    await shot(v, 'german-ui');
    await v.close();
    const { page: front, tabId: frontTab } = await openPage(browser, server.url('no-article-front-page/source.html'));
    const message = await openReadingView(browser, frontTab);
    expect(await message.page.locator('[role=alert] h1').innerText()).toBe('Kein Artikel gefunden');
    await message.page.close();
    await front.close();
    await page.close();
  });
});
