/**
 * Resolves every URL in the content against the page URL, including `srcset` candidates and
 * `<source>` elements (upstream Readability issues #753, #485). In-page `#fragment` links stay
 * relative so they work in the reading view and in saved copies.
 */

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'longdesc', 'data'] as const;

function resolve(value: string, base: string): string {
  // Readability already made most URLs absolute; skip the URL parser for those.
  if (/^https?:\/\/[^\s]*$/i.test(value)) return value;
  const trimmed = value.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(?:data|mailto|tel|javascript):/i.test(trimmed)) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

/** Splits a srcset into candidates; URLs may contain commas, descriptors are `<n>w`, `<n>x`. */
export function resolveSrcset(srcset: string, base: string): string {
  return srcset
    .trim()
    .split(/\s*,\s+|,(?=[^\s,]+\s+\d+(?:\.\d+)?[wxh]\b)/)
    .filter(Boolean)
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [resolve(url.replace(/,$/, ''), base), ...descriptors].join(' ');
    })
    .join(', ');
}

/**
 * One TreeWalker pass over the elements: cheaper than attribute selectors, and than iterating
 * `getElementsByTagName('*')`, which is quadratic in jsdom.
 */
export function absolutizeUrls(root: Element, base: string): void {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (!el.hasAttributes()) continue;
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null) {
        const resolved = resolve(value, base);
        if (resolved !== value) el.setAttribute(name, resolved);
      }
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) {
      const resolved = resolveSrcset(srcset, base);
      if (resolved !== srcset) el.setAttribute('srcset', resolved);
    }
  }
}
