import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  builtExtensionDir,
  type ExtensionBrowser,
  type FixtureServer,
  LIVE_SCRIPT,
  liveMessenger,
  openPage,
  phraseVisibility,
  ROOT,
  serveFixtures,
} from './harness.ts';
import { withExtension } from './with-extension.ts';

// Live-page hiding in real Chromium: the live-page script is injected and messaged by the extension's
// own service worker, as the popup and the background do.
const APPEALS = path.join(ROOT, 'tests/fixtures/appeals');

interface Labels {
  mustGo: string[];
  mustStay: string[];
  late?: string[];
}
const labels = (slug: string): Labels => JSON.parse(readFileSync(path.join(APPEALS, slug, 'labels.json'), 'utf8'));

describe('hiding appeals on the live page', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  withExtension(() => serveFixtures(APPEALS), (s, b) => {
    expect(existsSync(path.join(builtExtensionDir(), LIVE_SCRIPT)), 'built content script').toBe(true);
    server = s;
    browser = b;
  });

  const { hide, restore } = liveMessenger(() => browser);
  const badge = (tabId: number) =>
    browser.serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);

  const visibility = phraseVisibility;

  /** Overflow of html/body, and whether the reader can scroll with the mouse wheel. */
  async function scrollState(page: Page) {
    const styles = await page.evaluate(() => {
      window.scrollTo(0, 0);
      const style = (el: Element) => getComputedStyle(el);
      const scroller = document.scrollingElement!;
      return {
        html: style(document.documentElement).overflowY,
        body: style(document.body).overflowY,
        canScroll: scroller.scrollHeight > scroller.clientHeight,
      };
    });
    const size = page.viewportSize()!;
    await page.mouse.move(size.width / 2, size.height / 2);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(300);
    const scrolled = await page.evaluate(() => {
      const y = window.scrollY;
      window.scrollTo(0, 0);
      return y;
    });
    return { ...styles, scrolled };
  }

  it('on the seed page: hides the newsletter box and the donation letter, counts them on the badge, and restores them', async () => {
    const slug = 'seed-moscow-times';
    const { mustGo, mustStay } = labels(slug);
    const { page, tabId } = await openPage(browser, server.url(`${slug}/source.html`));
    expect(await visibility(page, [...mustGo, ...mustStay])).toEqual([...mustGo, ...mustStay].map(() => true));

    const hidden = await hide(tabId);
    expect(hidden).toBeGreaterThanOrEqual(2);
    expect(await visibility(page, mustGo)).toEqual(mustGo.map(() => false));
    expect(await visibility(page, mustStay)).toEqual(mustStay.map(() => true));
    await expect.poll(() => badge(tabId)).toBe(String(hidden));
    // Non-destructive: the blocks are still in the page, only marked.
    expect(await page.locator('[data-lectern-hidden]').count()).toBe(hidden);
    expect(await page.getByText('Sign up for our free weekly newsletter').count()).toBe(1);

    expect(await restore(tabId)).toBe(hidden);
    expect(await visibility(page, mustGo)).toEqual(mustGo.map(() => true));
    expect(await page.locator('[data-lectern-hidden], style[data-lectern-style]').count()).toBe(0);
    await expect.poll(() => badge(tabId)).toBe('');
    await page.close();
  });

  it.each([
    'hashed-classes-newsletter-and-support',
    'epic-once-monthly-annual',
    'de-brevo-lokalzeitung',
    'encyclopedia-fundraising-banner',
    'trap-public-radio-funding-cuts',
  ])('on %s: the labelled appeals are hidden, the article stays, undo shows them', async (slug) => {
    const { mustGo, mustStay } = labels(slug);
    const { page, tabId } = await openPage(browser, server.url(`${slug}/source.html`));
    expect(await visibility(page, [...mustGo, ...mustStay]), 'all shown first').toEqual([...mustGo, ...mustStay].map(() => true));
    const hidden = await hide(tabId);
    expect(hidden).toBeGreaterThanOrEqual(1);
    expect(await visibility(page, mustGo), 'appeals hidden').toEqual(mustGo.map(() => false));
    expect(await visibility(page, mustStay), 'article visible').toEqual(mustStay.map(() => true));
    await expect.poll(() => badge(tabId)).toBe(String(hidden));
    expect(await restore(tabId)).toBe(hidden);
    expect(await visibility(page, mustGo), 'appeals back').toEqual(mustGo.map(() => true));
    await page.close();
  });

  it('on a trap page about a food drive hides nothing and shows no count', async () => {
    const slug = 'trap-food-bank-drive';
    const { mustStay } = labels(slug);
    const { page, tabId } = await openPage(browser, server.url(`${slug}/source.html`));
    expect(await visibility(page, mustStay)).toEqual(mustStay.map(() => true));
    expect(await hide(tabId)).toBe(0);
    expect(await visibility(page, mustStay)).toEqual(mustStay.map(() => true));
    expect(await badge(tabId)).toBe('');
    await page.close();
  });

  it('hides a fixed newsletter modal with its backdrop and lets a scroll-locked page scroll, until undo', async () => {
    const slug = 'fixed-modal-scroll-lock';
    const { mustGo, mustStay } = labels(slug);
    const { page, tabId } = await openPage(browser, server.url(`${slug}/source.html`));
    await page.setViewportSize({ width: 800, height: 400 });
    const before = await scrollState(page);
    expect(before.body).toBe('hidden');
    expect(before.canScroll).toBe(true);
    expect(before.scrolled).toBe(0);
    expect(await visibility(page, mustGo)).toEqual(mustGo.map(() => true));

    const hidden = await hide(tabId);
    expect(await visibility(page, mustGo)).toEqual(mustGo.map(() => false));
    expect(await visibility(page, mustStay)).toEqual(mustStay.map(() => true));
    // The count is of appeals, as the reading view lists them: the backdrop hidden with the modal is not one.
    expect(await page.locator('[data-lectern-hidden]').count()).toBe(hidden + 1);
    await expect.poll(() => badge(tabId)).toBe(String(hidden));
    const after = await scrollState(page);
    expect([after.html, after.body]).not.toContain('hidden');
    expect(after.scrolled).toBeGreaterThan(0);
    // Nothing fixed covers the article any more (the dimming backdrop went with the modal).
    const onTop = await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.modal, .modal-backdrop') ?? null);
    expect(onTop).toBeNull();

    await restore(tabId);
    expect(await visibility(page, mustGo)).toEqual(mustGo.map(() => true));
    expect((await scrollState(page)).body).toBe('hidden');
    expect(await page.evaluate(() => document.body.getAttribute('style'))).toBe('overflow: hidden;');
    await page.close();
  });

  it("catches a newsletter modal the page's own script opens later, and the page scrolls again", async () => {
    const slug = 'late-modal-newsletter';
    const { mustGo, late = [] } = labels(slug);
    expect(late.length).toBeGreaterThan(0);
    const { page, tabId } = await openPage(browser, server.url(`${slug}/source.html`));
    await page.setViewportSize({ width: 800, height: 400 });
    const hidden = await hide(tabId);
    // The modal must not exist yet, or this would test the first scan rather than the observer.
    expect(await page.locator('.nl-overlay').count(), 'modal not opened before hiding').toBe(0);
    expect(hidden).toBeGreaterThanOrEqual(mustGo.length);

    await page.waitForSelector('.nl-overlay', { state: 'attached', timeout: 5_000 });
    await expect.poll(() => visibility(page, late), { timeout: 5_000 }).toEqual(late.map(() => false));
    await expect.poll(() => badge(tabId)).toBe(String(hidden + 1));
    const state = await scrollState(page);
    expect([state.html, state.body]).not.toContain('hidden');
    expect(state.scrolled).toBeGreaterThan(0);
    const onTop = await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.nl-overlay') ?? null);
    expect(onTop, 'the dark overlay is hidden too').toBeNull();

    // Undo puts the page back the way its script left it: modal shown, scrolling locked.
    await restore(tabId);
    expect(await visibility(page, late)).toEqual(late.map(() => true));
    const restored = await scrollState(page);
    expect([restored.html, restored.body]).toEqual(['hidden', 'hidden']);
    await page.close();
  });

  it('hides a sign-up widget rendered in an open shadow root', async () => {
    const slug = 'shadow-dom-signup-widget';
    const { mustStay, late = [] } = labels(slug);
    const { page, tabId } = await openPage(browser, server.url(`${slug}/source.html`));
    expect(await visibility(page, late)).toEqual(late.map(() => true));
    expect(await hide(tabId)).toBeGreaterThanOrEqual(1);
    expect(await visibility(page, late)).toEqual(late.map(() => false));
    expect(await visibility(page, mustStay)).toEqual(mustStay.map(() => true));
    await restore(tabId);
    expect(await visibility(page, late)).toEqual(late.map(() => true));
    await page.close();
  });
});
