/**
 * Broken and hostile pages read through the real content script in Chromium: huge, deep, wide,
 * framesets, no body, XML and SVG documents, about:blank, a page that keeps replacing its body, a
 * page that overrides built-ins the pipeline uses, a page whose script never yields. Each ends in
 * an article or a clear message, never a spinner; the page keeps working. Times are printed; the
 * only limit asserted is the view's own deadline (DEFAULT_READ_TIMEOUT_MS), as a generous timeout.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_TIMEOUT_MS } from '../../src/popup/view-state.ts';
import { activeTabId, type ExtensionBrowser, launchWithExtension } from './harness.ts';
import { type PageServer, type Served, servePages, watch } from './hostile.ts';

const PARA = 'The council met on Tuesday evening to discuss the new budget for schools, roads and the library. ';
const article = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget</title>${head}</head><body><article><h1>Budget</h1><p>${PARA.repeat(6)}</p>${body}<p>${PARA.repeat(6)}</p></article></body></html>`;

function bigPage(bytes: number): string {
  const para = `<p>${PARA.repeat(40)}</p>\n`;
  return article(para.repeat(Math.ceil(bytes / para.length)));
}

const PAGES: Record<string, Served> = {
  '/big.html': { body: bigPage(20e6) },
  '/deep-parsed.html': { body: article(`${'<div>'.repeat(10_000)}<p>${PARA.repeat(5)}</p>${'</div>'.repeat(10_000)}`) },
  '/deep-scripted.html': {
    body: article(
      '',
      // Kept out of layout (display: none): laying out 10,000 nested boxes crashes the page's own renderer.
      `<script>addEventListener('DOMContentLoaded', () => { let p = document.querySelector('article').appendChild(document.createElement('div')); p.hidden = true; for (let i = 0; i < 10000; i++) p = p.appendChild(document.createElement('div')); p.textContent = ${JSON.stringify(PARA)}; });</script>`,
    ),
  },
  '/wide.html': { body: article(`<p>${'<span>x</span>'.repeat(200_000)}</p>`) },
  '/frameset.html': { body: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/big.html"><frame src="/deep-parsed.html"></frameset></html>' },
  '/no-body.html': { body: `<!doctype html><html><head><title>No body</title><script>addEventListener('DOMContentLoaded', () => document.body.remove());</script></head><body><p>${PARA}</p></body></html>` },
  '/doc.xml': { body: `<?xml version="1.0"?><feed><entry><title>Budget</title><summary>${PARA.repeat(5)}</summary></entry></feed>`, type: 'application/xml' },
  '/drawing.svg': { body: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><text x="10" y="50">Budget</text><script>window.__xss=1</script></svg>', type: 'image/svg+xml' },
  '/replace-body.html': {
    body: article(
      '',
      `<script>addEventListener('load', () => { setInterval(() => { const b = document.body.cloneNode(true); b.dataset.n = String(Number(b.dataset.n ?? 0) + 1); document.documentElement.replaceChild(b, document.body); }, 1); });</script>`,
    ),
  },
  '/overrides.html': {
    body: article(
      '<p>Second paragraph of the story, long enough to be read as part of the article by any reader mode.</p>',
      `<script>
        const fail = (name) => function () { window.__overrideCalls = (window.__overrideCalls || 0) + 1; throw new Error(name + ' is broken on this page'); };
        Array.prototype.map = fail('Array.prototype.map');
        Node.prototype.appendChild = fail('appendChild');
        Element.prototype.querySelectorAll = fail('querySelectorAll');
        Document.prototype.querySelectorAll = fail('querySelectorAll');
        JSON.stringify = fail('JSON.stringify');
        JSON.parse = fail('JSON.parse');
        window.Readability = fail('Readability');
        window.DOMPurify = { sanitize: (s) => s };
        Object.defineProperty(window, 'chrome', { get: fail('chrome') });
      </script>`,
    ),
  },
  '/watching.html': {
    body: article(
      '',
      `<script>
        window.__seen = { mutations: 0, messages: 0, keys: Object.keys(window).length };
        new MutationObserver((records) => { window.__seen.mutations += records.length; }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        addEventListener('message', () => { window.__seen.messages++; });
        // What the parser itself adds after this script is not counted.
        addEventListener('load', () => { window.__seen.mutations = 0; window.__seen.keys = Object.keys(window).length; });
      </script>`,
    ),
  },
  '/busy.html': { body: article('', `<script>addEventListener('load', () => setTimeout(() => { for (;;) {} }, 200));</script>`) },
};

interface Outcome {
  page: string;
  state: 'article' | 'message';
  heading: string;
  ms: number;
}

/** Opens the reading view for `tabId` and waits for an article or a message that is not "loading". */
async function readInView(browser: ExtensionBrowser, tabId: number, timeout: number) {
  const view = await browser.context.newPage();
  await view.setViewportSize({ width: 600, height: 700 });
  const incidents = await watch(view);
  const started = Date.now();
  await view.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}`);
  await view.waitForFunction(
    () => document.querySelector('article.reader') || (document.querySelector('[role=alert] h1')?.textContent ?? 'The page is still loading') !== 'The page is still loading',
    null,
    { timeout, polling: 50 },
  );
  const ms = Date.now() - started;
  const state = (await view.locator('article.reader').count()) ? ('article' as const) : ('message' as const);
  // The article's title, or the message's whole text (heading and explanation).
  const heading = state === 'article' ? await view.locator('article.reader h1').innerText() : (await view.locator('[role=alert]').innerText()).replace(/\s+/g, ' ');
  return { view, state, heading, ms, incidents };
}

describe('broken and hostile pages through the content script', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  const outcomes: Outcome[] = [];
  let tried = 0;

  beforeAll(async () => {
    server = await servePages((path) => PAGES[path] ?? null);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    console.log(
      `Robustness: ${tried} pages tried, ${tried - outcomes.length} without an article or a message (crashed or stuck)\n${outcomes.map((o) => `  ${o.page.padEnd(20)} ${o.state.padEnd(8)} ${String(o.ms).padStart(6)} ms  ${o.heading}`).join('\n')}`,
    );
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; tabId: number }> {
    tried++;
    const page = await browser.context.newPage();
    await page.goto(path.startsWith('about:') ? path : server.url(path), { waitUntil: 'load', timeout: 60_000 });
    return { page, tabId: await activeTabId(browser, page) };
  }

  const cases: Array<[string, 'article' | 'message', RegExp]> = [
    ['/big.html', 'article', /^Budget$/],
    ['/deep-parsed.html', 'article', /^Budget$/],
    ['/deep-scripted.html', 'message', /too large/i],
    ['/wide.html', 'message', /too large/i],
    ['/frameset.html', 'message', /made of frames/],
    ['/no-body.html', 'message', /The page is empty/],
    ['/doc.xml', 'message', /does not show a web page Lectern can read/],
    ['/drawing.svg', 'message', /does not show a web page Lectern can read/],
    ['about:blank', 'message', /Lectern cannot read this page/],
    ['/replace-body.html', 'article', /^Budget$/],
    ['/overrides.html', 'article', /^Budget$/],
  ];

  it.each(cases)('%s: %s', { timeout: 120_000 }, async (path, expected, heading) => {
    const { page, tabId } = await open(path);
    // Counted without serialising: outerHTML of a 10,000-deep tree crashes the renderer.
    const pageState = () => page.evaluate(() => ({ elements: document.getElementsByTagName('*').length, text: document.documentElement.textContent?.length, title: document.title }));
    const before = await pageState();
    const result = await readInView(browser, tabId, DEFAULT_READ_TIMEOUT_MS + 10_000);
    outcomes.push({ page: path, state: result.state, heading: result.heading, ms: result.ms });
    expect(result.state, `${path} gives ${expected}`).toBe(expected);
    expect(result.heading).toMatch(heading);
    expect(await result.incidents()).toEqual({ trap: null, dialogs: [], errors: [], csp: [], listening: true });
    // The page keeps working, unchanged (its own overrides included).
    const after = await pageState();
    if (path !== '/replace-body.html') expect(after).toEqual(before);
    if (path === '/overrides.html') {
      expect(await page.evaluate(() => { try { [1].map((x) => x); return 'map works'; } catch (e) { return String(e); } })).toMatch(/broken on this page/);
    }
    await result.view.close();
    await page.close();
  });

  it('the reading script leaves no trace the page can see: no globals, no DOM change, no messages', async () => {
    const { page, tabId } = await open('/watching.html');
    const result = await readInView(browser, tabId, DEFAULT_READ_TIMEOUT_MS + 10_000);
    outcomes.push({ page: '/watching.html', state: result.state, heading: result.heading, ms: result.ms });
    expect(result.state).toBe('article');
    // Read twice (the second read reuses the injected script).
    await result.view.reload();
    await result.view.waitForSelector('article.reader');
    const seen = await page.evaluate(() => ({
      ...(window as unknown as { __seen: { mutations: number; messages: number; keys: number } }).__seen,
      keysNow: Object.keys(window).length,
      lectern: Object.keys(window).filter((k) => /lectern/i.test(k)),
      marked: document.querySelectorAll('[data-lectern], [class*=lectern]').length,
    }));
    expect(seen).toEqual({ mutations: 0, messages: 0, keys: seen.keysNow, keysNow: seen.keysNow, lectern: [], marked: 0 });
    await result.view.close();
    await page.close();
  });

  it('a page whose script never yields: the view gives up at its deadline with a reload', { timeout: DEFAULT_READ_TIMEOUT_MS + 60_000 }, async () => {
    const { page, tabId } = await open('/busy.html');
    // Let its loop start.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await readInView(browser, tabId, DEFAULT_READ_TIMEOUT_MS + 15_000);
    outcomes.push({ page: '/busy.html', state: result.state, heading: result.heading, ms: result.ms });
    expect(result.state).toBe('message');
    expect(result.heading).toMatch(/^Lectern could not reach this page/);
    expect(await result.view.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    await result.view.close();
    await page.close({ runBeforeUnload: false });
  });
});
