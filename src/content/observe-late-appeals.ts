/**
 * Watches the page for a bounded time after hiding and hands newly added subtrees (a newsletter
 * modal opened after a delay, a widget rendered late) to a callback in batches. The mutation
 * callback only collects nodes; the work happens later, in idle time, with a cap per batch.
 */

/** How long to keep watching after the page was cleaned. */
export const DEFAULT_OBSERVE_MS = 10_000;
/** Wait at least this long between two batches. */
export const DEFAULT_BATCH_DELAY_MS = 150;
/** At most this many added subtrees are handled per batch; the rest wait for the next one. */
export const DEFAULT_MAX_ROOTS_PER_BATCH = 40;
/** Collected roots beyond this are dropped (a page rebuilding itself in a loop). */
export const DEFAULT_MAX_PENDING = 500;
/** After this many batches the watch ends early: a page that keeps changing is not re-judged forever. */
export const DEFAULT_MAX_BATCHES = 30;

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
  } = options;
  const view = doc.defaultView;
  const pending = new Set<Element>();
  const watched = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  let stopped = false;
  let batches = 0;

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
      onAdded(roots);
    }
    if (batches >= maxBatches) stop();
    else if (pending.size > 0) schedule();
  };

  const schedule = () => {
    if (timer !== null || idle !== null || stopped) return;
    timer = setTimeout(() => {
      timer = null;
      const ric = view?.requestIdleCallback?.bind(view);
      if (ric) idle = ric(flush, { timeout: 500 });
      else flush();
    }, batchDelayMs);
  };

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
    observer.disconnect();
    rootObserver.disconnect();
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) view?.cancelIdleCallback?.(idle);
    pending.clear();
  };
  const deadline = setTimeout(stop, durationMs);
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
