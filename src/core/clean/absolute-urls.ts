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

/**
 * Resolves each candidate of a srcset, parsed as the HTML spec does: a URL is a run of
 * non-space characters (it may contain commas); trailing commas end a candidate without
 * descriptors; otherwise descriptors run to the next comma.
 */
export function resolveSrcset(srcset: string, base: string): string {
  const candidates: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    const urlStart = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(urlStart, i);
    if (!url) break;
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const end = srcset.indexOf(',', i);
      descriptors = srcset.slice(i, end === -1 ? srcset.length : end).trim();
      i = end === -1 ? srcset.length : end + 1;
    }
    candidates.push(descriptors ? `${resolve(url, base)} ${descriptors}` : resolve(url, base));
  }
  return candidates.join(', ');
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
