/**
 * What a reader gets on one page with appeal hiding on: the article text (reading view and saved
 * copies) and the blocks the live page hides. Shared by the appeal tests and `bench:appeals`.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { HIDDEN_ATTR } from '../../src/content/live-hide.ts';
import { createLivePage } from '../../src/content/live-page.ts';
import { findAppeals } from '../../src/core/appeals/index.ts';
import type { AppealCategory, Removal } from '../../src/core/article.ts';
import { readArticle } from '../../src/core/read-article.ts';

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface HiddenBlock {
  category: string;
  text: string;
  /** Inside or around the site's header, navigation or account area. */
  chrome: boolean;
}

export interface AppealOutcome {
  /** Article text with hiding off, and on; null when there is no article. */
  textOff: string | null;
  textOn: string | null;
  removed: Removal[];
  /** Blocks the live page hides. */
  hidden: HiddenBlock[];
  /** The page's text (what a phrase must be in to count on the live page). */
  pageText: string;
}

const quiet = new VirtualConsole();
const CHROME = 'header, nav, [role="banner"], [role="navigation"]';

export function appealOutcome(html: string, url: string, categories: readonly AppealCategory[]): AppealOutcome {
  const windows: { close(): void }[] = [];
  const parse = () => {
    const { window } = new JSDOM(html, { url, virtualConsole: quiet, pretendToBeVisual: true });
    windows.push(window);
    return window.document;
  };
  try {
    const off = readArticle(parse(), { url, hide: [] });
    const on = readArticle(parse(), { url, hide: categories });
    const live = parse();
    const page = createLivePage(live, { find: findAppeals, observeMs: 0 });
    page.hide(categories);
    const hidden = [...live.querySelectorAll(`[${HIDDEN_ATTR}]`)].map((el) => ({
      category: el.getAttribute(HIDDEN_ATTR) ?? '',
      text: squash(el.textContent ?? ''),
      chrome: el.closest(CHROME) !== null || el.querySelector(CHROME) !== null,
    }));
    page.restore();
    const visible = live.body?.cloneNode(true) as Element | undefined;
    for (const el of visible?.querySelectorAll('script, style, noscript, template') ?? []) el.remove();
    return {
      textOff: off.ok ? squash(off.article.text) : null,
      textOn: on.ok ? squash(on.article.text) : null,
      removed: on.ok ? on.article.removed : [],
      hidden,
      pageText: squash(visible?.textContent ?? ''),
    };
  } finally {
    for (const w of windows) w.close();
  }
}
