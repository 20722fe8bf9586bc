/**
 * The hostile page (tests/fixtures/xss/hostile-page.html) in the reading view: nothing runs, and
 * nothing breaks the view: no sideways scroll, the title wraps, no stray `">`, no empty SVG hole,
 * dead links are text, failed images give way to their alt text. Screenshots in each theme go to
 * docs/screenshots/hostile-<theme>.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, openPage, ROOT } from './harness.ts';
import { withExtension } from './with-extension.ts';
import { type PageServer, servePages, watch } from './hostile.ts';

const HOSTILE = readFileSync(path.join(ROOT, 'tests/fixtures/xss/hostile-page.html'), 'utf8');
const SHOTS = path.join(ROOT, 'docs/screenshots');

async function setTheme(view: Page, theme: string) {
  await view.evaluate(async (theme) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const current = (settings ?? {}) as { reading?: Record<string, unknown> };
    await chrome.storage.sync.set({ settings: { ...current, reading: { ...current.reading, theme } } });
  }, theme);
  await view.reload();
  await view.waitForSelector('article.reader');
}

/** Waits until every image in the article has loaded or been replaced by its alt text. */
const imagesSettled = (view: Page) =>
  view.waitForFunction(() => [...document.querySelectorAll('article.reader .content img')].every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), null, {
    timeout: 10_000,
  });

describe('the hostile page in the reading view', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  withExtension(() => servePages((p) => (p === '/news/hostile.html' ? { body: HOSTILE } : null)), (s, b) => {
    server = s;
    browser = b;
  });

  it('runs nothing, scrolls only down, and shows the text whole in every theme', async () => {
    const { page, tabId } = await openPage(browser, server.url('/news/hostile.html'));
    const view = await browser.context.newPage();
    await view.setViewportSize({ width: 600, height: 700 });
    const incidents = await watch(view);
    await view.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}`);
    await view.waitForSelector('article.reader', { timeout: 15_000 });
    await imagesSettled(view);

    const layout = await view.evaluate(() => {
      const content = document.querySelector('article.reader .content')!;
      const title = document.querySelector('article.reader .title') as HTMLElement;
      return {
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        titleOverflow: title.scrollWidth - title.clientWidth,
        title: title.textContent,
        text: (content as HTMLElement).innerText,
        deadLinks: [...content.querySelectorAll('a')].filter((a) => !/^(https?:|mailto:|#.)/.test(a.getAttribute('href') ?? '')).length,
        linkTexts: [...content.querySelectorAll('a')].map((a) => a.textContent),
        // Every SVG and figure takes room only if it shows something.
        emptyBoxes: [...content.querySelectorAll('svg, figure')].filter((el) => {
          const box = el.getBoundingClientRect();
          return box.height > 0 && !el.querySelector('img, circle, path, rect, text, figcaption, g');
        }).length,
        altTexts: [...content.querySelectorAll('.img-alt')].map((s) => s.textContent),
      };
    });
    expect(layout.sideways, 'the view scrolls sideways').toBeLessThanOrEqual(0);
    expect(layout.titleOverflow).toBeLessThanOrEqual(0);
    expect(layout.title).toContain('<img src=x onerror=alert(document.domain)>');
    expect(layout.text).not.toContain('">');
    expect(layout.text).toContain('This link\u2019s target was removed'.replace('\u2019', "'"));
    expect(layout.deadLinks).toBe(0);
    expect(layout.linkTexts).not.toContain("This link's target was removed");
    expect(layout.emptyBoxes).toBe(0);
    expect(layout.altTexts).toEqual(['The town hall, which did not load']);
    expect(layout.text).toContain('<script>__xss=1</script>');

    for (const theme of ['light', 'dark', 'sepia']) {
      await setTheme(view, theme);
      await imagesSettled(view);
      expect(await view.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await view.evaluate(() => document.fonts.ready);
      await view.screenshot({ path: path.join(SHOTS, `hostile-${theme}.png`) });
    }
    await view.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2.2));
    await view.screenshot({ path: path.join(SHOTS, 'hostile-middle.png') });
    await setTheme(view, 'system');
    expect(await incidents()).toEqual({ trap: null, dialogs: [], errors: [], csp: [], listening: true });
    await view.close();
    await page.close();
  });
});
