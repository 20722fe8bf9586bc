// Bundled (IIFE) into a page by bench/speed.ts to time the pipeline and bare Readability in Chromium.
// The timing loop lives here, not in a page.evaluate callback: tsx compiles the bench with helpers
// (`__name`) that do not exist in the page.
import { Readability } from '@mozilla/readability';
import type { AppealCategory } from '../../src/core/article.ts';
import { readArticle } from '../../src/core/read-article.ts';

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Fastest of `rounds` runs of bare Readability and of the pipeline with hiding off and on. */
function timePage(html: string, url: string, rounds: number, hide: AppealCategory[]) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const best = { bare: Infinity, off: Infinity, on: Infinity };
  for (let i = 0; i < rounds; i++) {
    best.bare = Math.min(best.bare, time(() => new Readability(doc.cloneNode(true) as Document).parse()));
    best.off = Math.min(best.off, time(() => readArticle(doc, { url, hide: [] })));
    best.on = Math.min(best.on, time(() => readArticle(doc, { url, hide })));
  }
  return best;
}

(globalThis as unknown as { __lecternBench: unknown }).__lecternBench = { timePage };
