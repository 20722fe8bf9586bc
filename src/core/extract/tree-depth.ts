/**
 * Whether an element tree nests deeper than a limit. Browsers' HTML parsers cap nesting at 512
 * levels, but DOM APIs and other parsers (jsdom) do not; Readability and recursive cloning slow
 * down badly or exhaust the stack on such trees.
 */

/** Deeper pages are refused as too large (Chromium's parser itself stops nesting at 512). */
export const DEFAULT_MAX_DEPTH = 1000;

/** Iterative walk with a depth counter: no recursion, stops as soon as the limit is passed. */
export function deeperThan(root: Element, limit = DEFAULT_MAX_DEPTH): boolean {
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      if (++depth > limit) return true;
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}
