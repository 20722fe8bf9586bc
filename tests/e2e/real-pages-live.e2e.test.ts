import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../bench/lib/corpus.ts';
import { loadKnown, loadLabels, OPTIONAL_ASK_CATEGORIES } from '../../bench/lib/real-labels.ts';
import { type ExtensionBrowser, type FixtureServer, liveMessenger, openPage, phraseVisibility, serveFixtures } from './harness.ts';
import { withExtension } from './with-extension.ts';

// "Hide on page too" in real Chromium on real pages with labelled asks (readability-test-pages,
// read in place from the corpus; skipped where it is absent): what the Node gate finds is what the
// reader sees hidden, article sentences stay visible, and the site's header and navigation too.
const SET = 'readability-test-pages';
const ROOT = path.join(CORPUS, SET);
const HAS_CORPUS = existsSync(ROOT);
const labels = HAS_CORPUS
  ? Object.entries(loadLabels())
      .filter(([name, label]) => name.startsWith(`${SET}/`) && (label.go ?? []).some((g) => !OPTIONAL_ASK_CATEGORIES.includes(g.category)))
      .map(([name, label]) => ({ name, label }))
  : [];
const known = loadKnown();

/**
 * The site's header and navigation elements (as the detector defines them): whether each is visible,
 * and which of `phrases` they hold (asks there are never hidden, by design).
 */
const siteChrome = (page: Page, phrases: string[]) =>
  page.evaluate((phrases) => {
    const SECTIONING = 'article, main, aside, section, form, dialog, [role="dialog"], [role="main"]';
    const chrome = [...document.querySelectorAll('nav, [role="navigation"], [role="banner"], header')].filter(
      (el) => el.tagName !== 'HEADER' || el.getAttribute('role') === 'banner' || el.parentElement?.closest(SECTIONING) == null,
    );
    const texts = chrome.map((el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    return { visible: chrome.map((el) => el.checkVisibility()), holds: phrases.filter((p) => texts.some((t) => t.includes(p))) };
  }, phrases);

describe.skipIf(!HAS_CORPUS)('hide on page, on real pages with labelled asks', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const { hide, restore } = liveMessenger(() => browser);

  withExtension(() => serveFixtures(ROOT), async (s, b) => {
    server = s;
    browser = b;
    // Saved pages ask for their sites' scripts, fonts and ads: answer those at once, offline.
    await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  });

  it('has labelled pages to check', () => {
    expect(labels.length).toBeGreaterThan(10);
  });

  it.each(labels)('$name', async ({ name, label }) => {
    const { page, tabId } = await openPage(browser, server.url(name.slice(SET.length + 1)));
    const liveMisses = new Set(known[name]?.live ?? []);
    const go = (label.go ?? []).filter((g) => !OPTIONAL_ASK_CATEGORIES.includes(g.category)).map((g) => g.text);
    const stay = label.stay ?? [];
    const goBefore = await phraseVisibility(page, go);
    const stayBefore = await phraseVisibility(page, stay);
    const chromeBefore = await siteChrome(page, go);

    await hide(tabId);
    const goAfter = await phraseVisibility(page, go);
    // Every ask the page showed and the Node gate expects hidden is hidden here too.
    const expectHidden = go.filter((text, i) => goBefore[i] === true && !liveMisses.has(text) && !chromeBefore.holds.includes(text));
    expect(expectHidden.filter((text) => goAfter[go.indexOf(text)] === true), 'asks still shown').toEqual([]);
    expect(await phraseVisibility(page, stay), 'article sentences stay visible').toEqual(stayBefore);
    expect((await siteChrome(page, go)).visible, 'site header and navigation stay visible').toEqual(chromeBefore.visible);

    await restore(tabId);
    expect(await phraseVisibility(page, go)).toEqual(goBefore);
    await page.close();
  });
});
