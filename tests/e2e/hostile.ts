/**
 * Helpers for hostile pages in real Chromium: a server that builds the pages in memory, and a
 * watch on a page that records anything a run of hostile code would leave behind.
 */
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, GREY_PIXEL, listenLocally } from './harness.ts';

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

export interface Served {
  body: string | Buffer;
  type?: string;
}

/**
 * Serves `pages(path)` on 127.0.0.1 (the host the e2e build may read). Images under /img/ answer a
 * grey pixel; /broken/ answers 404 so images there fail to load.
 */
export async function servePages(pages: (path: string) => Served | null): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages(pathname);
    if (page) {
      res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8' });
      res.end(page.body);
    } else if (pathname.startsWith('/img/')) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(GREY_PIXEL);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  const { origin, close } = await listenLocally(server);
  return { url: (path) => `${origin}${path}`, close };
}

/** What hostile code running in a page would leave: the trap global, dialogs, errors, CSP reports. */
export interface Incidents {
  trap: unknown;
  dialogs: string[];
  errors: string[];
  csp: string[];
  /** Whether the CSP listener was in place (so an empty `csp` means something). */
  listening: boolean;
}

declare global {
  interface Window {
    __xss?: unknown;
    __cspReports?: string[];
  }
}

/**
 * Starts watching `page` before it navigates: dialogs, page errors, console CSP messages, and a
 * `securitypolicyviolation` listener installed in every document it loads.
 */
export async function watch(page: Page): Promise<() => Promise<Incidents>> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const consoleCsp: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleCsp.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspReports = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspReports?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => {
    const inPage = await page.evaluate(() => ({ trap: window.__xss ?? null, csp: window.__cspReports ?? null }));
    return {
      trap: inPage.trap,
      dialogs,
      errors,
      csp: [...(inPage.csp ?? []), ...consoleCsp],
      listening: Array.isArray(inPage.csp),
    };
  };
}

/** The newest completed download with this MIME type that is not among `before` (ids). */
export async function newDownload(browser: ExtensionBrowser, mime: string, before: number[]): Promise<string> {
  const file = await browser.serviceWorker.evaluate(
    async ({ mime, before }) => {
      for (let i = 0; i < 100; i++) {
        const items = await chrome.downloads.search({ mime, orderBy: ['-startTime'] });
        const item = items.find((d) => !before.includes(d.id) && d.state === 'complete');
        if (item) return item.filename;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    },
    { mime, before },
  );
  if (!file) throw new Error(`No ${mime} download completed within 10 s`);
  return file;
}

export const downloadIds = (browser: ExtensionBrowser) =>
  browser.serviceWorker.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));
