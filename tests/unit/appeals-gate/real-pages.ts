/**
 * The gate for appeals labelled on real pages (tests/fixtures/real-appeals): one suite per page.
 * An ask must be gone from the view and hidden on the live page; article sentences stay in both;
 * nothing in the site's header or navigation is hidden; every hidden block holds a labelled ask.
 * Misses and extra hides listed in known-misses.json were reviewed and are accepted for now: each
 * must still be one (a ratchet: fixing it fails the test until the entry is deleted).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgePage, loadKnown, loadLabels, type PageResult } from '../../../bench/lib/real-labels.ts';
import { HAS_CORPUS } from '../core/helpers.ts';

const PAGE_TIMEOUT_MS = 120_000;

export function realPageSuites(corpusSet: string): void {
  const labels = Object.entries(loadLabels()).filter(([name]) => name.startsWith(`${corpusSet}/`));
  const known = loadKnown();
  describe.skipIf(!HAS_CORPUS)(`appeals labelled on ${corpusSet}`, () => {
    it('has labelled pages', () => {
      expect(labels.length).toBeGreaterThan(10);
    });
    describe.each(labels)('%s', (name, label) => {
      const k = known[name] ?? {};
      let r: PageResult;
      beforeAll(async () => {
        const result = await judgePage(name, label);
        if (!result) throw new Error(`page missing from the corpus: ${name}`);
        r = result;
      }, PAGE_TIMEOUT_MS);

      it('keeps every labelled article sentence, in the view and on the page', () => {
        expect(r.stayLostInView).toEqual([]);
        expect(r.stayHiddenLive).toEqual([]);
      });
      it('hides nothing in the site header or navigation', () => {
        expect(r.chromeHidden).toEqual([]);
      });
      it('hides only labelled asks on the page (or reviewed extras)', () => {
        const extra = k.extra ?? [];
        const unexpected = r.extraHidden.filter((t) => !extra.some((e) => t.startsWith(e)));
        expect(unexpected).toEqual([]);
        for (const e of extra) expect(r.extraHidden.some((t) => t.startsWith(e)), `known extra "${e}" is gone: delete it`).toBe(true);
      });
      for (const [i, go] of (label.go ?? []).entries()) {
        if (go.where !== 'page') {
          it(`view removes ask ${i + 1} [${go.category}]: ${go.text.slice(0, 60)}`, () => {
            const g = r.go[i]!;
            const knownMiss = k.view?.includes(go.text) ?? false;
            expect(g.inView, knownMiss ? 'known miss now fixed: delete it from known-misses.json' : 'ask still in the view').toBe(knownMiss);
          });
        }
        it(`live page hides ask ${i + 1} [${go.category}]: ${go.text.slice(0, 60)}`, () => {
          const g = r.go[i]!;
          if (!g.onPage || g.inChrome) return expect(g.hiddenLive).toBe(false);
          const knownMiss = k.live?.includes(go.text) ?? false;
          expect(g.hiddenLive, knownMiss ? 'known miss now fixed: delete it from known-misses.json' : 'ask not hidden').toBe(!knownMiss);
        });
      }
    });
  });
}
