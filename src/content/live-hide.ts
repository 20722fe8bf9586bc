/**
 * Hides blocks on the live page without removing anything: each hidden element gets a marker
 * attribute, and one injected style rule per tree (the document, or an open shadow root, which
 * document styles do not reach) hides every marked element. Restoring removes markers and styles.
 */
import type { AppealCategory } from '../core/article.ts';

/** The marker: its value is the category the block was hidden for. */
export const HIDDEN_ATTR = 'data-lectern-hidden';
/** Marks the style elements Lectern injects (one per document or shadow root). */
export const STYLE_ATTR = 'data-lectern-style';
export const HIDE_RULE = `[${HIDDEN_ATTR}] { display: none !important; }`;

/** How far up from a matched block to look for the fixed overlay wrapping it. */
export const DEFAULT_OVERLAY_ANCESTOR_DEPTH = 4;
/** A wrapper counts as "just the overlay around the block" if it adds at most this much text. */
export const DEFAULT_OVERLAY_EXTRA_CHARS = 80;
/** An empty fixed element covering at least this share of the viewport is a modal's backdrop. */
export const DEFAULT_BACKDROP_MIN_COVER = 0.8;

export interface HideTarget {
  element: Element;
  category: AppealCategory;
}

export interface LiveHider {
  /** Marks the targets (skipping ones already hidden or inside a hidden block); returns the newly marked. */
  hide(targets: readonly HideTarget[]): Element[];
  /** Whether the element is hidden by Lectern or sits inside such a block. */
  isHidden(node: Node): boolean;
  /** The elements currently marked. */
  readonly hidden: ReadonlySet<Element>;
  /** Removes every marker and injected style; returns how many blocks were shown again. */
  restore(): number;
}

type StyleHost = Document | ShadowRoot;

export function createLiveHider(doc: Document): LiveHider {
  const hidden = new Set<Element>();
  const styles = new Map<StyleHost, HTMLStyleElement>();

  const ensureStyle = (el: Element) => {
    const root = el.getRootNode();
    const host: StyleHost = isShadowRoot(root) ? root : doc;
    if (styles.get(host)?.isConnected) return;
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = HIDE_RULE;
    if (host === doc) (doc.head ?? doc.documentElement).appendChild(style);
    else (host as ShadowRoot).appendChild(style);
    styles.set(host, style);
  };

  const isHidden = (node: Node): boolean => {
    for (let el: Element | null = asElement(node); el; el = parentAcrossShadow(el)) {
      if (hidden.has(el)) return true;
    }
    return false;
  };

  return {
    hidden,
    isHidden,
    hide(targets) {
      const added: Element[] = [];
      for (const { element, category } of targets) {
        if (!element.isConnected || isHidden(element)) continue;
        // A block wrapping earlier marks replaces them (outermost wins, counts stay honest).
        for (const inner of [...hidden]) {
          if (element.contains(inner)) {
            inner.removeAttribute(HIDDEN_ATTR);
            hidden.delete(inner);
            const i = added.indexOf(inner);
            if (i >= 0) added.splice(i, 1);
          }
        }
        ensureStyle(element);
        element.setAttribute(HIDDEN_ATTR, category);
        hidden.add(element);
        added.push(element);
      }
      return added;
    },
    restore() {
      let restored = 0;
      for (const el of hidden) {
        if (el.hasAttribute(HIDDEN_ATTR)) restored++;
        el.removeAttribute(HIDDEN_ATTR);
      }
      hidden.clear();
      // Strays (e.g. a page that cloned a marked node) lose the marker too.
      for (const el of doc.querySelectorAll(`[${HIDDEN_ATTR}]`)) el.removeAttribute(HIDDEN_ATTR);
      for (const style of styles.values()) style.remove();
      styles.clear();
      for (const style of doc.querySelectorAll(`style[${STYLE_ATTR}]`)) style.remove();
      return restored;
    },
  };
}

/**
 * The block to hide for a match: the match itself, or the fixed-position overlay wrapping it when
 * that wrapper holds nothing else worth reading (so the dark layer goes with the dialog).
 */
export function overlayAround(
  element: Element,
  { depth = DEFAULT_OVERLAY_ANCESTOR_DEPTH, extraChars = DEFAULT_OVERLAY_EXTRA_CHARS } = {},
): Element {
  const view = element.ownerDocument.defaultView;
  if (!view) return element;
  const ownLen = textLength(element);
  let best = element;
  let el = parentAcrossShadow(element);
  for (let i = 0; el && i < depth; i++, el = parentAcrossShadow(el)) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    if (textLength(el) > ownLen + extraChars) break;
    if (isFixed(el, view)) best = el;
  }
  return best;
}

/**
 * Empty fixed layers stacked above the page and covering most of the viewport (a modal's dimming
 * backdrop left behind when the dialog itself is a sibling). Only called after an overlay was hidden.
 */
export function findBackdrops(doc: Document, minCover = DEFAULT_BACKDROP_MIN_COVER): Element[] {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return [];
  const area = view.innerWidth * view.innerHeight;
  if (area <= 0) return [];
  const found: Element[] = [];
  // Backdrops sit near the top of the tree; a bounded look avoids walking the whole page.
  for (const el of [...body.children, ...[...body.children].flatMap((c) => [...c.children])]) {
    if (!isFixed(el, view)) continue;
    // A backdrop sits above the page; a fixed layer behind it (z-index auto, 0 or below) is decoration.
    if (!(Number.parseInt(view.getComputedStyle(el).zIndex, 10) > 0)) continue;
    if (textLength(el) > 0 || el.querySelector('img, video, iframe, canvas, svg, input, button, a')) continue;
    const rect = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(rect.right, view.innerWidth) - Math.max(rect.left, 0));
    const h = Math.max(0, Math.min(rect.bottom, view.innerHeight) - Math.max(rect.top, 0));
    if ((w * h) / area >= minCover) found.push(el);
  }
  return found;
}

export function isFixed(el: Element, view: Window): boolean {
  const style = view.getComputedStyle(el);
  return style.position === 'fixed' && style.display !== 'none';
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

function asElement(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The parent element, stepping from a shadow root's top to its host. */
export function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return isShadowRoot(root) ? root.host : null;
}
