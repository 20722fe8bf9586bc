/**
 * Watches the page, for as long as it is open, and hands newly added subtrees (a newsletter modal
 * opened after 30 s, on scroll or on exit intent; a widget rendered late) to a callback in batches.
 * Cheap by construction: the mutation callback only collects nodes; batches run in idle time, at
 * most DEFAULT_MAX_ROOTS_PER_BATCH roots each, never while the tab is hidden, and within a CPU
 * budget: after a batch that took t ms the next waits at least t / DEFAULT_CPU_SHARE ms, so the
 * watch uses at most that share of one core however busy the page is.
 */

/** How long to keep watching after the page was cleaned: the page's life. */
export const DEFAULT_OBSERVE_MS = Number.POSITIVE_INFINITY;
/** Share of one core the watch may use, averaged over its batches (5%). */
export const DEFAULT_CPU_SHARE = 0.05;
/** Wait at least this long between two batches. */
export const DEFAULT_BATCH_DELAY_MS = 150;
/** At most this many added subtrees are handled per batch; the rest wait for the next one. */
export const DEFAULT_MAX_ROOTS_PER_BATCH = 40;
/** Collected roots beyond this are dropped (a page rebuilding itself in a loop). */
export const DEFAULT_MAX_PENDING = 500;
/** A watch may end after this many batches (tests); by default it lasts, held to its CPU budget. */
export const DEFAULT_MAX_BATCHES = Number.POSITIVE_INFINITY;

/** Added nodes that can never hold an appeal. */
const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR', 'IMG', 'SOURCE', 'svg', 'PATH']);

export interface ObserveOptions {
  /** Called with the added subtrees of one batch (connected, outermost first, none inside another). */
  onAdded: (roots: Element[]) => void;
  /** Called when a watched `html`/`body` changes its style or class (scroll lock set again). */
  onRootStyle?: () => void;
  /** Nodes to skip, e.g. those already hidden. */
  ignore?: (node: Element) => boolean;
  signal: AbortSignal;
  durationMs?: number;
  batchDelayMs?: number;
  maxRootsPerBatch?: number;
  maxBatches?: number;
  cpuShare?: number;
}

export interface LateObserver {
  /** Also watch this open shadow root (mutations inside it are invisible to the document observer). */
  watchShadowRoot(root: ShadowRoot): void;
}

export function observeLateAppeals(doc: Document, options: ObserveOptions): LateObserver {
  const {
    onAdded,
    onRootStyle,
    ignore = () => false,
    signal,
    durationMs = DEFAULT_OBSERVE_MS,
    batchDelayMs = DEFAULT_BATCH_DELAY_MS,
    maxRootsPerBatch = DEFAULT_MAX_ROOTS_PER_BATCH,
    maxBatches = DEFAULT_MAX_BATCHES,
    cpuShare = DEFAULT_CPU_SHARE,
  } = options;
  const view = doc.defaultView;
  const pending = new Set<Element>();
  const watched = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  let stopped = false;
  let batches = 0;
  /** Earliest time the next batch may run (the CPU budget). */
  let notBefore = 0;
  const isHidden = () => doc.visibilityState === 'hidden';

  const flush = () => {
    timer = null;
    idle = null;
    if (stopped) return;
    const batch: Element[] = [];
    for (const el of pending) {
      pending.delete(el);
      if (el.isConnected && !ignore(el)) batch.push(el);
      if (batch.length >= maxRootsPerBatch) break;
    }
    // Keep only outermost roots: a subtree inside another added one is covered by it.
    const roots = batch.filter((el) => !batch.some((other) => other !== el && other.contains(el)));
    if (roots.length > 0) {
      batches++;
      const started = performance.now();
      onAdded(roots);
      const ended = performance.now();
      notBefore = ended + (ended - started) / cpuShare;
    }
    if (batches >= maxBatches) stop();
    else if (pending.size > 0) schedule();
  };

  const schedule = () => {
    // While the tab is hidden nodes are only collected; visibilitychange resumes the batches.
    if (timer !== null || idle !== null || stopped || isHidden()) return;
    const wait = Math.max(batchDelayMs, notBefore - performance.now());
    timer = setTimeout(() => {
      timer = null;
      const ric = view?.requestIdleCallback?.bind(view);
      if (ric) idle = ric(flush, { timeout: 500 });
      else flush();
    }, wait);
  };
  const onVisibility = () => {
    if (!isHidden() && pending.size > 0) schedule();
  };
  doc.addEventListener('visibilitychange', onVisibility);

  const onMutations = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || pending.size >= DEFAULT_MAX_PENDING) continue;
        const el = node as Element;
        if (!INERT.has(el.tagName)) pending.add(el);
      }
    }
    if (pending.size > 0) schedule();
  };

  // The document's own constructor: the page's window in a content script, jsdom's in Node.
  const Observer = (view as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const observer = new Observer(onMutations);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // Scroll lock is set on html/body themselves: watch only those two elements' style and class
  // (not the whole tree, where animations change styles all the time).
  const rootObserver = new Observer(() => onRootStyle?.());
  if (onRootStyle) {
    const rootAttrs = { attributes: true, attributeFilter: ['style', 'class'] };
    rootObserver.observe(doc.documentElement, rootAttrs);
    if (doc.body) rootObserver.observe(doc.body, rootAttrs);
  }

  const stop = () => {
    if (stopped) return;
    stopped = true;
    doc.removeEventListener('visibilitychange', onVisibility);
    observer.disconnect();
    rootObserver.disconnect();
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) view?.cancelIdleCallback?.(idle);
    pending.clear();
  };
  // setTimeout cannot take Infinity (it would fire at once): the page's life needs no timer.
  const deadline = Number.isFinite(durationMs) ? setTimeout(stop, durationMs) : undefined;
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(deadline);
      stop();
    },
    { once: true },
  );
  if (signal.aborted) stop();

  return {
    watchShadowRoot(root) {
      if (stopped || watched.has(root)) return;
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
    },
  };
}
