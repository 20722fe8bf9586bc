/**
 * What a reader gets on one page with appeal hiding on: the article text (reading view and saved
 * copies) and the blocks the live page hides. Shared by the appeal tests and `bench:appeals`.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { HIDDEN_ATTR } from '../../src/content/live-hide.ts';
import { createLivePage } from '../../src/content/live-page.ts';
import { findAppeals } from '../../src/core/appeals/index.ts';
import { isSiteChrome } from '../../src/core/appeals/walk.ts';
import type { AppealCategory, Removal } from '../../src/core/article.ts';
import { readArticle } from '../../src/core/read-article.ts';
import { squash, withoutCode } from './page-lines.ts';

export { squash };

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
  /** Text of the site's header and navigation, and of the page without them. */
  chromeText: string;
  pageTextOutsideChrome: string;
}

const quiet = new VirtualConsole();

/** An element's text as a reader sees it, without its scripts and styles. */
const visibleText = (el: Element) => squash(withoutCode(el).textContent ?? '');
/** Candidates for the site's header and navigation; isSiteChrome decides (a box's own header is not). */
const CHROME = 'header, nav, [role="banner"], [role="navigation"]';
const inChrome = (el: Element) => {
  for (let x: Element | null = el; x; x = x.parentElement) if (isSiteChrome(x)) return true;
  return false;
};

/**
 * Parses the page once: the view reads it twice (hiding off and on), then the live page hides on it. Async so that the jsdom window can be closed after a task has passed
 * (jsdom keeps a window with pending load tasks alive otherwise, and memory grows page by page).
 */
export async function appealOutcome(html: string, url: string, categories: readonly AppealCategory[]): Promise<AppealOutcome> {
  const { window } = new JSDOM(html, { url, virtualConsole: quiet, pretendToBeVisual: true });
  try {
    const live = window.document;
    // Reading never changes the page (it works on a clone of its own).
    const off = readArticle(live, { url, hide: [] });
    const on = readArticle(live, { url, hide: categories });
    // The rest of a heading's loose run (AppealMatch.also) is hidden beside the heading: one block with it.
    const companions = new Set<Element>();
    const page = createLivePage(live, {
      find: (root, options) => {
        const matches = findAppeals(root, options);
        for (const m of matches) for (const el of m.also ?? []) companions.add(el);
        return matches;
      },
      observeMs: 0,
    });
    page.hide(categories);
    const hidden: HiddenBlock[] = [];
    for (const el of live.querySelectorAll(`[${HIDDEN_ATTR}]`)) {
      const text = visibleText(el);
      const chrome = inChrome(el) || [...el.querySelectorAll(CHROME)].some(isSiteChrome);
      const last = hidden[hidden.length - 1];
      if (last && companions.has(el)) {
        last.text = `${last.text} ${text}`.trim();
        last.chrome ||= chrome;
      } else hidden.push({ category: el.getAttribute(HIDDEN_ATTR) ?? '', text, chrome });
    }
    page.restore();
    const visible = live.body ? withoutCode(live.body) : undefined;
    const pageText = squash(visible?.textContent ?? '');
    const chrome = [...(visible?.querySelectorAll(CHROME) ?? [])].filter(isSiteChrome);
    const chromeText = chrome.map((el) => squash(el.textContent ?? '')).join('\n');
    for (const el of chrome) el.remove();
    return {
      textOff: off.ok ? squash(off.article.text) : null,
      textOn: on.ok ? squash(on.article.text) : null,
      removed: on.ok ? on.article.removed : [],
      hidden,
      pageText,
      chromeText,
      pageTextOutsideChrome: squash(visible?.textContent ?? ''),
    };
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.close();
  }
}
