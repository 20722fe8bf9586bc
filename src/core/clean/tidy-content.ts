/**
 * What sanitising and extraction leave broken in the article, fixed so no view breaks on it: links
 * whose target is gone (a removed `javascript:` URL, an empty href) become their text; SVGs that draw
 * nothing or have no size, and figures left with nothing in them, are dropped (an empty `<svg>`
 * takes 300 × 150 px by default and left a hole in the text).
 */

/** Elements that show something in a figure besides its caption. */
const MEDIA = 'img, picture, video, audio, svg, math, table, pre, canvas, iframe, object, embed, blockquote, p, ul, ol';
/** SVG children that draw nothing by themselves. */
const SVG_NON_DRAWING = new Set(['title', 'desc', 'metadata', 'defs', 'style', 'script', 'symbol', 'lineargradient', 'radialgradient', 'clippath', 'mask', 'pattern', 'filter', 'marker']);

/** Schemes a reader can follow from the article; anything else is not a usable link target. */
const USABLE_HREF = /^(?:https?:|mailto:|tel:|#.)/i;

export function usableHref(href: string | null): boolean {
  return href !== null && USABLE_HREF.test(href.trim());
}

/** Replaces `el` by its children. */
function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

/** Links without a usable target become plain text (an id they carry stays, on a span). */
export function unwrapDeadLinks(root: Element): number {
  let count = 0;
  for (const link of [...root.querySelectorAll('a')]) {
    if (usableHref(link.getAttribute('href'))) continue;
    const id = link.getAttribute('id') ?? link.getAttribute('name');
    if (id) {
      const span = link.ownerDocument.createElement('span');
      span.id = id;
      span.append(...link.childNodes);
      link.replaceWith(span);
    } else unwrap(link);
    count++;
  }
  return count;
}

const isZero = (value: string | null) => value !== null && /^\s*0*\.?0*(?:px|em|rem|%)?\s*$/i.test(value) && value.trim() !== '';

function svgDrawsNothing(svg: Element): boolean {
  if (isZero(svg.getAttribute('width')) || isZero(svg.getAttribute('height'))) return true;
  const viewBox = svg.getAttribute('viewBox')?.trim().split(/[\s,]+/);
  if (viewBox?.length === 4 && (Number(viewBox[2]) <= 0 || Number(viewBox[3]) <= 0)) return true;
  const drawing = [...svg.children].some((child) => !SVG_NON_DRAWING.has(child.localName.toLowerCase()));
  return !drawing;
}

/** Drops SVGs with no size or nothing to draw, then figures left with no media and no text. */
export function dropEmptyGraphics(root: Element): number {
  let count = 0;
  for (const svg of [...root.querySelectorAll('svg')]) {
    // An inner <svg> is part of its outer one's drawing; judge the outermost only.
    if (svg.parentElement?.closest('svg') || !svgDrawsNothing(svg)) continue;
    svg.remove();
    count++;
  }
  for (const figure of [...root.querySelectorAll('figure')]) {
    if (figure.querySelector(MEDIA) || figure.textContent?.trim()) continue;
    figure.remove();
    count++;
  }
  return count;
}

/**
 * A `<noscript>` closed from inside an attribute value (`<noscript><p title="</noscript><img
 * onerror=…>">`): in a page with scripts on, the browser ends the noscript at that `</noscript>`,
 * so the rest of the attribute value becomes real elements and a stray `">` text. Those nodes are
 * the attribute's value, not content: they are removed, up to and including the `">` that closed it.
 * Runs on the page clone before extraction (Readability drops noscript elements but not these).
 */
export function repairNoscriptBreakouts(doc: Document): number {
  let count = 0;
  for (const noscript of [...doc.getElementsByTagName('noscript')]) {
    if (noscript.firstElementChild) continue;
    // The text ends inside a quoted attribute of an open tag: which quote closes it.
    const open = /<[a-z][^<>]*?\s[^\s"'<>/=]+\s*=\s*(["'])[^"']*$/i.exec(noscript.textContent ?? '');
    if (!open) continue;
    const quote = open[1]!;
    const doomed: ChildNode[] = [];
    let closer: { node: Text; end: number } | null = null;
    for (let node = noscript.nextSibling; node && !closer; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const text = (node as Text).data;
        const at = text.indexOf(quote);
        const end = at === -1 ? -1 : text.indexOf('>', at);
        if (end !== -1) {
          closer = { node: node as Text, end: end + 1 };
          break;
        }
      }
      doomed.push(node);
    }
    // No closing quote: the page is just broken there, and nothing is removed.
    if (!closer) continue;
    for (const node of doomed) node.remove();
    closer.node.data = closer.node.data.slice(closer.end);
    noscript.remove();
    count++;
  }
  return count;
}
