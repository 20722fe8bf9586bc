import { fixNoscriptImages } from './lazy-images.ts';
import { videoEmbedsToLinks } from './video-embeds.ts';

/**
 * The half of cleaning that runs in the page (core/extract-page.ts): only what needs the content
 * as the page holds it, before it is defused. Everything that works on the article alone (lazy
 * images, tracking pixels, absolute URLs) runs where it is finished (finishContent), so the
 * reading script carries neither that nor DOMPurify.
 */

/** An optional step fails alone: the article is still shown, just without that fix. */
function optional(step: () => unknown): void {
  try {
    step();
  } catch {
    // Deliberately ignored; see above.
  }
}

/**
 * Elements the sanitiser removes together with their content, and elements that act on their
 * document (base, meta, link). They go before the content leaves the page, with every `on*`
 * attribute, so that parsing it where it is shown creates no handler, frame or base for that
 * page's policy to refuse; the sanitiser still runs there (finishContent).
 */
const DROPPED_BEFORE_TRANSFER = 'script, style, template, noscript, iframe, frame, frameset, noembed, noframes, xmp, plaintext, base, meta, link';

/** Removes what DROPPED_BEFORE_TRANSFER names and every event-handler attribute, in place. */
export function defuseContent(root: Element): void {
  for (const el of [...root.querySelectorAll(DROPPED_BEFORE_TRANSFER)]) el.remove();
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const el = node as Element;
    for (const name of el.getAttributeNames()) if (/^on/i.test(name)) el.removeAttribute(name);
  }
}

/**
 * The first half, in the page: what defuseContent would take away first. `<noscript>` fallback
 * images (read from the noscript's markup as the page parsed it) and video players (frames, turned
 * into links), then defuseContent.
 */
export function prepareContent(root: Element): void {
  optional(() => fixNoscriptImages(root));
  optional(() => videoEmbedsToLinks(root));
  defuseContent(root);
}
