/**
 * Appeal hiding on the live page: finds appeals with the core detector, hides them with markers
 * (live-hide.ts), keeps watching for late ones for a bounded time (observe-late-appeals.ts),
 * releases the scroll lock an overlay left behind (scroll-lock.ts), reports the count, and undoes
 * all of it in one call.
 */
import type { AppealMatch, AppealOptions } from '../core/appeals/index.ts';
import type { AppealCategory } from '../core/article.ts';
import { createLiveHider, findBackdrops, type HideTarget, overlayAround, parentAcrossShadow } from './live-hide.ts';
import { DEFAULT_OBSERVE_MS, observeLateAppeals } from './observe-late-appeals.ts';
import { isScrollLocked, releaseScrollLock, type ScrollLockRelease } from './scroll-lock.ts';

export type FindAppeals = (root: Document | Element, options: AppealOptions) => AppealMatch[];

export interface LivePageOptions {
  find: FindAppeals;
  /** Called with the number of blocks hidden whenever it changes (the toolbar badge). */
  onCount?: (count: number) => void;
  /** How long to keep catching late appeals after each hide. */
  observeMs?: number;
}

export interface LivePage {
  /**
   * Hides the appeals of these categories (replacing an earlier hide), except those the user put
   * back in the reading view (`keep`, their excerpts); returns how many are hidden.
   */
  hide(categories: readonly AppealCategory[], keep?: readonly string[]): number;
  /** Shows everything again and stops watching; returns how many blocks were shown. */
  restore(): number;
  /** Blocks hidden right now. */
  readonly count: number;
}

export function createLivePage(doc: Document, options: LivePageOptions): LivePage {
  const { find, onCount = () => {}, observeMs = DEFAULT_OBSERVE_MS } = options;
  const hider = createLiveHider(doc);
  let releases: ScrollLockRelease[] = [];
  let controller: AbortController | null = null;
  let categories: readonly AppealCategory[] = [];
  let kept: readonly string[] = [];
  let hidOverlay = false;
  let reported = -1;

  /**
   * Elements hidden with an appeal that are not appeals of their own, so not counted: empty
   * backdrops hidden with an overlay, the rest of a heading's loose run (AppealMatch.also).
   */
  const uncounted = new Set<Element>();
  /** Appeals hidden: the same blocks the reading view lists (a backdrop goes with its dialog). */
  const appealCount = () => [...hider.hidden].filter((el) => !uncounted.has(el)).length;

  const report = () => {
    const count = appealCount();
    if (count === reported) return;
    reported = count;
    onCount(reported);
  };

  const hideMatches = (matches: readonly AppealMatch[]): Element[] => {
    const view = doc.defaultView;
    const targets: HideTarget[] = matches.map(({ element, category }) => ({ element: overlayAround(element), category }));
    const added = hider.hide(targets);
    for (const { also = [], category } of matches) {
      for (const el of hider.hide(also.map((element) => ({ element, category })))) {
        uncounted.add(el);
        added.push(el);
      }
    }
    const overlays = view ? added.filter((el) => isOverlay(el, view)) : [];
    if (overlays.length > 0) {
      hidOverlay = true;
      const category = targets.find((t) => t.element === overlays[0])?.category ?? 'newsletter';
      const layers = hider.hide(findBackdrops(doc).map((element) => ({ element, category })));
      for (const layer of layers) uncounted.add(layer);
      added.push(...layers);
    }
    return added;
  };

  const unlockScroll = () => {
    if (!hidOverlay || !isScrollLocked(doc)) return;
    const release = releaseScrollLock(doc);
    if (release.changed) releases.push(release);
  };

  /** Judges late subtrees in their parent's context (a block is never judged as its own root). */
  const onAdded = (roots: Element[]) => {
    const scopes = new Set<Element>();
    for (const root of roots) {
      collectShadowRoots(root, watchShadow);
      const scope = parentAcrossShadow(root);
      if (scope) scopes.add(scope);
    }
    const matches: AppealMatch[] = [];
    for (const scope of scopes) {
      if (!scope.isConnected || hider.isHidden(scope)) continue;
      for (const match of find(scope, { categories, keep: kept })) {
        const el = match.element;
        if (roots.some((root) => root === el || root.contains(el) || el.contains(root))) matches.push(match);
      }
    }
    if (matches.length === 0) return;
    hideMatches(matches);
    unlockScroll();
    report();
  };

  let watchShadow: (root: ShadowRoot) => void = () => {};

  const stopWatching = () => {
    controller?.abort();
    controller = null;
  };

  const restore = (silent = false): number => {
    stopWatching();
    // In order: each release saved what the page had set just before it, the last one wins.
    for (const release of releases) release.restore();
    releases = [];
    hidOverlay = false;
    const restored = appealCount();
    hider.restore();
    uncounted.clear();
    if (!silent) report();
    return restored;
  };

  return {
    get count() {
      return appealCount();
    },
    restore: () => restore(),
    hide(wanted, keep = []) {
      // Replacing an earlier hide keeps the count and the undo simple; it runs in one task, so
      // nothing flickers.
      if (hider.hidden.size > 0 || controller) restore(true);
      categories = [...wanted];
      kept = [...keep];
      if (categories.length === 0) {
        report();
        return 0;
      }
      hideMatches(find(doc, { categories, keep: kept }));
      unlockScroll();
      controller = new AbortController();
      const late = observeLateAppeals(doc, {
        signal: controller.signal,
        durationMs: observeMs,
        ignore: (el) => hider.isHidden(el),
        onAdded,
        onRootStyle: unlockScroll,
      });
      watchShadow = (root) => late.watchShadowRoot(root);
      if (doc.body) collectShadowRoots(doc.body, watchShadow);
      report();
      return appealCount();
    },
  };
}

/** A hidden block that covered the page: fixed, or a modal dialog. */
function isOverlay(el: Element, view: Window): boolean {
  if (el.getAttribute('aria-modal') === 'true' || el.tagName === 'DIALOG') return true;
  // Computed position survives display:none, so the check works after marking.
  if (view.getComputedStyle(el).position === 'fixed') return true;
  return el.querySelector('[aria-modal="true"], dialog') !== null;
}

/** Calls `visit` for every open shadow root at or below `root`. */
function collectShadowRoots(root: Element, visit: (shadow: ShadowRoot) => void): void {
  const doc = root.ownerDocument;
  const walkFrom = (start: Node) => {
    const walker = doc.createTreeWalker(start, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        visit(shadow);
        walkFrom(shadow);
      }
    }
  };
  walkFrom(root);
}
