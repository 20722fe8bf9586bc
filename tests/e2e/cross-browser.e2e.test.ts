/**
 * The same scenarios in each browser (browsers.ts): Chromium and Firefox ESR, each with the built
 * extension (dist/chrome, dist/firefox). LECTERN_E2E_BROWSERS=firefox (or chromium) runs one.
 * Screenshots go to out/e2e/<browser>/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type BrowserName, e2eBrowsers, launchBrowser, type TabPage, type TestBrowser } from './browsers.ts';
import { SAVED_CSP } from '../../src/core/serialize/to-html.ts';
import { SETTINGS_VERSION } from '../../src/shared/settings.ts';
import { until } from './firefox.ts';
import { FIXTURE_PAGES, type FixtureServer, ROOT, serveFixtures } from './harness.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures');
const SEED = 'pages/seed-moscow-times/source.html';
const seed = JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'seed-moscow-times/expected.json'), 'utf8')) as {
  title: string;
  paragraphs: string[];
  mustGo: string[];
};
const lateModal = JSON.parse(readFileSync(path.join(FIXTURES, 'appeals/late-modal-newsletter/labels.json'), 'utf8')) as {
  mustGo: string[];
  mustStay: string[];
  late: string[];
};
const SIGN_UP = 'Sign up for our free weekly newsletter';
const normalise = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Each expected paragraph's first words appear among the rendered paragraphs, in order. */
async function expectParagraphsInOrder(view: TabPage, paragraphs: string[]) {
  const rendered = (await view.evaluate(() => [...document.querySelectorAll<HTMLElement>('article.reader .content p')].map((p) => p.innerText)))
    .map(normalise)
    .join('\n');
  let from = 0;
  for (const paragraph of paragraphs) {
    const firstWords = normalise(paragraph).split(' ').slice(0, 6).join(' ');
    const at = rendered.indexOf(firstWords, from);
    expect(at, `paragraph "${firstWords}…" in order`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

describe.each(e2eBrowsers())('in %s', (name: BrowserName) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  const shots = path.join(ROOT, 'out/e2e', name);
  const shot = async (page: TabPage, file: string) => {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot(path.join(shots, `${file}.png`));
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serveFixtures(FIXTURES);
    browser = await launchBrowser(name);
    console.log(`e2e in ${name} ${browser.version}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the seed article in the reading view, with its three appeals (support banner, newsletter box, donation letter) listed and why', async () => {
    const { page, tabId } = await browser.openPage(server.url(SEED));
    const { view, state } = await browser.openReadingView(tabId);
    expect(state).toBe('article');
    expect(await view.text('article.reader h1')).toBe(seed.title);
    await expectParagraphsInOrder(view, seed.paragraphs);
    const content = (await view.text('article.reader .content')) ?? '';
    for (const appeal of seed.mustGo) expect(content, `appeal "${appeal}"`).not.toContain(appeal);
    expect(await view.text('.removed summary')).toBe('3 appeals hidden');
    await view.click('.removed summary');
    await view.waitFor(() => document.querySelectorAll('.removal').length > 0 && document.querySelector('.removal')!.checkVisibility(), undefined, 'the list');
    const removals = await view.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.removal')].map((r) => ({
        category: r.querySelector<HTMLElement>('.removal-category')?.innerText ?? '',
        reason: r.querySelector<HTMLElement>('.removal-reason')?.innerText ?? '',
        text: r.querySelector<HTMLElement>('.removal-text')?.innerText ?? '',
      })),
    );
    expect(removals.map((r) => r.category).sort()).toEqual(['Donation', 'Donation', 'Newsletter']);
    for (const removal of removals) expect(removal.reason && removal.text).not.toBe('');
    expect(removals.find((r) => r.category === 'Newsletter')?.text).toContain(SIGN_UP);
    await shot(view, 'appeals-list');
    await view.close();
    await page.close();
  });

  it('opens the view as the toolbar popup with the read its click started, also once the background has gone idle', async () => {
    for (const idleMs of [0, 2500]) {
      const { page, tabId } = await browser.openPage(server.url(SEED));
      // The test profile lets Firefox's background page go after 1 s idle: the click must wake it.
      await new Promise((resolve) => setTimeout(resolve, idleMs));
      const shown = await browser.openPopup(page);
      expect(shown.url, `after ${idleMs} ms`).toContain(`popup.html?clicked=${tabId}`);
      expect(shown.state).toBe('article');
      expect(shown.title).toBe(seed.title);
      for (const appeal of seed.mustGo) expect(shown.text, `appeal "${appeal}"`).not.toContain(appeal);
      expect(shown.clickRead, `after ${idleMs} ms`).toMatch(/^(finished|extracted)$/);
      await page.close();
    }
  });

  it('puts the newsletter box back into the article, and removes it again', async () => {
    const { page, tabId } = await browser.openPage(server.url(SEED));
    const { view } = await browser.openReadingView(tabId);
    expect(await view.text('article.reader .content')).not.toContain(SIGN_UP);
    await view.click('.removed summary');
    await view.evaluate(() => {
      const newsletter = [...document.querySelectorAll<HTMLElement>('.removal')].find((r) => r.querySelector<HTMLElement>('.removal-category')?.innerText === 'Newsletter');
      newsletter?.setAttribute('data-test-target', '');
    });
    await view.clickButton('Put back', '.removal[data-test-target]');
    await view.waitFor((text) => document.querySelector('article.reader .content')?.textContent?.includes(text) === true, SIGN_UP, 'the box back in the article');
    expect(await view.text('.removed summary')).toBe('2 appeals hidden · 1 put back');
    expect(await view.text('article.reader .content .put-back')).toBe(SIGN_UP);
    await expectParagraphsInOrder(view, seed.paragraphs);
    expect(await view.text('article.reader .content')).not.toContain('Remind me later');
    await shot(view, 'appeal-put-back');
    await view.clickButton('Remove again', '.removal-kept');
    await view.waitFor((text) => !document.querySelector('article.reader .content')?.textContent?.includes(text), SIGN_UP, 'the box gone again');
    expect(await view.text('.removed summary')).toBe('3 appeals hidden');
    await view.close();
    await page.close();
  });

  it('hides the appeals on the page from the view, and restores them', async () => {
    const { page, tabId } = await browser.openPage(server.url(SEED));
    expect(await page.phraseVisible(SIGN_UP)).toBe(true);
    const { view } = await browser.openReadingView(tabId);
    await view.click('.removed summary');
    await view.clickButton('Hide on page too');
    await view.waitFor(() => /Hidden on the page: [1-9]/.test(document.querySelector('.removed-status')?.textContent ?? ''), undefined, 'the page count');
    expect(await page.phraseVisible(SIGN_UP)).toBe(false);
    expect(await page.phraseVisible('Remind me later')).toBe(false);
    expect(await page.phraseVisible('Colonel-General Igor Sergun')).toBe(true);
    await view.clickButton('Restore page');
    await view.waitFor(() => /back/.test(document.querySelector('.removed-status')?.textContent ?? ''), undefined, 'the page restored');
    expect(await page.phraseVisible(SIGN_UP)).toBe(true);
    expect(await page.count('[data-lectern-hidden], style[data-lectern-style]')).toBe(0);
    await view.close();
    await page.close();
  });

  it("catches a newsletter modal the page's own script opens later, and the page scrolls again", async () => {
    const { page, tabId } = await browser.openPage(server.url('appeals/late-modal-newsletter/source.html'));
    const hidden = await browser.hideOnPage(tabId);
    // The modal must not exist yet, or this would test the first scan rather than the observer.
    expect(await page.count('.nl-overlay'), 'modal not opened before hiding').toBe(0);
    expect(hidden).toBeGreaterThanOrEqual(lateModal.mustGo.length);
    for (const phrase of lateModal.mustGo) expect(await page.phraseVisible(phrase)).toBe(false);
    await page.waitFor(() => document.querySelector('.nl-overlay') !== null, undefined, 'the late modal', 6_000);
    await until(async () => (await page.phraseVisible(lateModal.late[0]!)) === false, 'the late modal hidden', 6_000);
    for (const phrase of lateModal.mustStay) expect(await page.phraseVisible(phrase)).toBe(true);
    // The scroll lock the modal's script set goes with it (in the same or the next batch).
    const overflow = () => page.evaluate(() => [getComputedStyle(document.documentElement).overflowY, getComputedStyle(document.body).overflowY]);
    await until(async () => !(await overflow()).includes('hidden'), 'the page to scroll again', 5_000);
    expect(await browser.restorePage(tabId)).toBe(hidden + 1);
    expect(await page.phraseVisible(lateModal.late[0]!)).toBe(true);
    await page.close();
  });

  it('hides the appeals as the page loads on a site the user chose (the background), and counts them on the badge', async () => {
    await browser.setSettings({ version: SETTINGS_VERSION, sites: { '127.0.0.1': { hideOnPage: true } } });
    const { page, tabId } = await browser.openPage(server.url(SEED));
    await until(async () => (await page.phraseVisible(SIGN_UP)) === false, 'the newsletter box hidden', 10_000);
    expect(await page.phraseVisible('Remind me later')).toBe(false);
    expect(await page.phraseVisible('Colonel-General Igor Sergun')).toBe(true);
    await until(async () => Number(await browser.badge(tabId)) >= 2, 'the count on the badge');
    await page.close();
    await browser.setSettings(null);
  });

  it('saves the seed as Markdown through the Save menu: front matter, the article, no appeal', async () => {
    const url = server.url(SEED);
    const { page, tabId } = await browser.openPage(url);
    const { view } = await browser.openReadingView(tabId);

    const markdown = await browser.save(view, 'Markdown');
    const fileName = 'Putin Requested Assad Step Aside, But Syrian Leader Refused - The Moscow Times';
    if (markdown.name !== null) expect(markdown.name).toBe(`${fileName}.md`);
    expect(markdown.mime).toMatch(/^text\/markdown/);
    const front = markdown.content.match(/^---\n([\s\S]*?)\n---\n/);
    expect(front, 'front matter').not.toBeNull();
    expect(parse(front![1]!)).toMatchObject({ title: seed.title, source: url, site: 'The Moscow Times', language: 'en' });
    expect(markdown.content).toContain(`# ${seed.title}`);
    const prose = markdown.content.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\/g, '');
    for (const paragraph of seed.paragraphs) expect(prose).toContain(paragraph);
    expect(markdown.content).toContain('[Financial Times](https://www.ft.com/)');
    for (const appeal of seed.mustGo) expect(markdown.content).not.toContain(appeal);

    await view.close();
    await page.close();
  });

  it('saves HTML with the pictures inside, no script and the article text', async () => {
    const report = JSON.parse(readFileSync(path.join(FIXTURE_PAGES, 'tables-images-report/expected.json'), 'utf8')) as { title: string; paragraphs: string[] };
    const { page, tabId } = await browser.openPage(server.url('pages/tables-images-report/source.html'));
    const { view } = await browser.openReadingView(tabId);
    const pictures = await view.count('article.reader .content img');
    expect(pictures).toBeGreaterThan(0);
    const html = await browser.save(view, 'Web page (HTML)');
    if (html.name !== null) expect(html.name).toBe(`${report.title} - The Weather Desk.html`);
    expect(html.mime).toMatch(/^text\/html/);
    expect(html.content).toContain(`<meta http-equiv="Content-Security-Policy" content="${SAVED_CSP}">`);
    expect(html.content).not.toMatch(/<script|\son[a-z]+=/i);
    expect(html.content).toContain(`<h1>${report.title}</h1>`);
    // Each picture is inside the file (the click asked for access to the pictures' host), none left as a note.
    expect(html.content.match(/<img [^>]*src="data:image\//g)?.length).toBe(pictures);
    expect(html.content).not.toContain('class="image-note"');
    const text = normalise(html.content.replace(/<[^>]+>/g, ' ').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&'));
    for (const paragraph of report.paragraphs) expect(text).toContain(normalise(paragraph).slice(0, 60));
    await view.waitFor((n) => document.querySelector('[role=status]')?.textContent === `Saved with ${n} pictures inside.`, pictures, 'the saved note');
    await shot(view, 'saved-html');
    await view.close();
    await page.close();
  });

  it('opens again on an unchanged page without reading it again, and reads it again once the page changed', async () => {
    const { page, tabId } = await browser.openPage(server.url(SEED));
    const open = async () => {
      const { view } = await browser.openReadingView(tabId);
      const text = (await view.text('article.reader .content')) ?? '';
      const reused = await view.evaluate(() => (performance.getEntriesByName('lectern-reused')[0] as PerformanceMark | undefined)?.detail ?? null);
      await view.close();
      return { text, reused };
    };
    const first = await open();
    expect(first.reused).toBeNull();
    expect(await open()).toEqual({ text: first.text, reused: 'view' });
    const edited = 'The page rewrote this paragraph after the first reading.';
    await page.evaluate((text) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Colonel-General Igor Sergun'));
      if (p) p.textContent = text;
    }, edited);
    const again = await open();
    expect(again.reused).toBeNull();
    expect(again.text).toContain(edited);
    expect(again.text).not.toContain('Colonel-General Igor Sergun');
    await page.close();
  });

  it('explains instead of failing on one of the browser’s own pages', async () => {
    const tabId = await browser.openBrowserPage();
    const { view, state } = await browser.openReadingView(tabId);
    expect(state).toBe('message');
    expect(await view.text('[role=alert] h1')).toBe('Lectern cannot read this page');
    expect(await view.text('[role=alert]')).toMatch(/browser’s own pages/);
    await shot(view, 'state-restricted');
    await view.close();
  });

  it('says when a page did not load, and offers to reload it', async () => {
    // A port nothing listens on (Firefox refuses to load a few well-known ones, such as 9).
    const closed = createNetServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { page, tabId } = await browser.openPage(`http://127.0.0.1:${port}/article`, { loads: false });
    const { view, state } = await browser.openReadingView(tabId);
    expect(state).toBe('message');
    // The error page may still count as loading for a moment; the view waits, then explains.
    await view.waitFor(() => document.querySelector('[role=alert] h1')?.textContent !== 'The page is still loading', undefined, 'the view to settle');
    expect(await view.text('[role=alert] h1')).toBe('Lectern could not reach this page');
    expect(await view.evaluate(() => [...document.querySelectorAll('[role=alert] button')].map((b) => b.textContent))).toEqual(['Reload the page']);
    await shot(view, 'state-unreachable');
    await view.close();
    await page.close();
  });

  it('has a settings page; a category turned off there is no longer removed in the reading view', async () => {
    const options = await browser.openOptions();
    await options.waitForSelector('main.options h1');
    const checked = await options.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((i) => [i.name, i.checked])),
    );
    expect(checked).toMatchObject({ newsletter: true, donation: true, membership: true, app: false, social: false, comments: false });
    await shot(options, 'options');
    await options.click('input[name=donation]');
    await until(async () => (await browser.settings() as { hide?: { donation?: boolean } } | undefined)?.hide?.donation === false, 'the setting stored');
    await options.close();

    const { page, tabId } = await browser.openPage(server.url(SEED));
    const { view } = await browser.openReadingView(tabId);
    expect(await view.text('.removed summary')).toBe('1 appeal hidden');
    await view.click('.removed summary');
    expect(await view.evaluate(() => [...document.querySelectorAll<HTMLElement>('.removal-category')].map((c) => c.innerText))).toEqual(['Newsletter']);
    expect(await view.text('article.reader .content')).toContain('please support us monthly');
    await view.close();
    await page.close();
    await browser.setSettings(null);
  });
});
