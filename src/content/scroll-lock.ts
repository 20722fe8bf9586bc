/**
 * Releases the scroll lock an overlay leaves on `html`/`body` (overflow hidden, or body pinned with
 * position fixed) by overriding inline styles, and puts back exactly what was there on undo.
 */

/** The inline declarations changed on one element, as they were before. */
interface Saved {
  el: HTMLElement;
  props: Map<string, { value: string; priority: string }>;
}

export interface ScrollLockRelease {
  /** Whether anything was changed. */
  readonly changed: boolean;
  /** Puts every changed inline declaration back as it was (and the scroll position). */
  restore(): void;
}

const LOCKING_OVERFLOW = new Set(['hidden', 'clip']);

/** Whether `html` or `body` currently stops the page from scrolling. */
export function isScrollLocked(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  return [doc.documentElement, doc.body].some((el) => {
    if (!el) return false;
    const style = view.getComputedStyle(el);
    return LOCKING_OVERFLOW.has(style.overflowY) || (el === doc.body && style.position === 'fixed');
  });
}

/** Overrides the locking styles found on `html` and `body`; returns how to undo it. */
export function releaseScrollLock(doc: Document): ScrollLockRelease {
  const view = doc.defaultView;
  const saved: Saved[] = [];
  let scrollBack: number | null = null;
  const set = (el: HTMLElement, prop: string, value: string) => {
    let entry = saved.find((s) => s.el === el);
    if (!entry) {
      entry = { el, props: new Map() };
      saved.push(entry);
    }
    if (!entry.props.has(prop)) {
      entry.props.set(prop, { value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) });
    }
    el.style.setProperty(prop, value, 'important');
  };

  if (view) {
    for (const el of [doc.documentElement, doc.body]) {
      if (!el) continue;
      const style = view.getComputedStyle(el);
      // `visible` hands scrolling back to the viewport (the default); only the vertical axis is
      // touched, so a page's own overflow-x: hidden stays.
      if (LOCKING_OVERFLOW.has(style.overflowY)) set(el, 'overflow-y', 'visible');
      if (el === doc.body && style.position === 'fixed') {
        // Body pinned with `top: -<scroll>px` keeps the reader's place: go back there.
        const top = Number.parseFloat(style.top);
        if (Number.isFinite(top) && top < 0) scrollBack = -top;
        set(el, 'position', 'static');
        set(el, 'top', 'auto');
      }
    }
    if (scrollBack !== null) view.scrollTo(view.scrollX, scrollBack);
  }

  return {
    changed: saved.length > 0,
    restore() {
      for (const { el, props } of saved) {
        for (const [prop, { value, priority }] of props) {
          if (value) el.style.setProperty(prop, value, priority);
          else el.style.removeProperty(prop);
        }
        if (el.getAttribute('style') === '') el.removeAttribute('style');
      }
      saved.length = 0;
    },
  };
}
