/**
 * The saved and copied article in real Chromium with the built extension: Copy as Markdown / text
 * puts the clean copy on the clipboard and says so; the saved HTML, opened with every request
 * blocked, shows its images from inside the file, asks for nothing and runs no script; Markdown
 * with its pictures beside it writes them next to the .md, its links resolving to them; the
 * full-tab reader prints without its controls, with link addresses only when asked.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Page } from 'playwright-core';
import { readArticle } from '../../src/core/read-article.ts';
import { articleToHtmlWithImages } from '../../src/core/serialize/save-html.ts';
import { type ExtensionBrowser, FIXTURE_PAGES, ROOT, type FixtureServer, launchWithExtension, openPage, openReadingView, serveFixtures } from './harness.ts';
import { withExtension } from './with-extension.ts';

interface Expected {
  title: string;
  paragraphs: string[];
  mustGo?: string[];
}
const expected = (slug: string) => JSON.parse(readFileSync(path.join(FIXTURE_PAGES, slug, 'expected.json'), 'utf8')) as Expected;
const seed = expected('seed-moscow-times');
const CORPUS = process.env.LECTERN_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN4+P//fwAJ0wPo9Nvt9wAAAABJRU5ErkJggg==', 'base64');

/** Saves the view's article as HTML through the Save menu and returns the downloaded file's path. */
async function saveHtml(browser: ExtensionBrowser, view: Page): Promise<string> {
  const before = await browser.serviceWorker.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
  await view.getByRole('button', { name: 'Save' }).click();
  await view.getByRole('button', { name: 'Web page (HTML)' }).click();
  const file = await browser.serviceWorker.evaluate(async (known: number[]) => {
    for (;;) {
      const item = (await chrome.downloads.search({ mime: 'text/html' })).find((d) => !known.includes(d.id));
      if (item?.state === 'complete') return item.filename;
      if (item?.state === 'interrupted') return null;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, before);
  if (!file) throw new Error('the download was interrupted');
  return file;
}

/**
 * Opens a saved file in a fresh page with every request blocked, and reports what was asked for,
 * whether a script could run, and how its images rendered.
 */
async function openOffline(browser: ExtensionBrowser, download: string) {
  // Playwright keeps downloads under a name without extension; a saved file is opened as .html.
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'lectern-saved-')), 'saved copy.html');
  copyFileSync(download, file);
  const page = await browser.context.newPage();
  const fileUrl = pathToFileURL(file).href;
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('request', (request) => {
    if (request.url() !== fileUrl && !requests.includes(request.url())) requests.push(request.url());
  });
  await page.goto(fileUrl, { waitUntil: 'load' });
  const state = await page.evaluate(async () => {
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    // The saved file's CSP must stop a script even if one were in it.
    const probe = document.createElement('script');
    probe.textContent = 'window.__lecternRan = true';
    document.body.append(probe);
    return {
      scripts: document.scripts.length - 1,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      ran: (window as { __lecternRan?: boolean }).__lecternRan === true,
      images: [...document.images].map((img) => ({ data: img.src.startsWith('data:image/'), width: img.naturalWidth })),
      notes: document.querySelectorAll('.image-note').length,
      text: document.body.innerText,
    };
  });
  return { page, requests, ...state };
}

describe('saving and copying the clean copy', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  withExtension(serveFixtures, async (s, b) => {
    server = s;
    browser = b;
    // Chromium refuses a grant for the extension's origin by name ("opaque origin"); a grant for
    // every origin reaches it.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
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

  it('saves HTML with the images inside; opened offline it shows them, requests nothing, runs nothing', async () => {
    const report = expected('tables-images-report');
    const { page, tabId } = await openPage(browser, server.url('tables-images-report/source.html'));
    const view = await openReadingView(browser, tabId);
    const inView = await view.page.locator('article.reader .content img').count();
    expect(inView).toBeGreaterThan(0);
    const file = await saveHtml(browser, view.page);
    await view.page.getByRole('status').filter({ hasText: `Saved with ${inView} pictures inside.` }).waitFor();
    const saved = await openOffline(browser, file);
    expect(saved.requests).toEqual([]);
    expect(saved.ran).toBe(false);
    expect({ scripts: saved.scripts, handlers: saved.handlers, notes: saved.notes }).toEqual({ scripts: 0, handlers: 0, notes: 0 });
    expect(saved.images.length).toBe(inView);
    for (const image of saved.images) expect(image).toEqual({ data: true, width: expect.any(Number) });
    expect(saved.images.every((image) => image.width > 0)).toBe(true);
    for (const paragraph of report.paragraphs) expect(saved.text).toContain(paragraph.slice(0, 60));
    await saved.page.close();
    await view.page.close();
    await page.close();
  });

  it('saves the seed as HTML: offline, no request, no script, no appeal', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const view = await openReadingView(browser, tabId);
    const saved = await openOffline(browser, await saveHtml(browser, view.page));
    expect(saved.requests).toEqual([]);
    expect(saved.ran).toBe(false);
    expect(saved.scripts + saved.handlers).toBe(0);
    expect(saved.text).toContain(seed.title);
    for (const paragraph of seed.paragraphs) expect(saved.text).toContain(paragraph);
    for (const appeal of seed.mustGo ?? []) expect(saved.text).not.toContain(appeal);
    await saved.page.close();
    await view.page.close();
    await page.close();
  });

  it('embeds images for a context-menu save: the saving script asks the service worker for the bytes', async () => {
    const { page, tabId } = await openPage(browser, server.url('tables-images-report/source.html'));
    const chart = server.url('tables-images-report/rain-chart.svg');
    const reply = (await browser.serviceWorker.evaluate(
      async ({ tabId, contentHtml }) => {
        await chrome.scripting.executeScript({ target: { tabId }, files: ['src/content/save-script.js'] });
        return chrome.tabs.sendMessage(tabId, { type: 'embed-images', contentHtml, maxImageBytes: 5 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024 });
      },
      { tabId, contentHtml: `<p>Chart</p><img src="${chart}" alt="chart"><img src="https://unreachable.invalid/x.png" alt="gone">` },
    )) as { data: { contentHtml: string; embedded: number; left: number } };
    expect(reply.data.embedded).toBe(1);
    expect(reply.data.left).toBe(1);
    const svg = readFileSync(path.join(FIXTURE_PAGES, 'tables-images-report/rain-chart.svg'));
    expect(reply.data.contentHtml).toContain(`src="data:image/svg+xml;base64,${svg.toString('base64')}"`);
    expect(reply.data.contentHtml).toContain('class="image-note"');
    await page.close();
  });

  it('saves Markdown with its pictures in a folder beside it: the files are on disk and the links resolve to them', async () => {
    // Downloads go where the browser itself puts them, under the names the extension gives (the
    // DevTools download handling Playwright sets renames every file): a browser of this test's own
    // whose downloads folder (XDG_DOWNLOAD_DIR) is a temporary one.
    const home = mkdtempSync(path.join(os.tmpdir(), 'lectern-home-'));
    const downloads = path.join(home, 'Downloads');
    mkdirSync(downloads);
    writeFileSync(path.join(home, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    const before = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = home;
    const browser = await launchWithExtension().finally(() => {
      if (before === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = before;
    });
    const { page, tabId } = await openPage(browser, server.url('tables-images-report/source.html'));
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    const view = await openReadingView(browser, tabId);
    const v = view.page;
    const sources = await v.locator('article.reader .content img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(sources.length).toBeGreaterThan(1);

    await v.getByRole('button', { name: 'Save' }).click();
    const beside = v.getByRole('checkbox', { name: /Pictures in a folder beside it/ });
    expect(await beside.isChecked()).toBe(false);
    await beside.check();
    await v.getByRole('button', { name: 'Markdown', exact: true }).click();
    await v.getByRole('status').filter({ hasText: `Saved to your downloads folder, with ${sources.length} pictures in a folder beside the file.` }).waitFor();
    const markdownFile = await browser.serviceWorker.evaluate(async () => {
      for (;;) {
        const item = (await chrome.downloads.search({ filenameRegex: '\\.md$' }))[0];
        if (item?.state === 'complete') return item.filename;
        if (item?.state === 'interrupted') return null;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    expect(markdownFile && path.dirname(markdownFile)).toBe(downloads);
    const name = path.basename(markdownFile!, '.md');
    const folder = path.join(downloads, `${name}_files`);
    expect(readdirSync(downloads).sort()).toEqual([`${name}.md`, `${name}_files`]);
    const files = readdirSync(folder).sort();
    expect(files).toEqual(sources.map((_, i) => `${i + 1}.svg`));

    // Each image link of the .md, read as a path relative to it, is a file holding the served bytes.
    const markdown = readFileSync(markdownFile!, 'utf8');
    const links = [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links).toEqual(files.map((file) => `${name}_files/${file}`));
    for (const [i, link] of links.entries()) {
      const served = readFileSync(path.join(FIXTURE_PAGES, 'tables-images-report', path.basename(new URL(sources[i]!).pathname)));
      expect(readFileSync(path.join(downloads, link)).equals(served), link).toBe(true);
    }
    expect(markdown).not.toContain('Image not saved');
    expect(markdown).not.toMatch(/!\[[^\]]*\]\(http/);
    // The setting stays on for the next save, and is the one on the settings page.
    expect(await browser.serviceWorker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { saving: unknown }).saving)).toMatchObject({ markdownImages: true });
    await cdp.detach();
    await browser.close();
  });

  it('prints the full-tab reader without its controls: the PDF holds the article text, link addresses only when asked', async () => {
    const { page, tabId } = await openPage(browser, server.url('seed-moscow-times/source.html'));
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}&full=1`);
    await reader.waitForSelector('article.reader');
    expect(await reader.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await reader.emulateMedia({ media: 'print' });
    // The print style sheet: no toolbar, no list of removals, black on white.
    expect(await reader.locator('.toolbar-bar').isHidden()).toBe(true);
    expect(await reader.locator('.removed').isHidden()).toBe(true);
    expect(await reader.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
    expect(await reader.locator('article.reader h1').isVisible()).toBe(true);

    const pdf = await reader.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(seed.title);
    for (const paragraph of seed.paragraphs) expect(flat).toContain(paragraph.replace(/\s+/g, ' ').slice(0, 50));
    for (const control of ['Print', 'Settings', 'appeal hidden', 'appeals hidden', 'Reading preferences']) expect(flat).not.toContain(control);
    for (const appeal of seed.mustGo ?? []) expect(flat).not.toContain(appeal);
    // By default the paper reads as the screen does: no link addresses.
    expect(flat).not.toContain('(https://www.ft.com/)');
    expect(flat).toContain('Financial Times');

    // With the reading preference "Print link addresses", each link's address follows it.
    await reader.emulateMedia({ media: 'screen' });
    await reader.getByRole('button', { name: 'Reading preferences' }).click();
    await reader.getByRole('checkbox', { name: 'Print link addresses' }).check();
    await reader.keyboard.press('Escape');
    await reader.emulateMedia({ media: 'print' });
    const withLinks = await reader.pdf({ format: 'A4' });
    const flatWithLinks = (await extractText(await getDocumentProxy(new Uint8Array(withLinks)), { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(flatWithLinks).toContain('Financial Times (https://www.ft.com/)');
    for (const paragraph of seed.paragraphs.slice(0, 2)) expect(flatWithLinks).toContain(paragraph.replace(/\s+/g, ' ').slice(0, 50));
    await reader.close();
    await page.close();
  });

  it.skipIf(!existsSync(path.join(CORPUS, 'readability-test-pages')))(
    'saved HTML of corpus pages, opened offline: text and images render, no request, no script',
    async () => {
      for (const slug of ['lazy-image-1', 'wikipedia', 'nytimes-1', 'guardian-1', 'bbc-1', 'v8-blog', 'medium-2']) {
        const url = 'http://fakehost/test/page.html';
        const source = readFileSync(path.join(CORPUS, 'readability-test-pages', slug, 'source.html'), 'utf8');
        const doc = new JSDOM(source, { url, virtualConsole: new VirtualConsole() }).window.document;
        const result = readArticle(doc, { url });
        if (!result.ok) throw new Error(`${slug}: ${result.message}`);
        // Every image stands in as a 1×1 PNG: what matters here is that the file needs nothing else.
        const { html, report } = await articleToHtmlWithImages(result.article, doc, async () => ({ bytes: new Uint8Array(PNG), type: 'image/png' }));
        const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'lectern-corpus-')), `${slug}.html`);
        writeFileSync(file, html);
        const saved = await openOffline(browser, file);
        expect(saved.requests, slug).toEqual([]);
        expect(saved.ran, slug).toBe(false);
        expect(saved.scripts + saved.handlers, slug).toBe(0);
        expect(saved.images.length, slug).toBe(report.embedded);
        expect(saved.images.filter((image) => !image.data || image.width === 0), slug).toEqual([]);
        const firstWords = result.article.text.replace(/\s+/g, ' ').trim().slice(0, 80);
        expect(saved.text.replace(/\s+/g, ' '), slug).toContain(firstWords.split(' ').slice(0, 6).join(' '));
        await saved.page.close();
      }
    },
  );
});
