/**
 * Makes lazy-loaded images load in the reading view: `<noscript>` fallbacks (in the page, before
 * the content is defused: fixNoscriptImages), then, where the article is finished, real URLs from
 * `data-src`-style attributes, `data-srcset` on images and `<picture>` sources, and `<picture>`
 * elements left without an `<img>` (fixLazyImages; upstream Readability issues #748, #670, #299).
 */

export const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-image',
] as const;
export const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'] as const;

/** A src that only stands in for the real image until a script swaps it. */
const PLACEHOLDER = /^data:image\/(?:gif|png|svg)|blank\.|spacer\.|placeholder|transparent\.|1x1\.|pixel\.(?:gif|png)/i;
const IMAGE_URL = /^(?:https?:)?\/\/|^\/|\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

function needsSource(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? '';
  return !src || PLACEHOLDER.test(src);
}

function firstAttribute(el: Element, names: readonly string[], test: (v: string) => boolean): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value && test(value)) return value;
  }
  return null;
}

function fixImage(img: Element): void {
  if (needsSource(img)) {
    const src = firstAttribute(img, LAZY_SRC_ATTRIBUTES, (v) => IMAGE_URL.test(v) && !PLACEHOLDER.test(v));
    if (src) img.setAttribute('src', src);
  }
  if (!img.getAttribute('srcset')?.trim()) {
    const srcset = firstAttribute(img, LAZY_SRCSET_ATTRIBUTES, () => true);
    if (srcset) img.setAttribute('srcset', srcset);
  }
  if (needsSource(img)) {
    // Only a srcset: take its first candidate as src so every renderer shows something.
    const first = img.getAttribute('srcset')?.trim().split(/\s+/)[0];
    if (first && !PLACEHOLDER.test(first)) img.setAttribute('src', first.replace(/,$/, ''));
  }
  img.removeAttribute('loading');
}

function fixSource(source: Element): void {
  if (!source.getAttribute('srcset')?.trim()) {
    const srcset = firstAttribute(source, LAZY_SRCSET_ATTRIBUTES, () => true);
    if (srcset) source.setAttribute('srcset', srcset);
  }
}

/** Elements inside a `<noscript>`: parsed children (scripting off) or its text parsed inertly. */
function noscriptContent(noscript: Element): Element[] {
  if (noscript.children.length) return [...noscript.children];
  const html = noscript.textContent ?? '';
  if (!/<img\b/i.test(html)) return [];
  const template = noscript.ownerDocument.createElement('template');
  template.innerHTML = html;
  return [...template.content.children];
}

function fixNoscript(noscript: Element): void {
  const content = noscriptContent(noscript);
  const images = content.flatMap((el) => (el.tagName === 'IMG' ? [el] : [...el.querySelectorAll('img')]));
  const fallback = images.find((img) => !needsSource(img));
  if (!fallback) return;
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.tagName === 'IMG' ? previous : previous?.querySelector('img');
  if (placeholder && needsSource(placeholder)) placeholder.replaceWith(fallback);
  else if (!placeholder) noscript.replaceWith(fallback);
  else return;
  if (noscript.isConnected) noscript.remove();
}

function fixPicture(picture: Element): void {
  if (picture.querySelector('img')) return;
  const srcset = picture.querySelector('source[srcset]')?.getAttribute('srcset');
  const src = srcset?.trim().split(/\s+/)[0]?.replace(/,$/, '');
  if (!src) return;
  const img = picture.ownerDocument.createElement('img');
  img.setAttribute('src', src);
  img.setAttribute('srcset', srcset!);
  picture.append(img);
}

/**
 * Puts the images of `<noscript>` fallbacks in place of their placeholders. Runs in the page: it
 * reads the noscript's markup as the page holds it, and the content leaves the page without
 * noscripts (defuseContent).
 */
export function fixNoscriptImages(root: Element): void {
  for (const noscript of [...root.getElementsByTagName('noscript')]) fixNoscript(noscript);
}

/** The rest, on the article alone (after fixNoscriptImages): sources, pictures, images. */
export function fixLazyImages(root: Element): void {
  for (const source of Array.from(root.getElementsByTagName('source'))) fixSource(source);
  for (const picture of Array.from(root.getElementsByTagName('picture'))) fixPicture(picture);
  for (const img of Array.from(root.getElementsByTagName('img'))) fixImage(img);
}
