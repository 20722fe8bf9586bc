// Bundled (IIFE) into a page by bench/speed.ts to time the pipeline and bare Readability in Chromium.
// The timing loop lives here, not in a page.evaluate callback: tsx compiles the bench with helpers
// (`__name`) that do not exist in the page.
import { Readability } from '@mozilla/readability';
import type { AppealCategory } from '../../src/core/article.ts';
import { finishPageRead, readArticle, readPage } from '../../src/core/read-article.ts';

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Fastest of `rounds` runs of bare Readability and of the pipeline with hiding off and on; with
 * hiding on also the extension's two stages apart: `page` (readPage, what the reading script does
 * in the page, content serialised once) and `view` (finishPageRead of that in this document).
 */
function timePage(html: string, url: string, rounds: number, hide: AppealCategory[]) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const best = { bare: Infinity, off: Infinity, on: Infinity, page: Infinity, view: Infinity };
  for (let i = 0; i < rounds; i++) {
    best.bare = Math.min(best.bare, time(() => new Readability(doc.cloneNode(true) as Document).parse()));
    best.off = Math.min(best.off, time(() => readArticle(doc, { url, hide: [] })));
    best.on = Math.min(best.on, time(() => readArticle(doc, { url, hide })));
    let sent: ReturnType<typeof readPage> | undefined;
    best.page = Math.min(best.page, time(() => (sent = readPage(doc, { url, hide }))));
    if (sent?.ok) {
      const page = sent.page;
      best.view = Math.min(best.view, time(() => finishPageRead(page, { window, cleanup: true })));
    } else best.view = 0;
  }
  return best;
}

(globalThis as unknown as { __lecternBench: unknown }).__lecternBench = { timePage };
