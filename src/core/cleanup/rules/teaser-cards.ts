import { type Block, linksIn, wordCount } from '../blocks.ts';
import type { CleanupContext, CleanupFinding, CleanupRule } from '../types.ts';

/** A teaser is a headline and a kicker or a line of summary, never a paragraph of the story. */
export const DEFAULT_TEASER_MAX_WORDS = 30;
/** One picture linked to a story proves little; a row of alike teasers is a box of other stories. */
export const DEFAULT_MIN_TEASERS = 2;

/** The box may carry a label of its own ("More from the section"). */
export const DEFAULT_TEASER_LABEL_WORDS = 6;

const MEDIA = 'img, picture, video, svg';
/** Links to a picture file are a gallery's enlargements, not links to other stories. */
const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i;

/** The page `a` opens, when it is another web page than this one (no anchor, no picture file). */
function storyTarget(a: Element, page: string): string | null {
  try {
    const url = new URL(a.getAttribute('href') ?? '', page);
    url.hash = '';
    if (!/^https?:$/.test(url.protocol) || MEDIA_FILE.test(url.pathname) || url.href === page) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Distinct story pages linked from inside `el`. */
function targets(el: Element, page: string): Set<string> {
  const found = new Set<string>();
  for (const a of linksIn([el])) {
    const target = storyTarget(a, page);
    if (target) found.add(target);
  }
  return found;
}

/**
 * The teaser around a linked picture: its widest ancestor that still links to that one story only
 * and holds only a few words. Null when the picture's box holds a caption (a figure of the story).
 */
function teaserOf(link: Element, target: string, root: Element, page: string): Element | null {
  let teaser: Element | null = null;
  for (let el: Element | null = link; el && el !== root; el = el.parentElement) {
    if (wordCount(el.textContent ?? '') > DEFAULT_TEASER_MAX_WORDS) break;
    const linked = targets(el, page);
    if (linked.size !== 1 || !linked.has(target)) break;
    teaser = el;
  }
  if (!teaser || teaser.querySelector('figcaption') || wordCount(teaser.textContent ?? '') < 2) return null;
  return teaser;
}

/** The tags of an element and its children: alike teasers in a row share it. */
const shape = (el: Element) => [el.tagName, ...[...el.children].map((c) => c.tagName)].join(' ');

/**
 * Boxes of other stories set inside the article: a row of alike teasers, each a picture linked to
 * another page with its headline or kicker beside it ("RANDY ANDY / Andrew parties in …"). The
 * story's own pictures have no link to another page, or a caption, or stand alone.
 */
export const teaserCards: CleanupRule = {
  name: 'teaser-cards',
  find(blocks: readonly Block[], context: CleanupContext): CleanupFinding[] {
    const root = context.root ?? blocks[0]?.element.ownerDocument.body;
    if (!root || blocks.length === 0) return [];
    const page = (() => {
      const url = new URL(context.pageUrl ?? root.ownerDocument.baseURI ?? 'about:blank');
      url.hash = '';
      return url.href;
    })();
    const rows = new Map<Element, Element[]>();
    // A link holding several media (a <picture> and its <img>) is judged once.
    const seen = new Set<Element>();
    for (const picture of root.querySelectorAll(MEDIA)) {
      const link = picture.closest('a[href]');
      if (!link || seen.has(link)) continue;
      seen.add(link);
      const target = storyTarget(link, page);
      const teaser = target ? teaserOf(link, target, root, page) : null;
      if (!teaser?.parentElement) continue;
      const row = rows.get(teaser.parentElement) ?? [];
      if (!row.includes(teaser)) row.push(teaser);
      rows.set(teaser.parentElement, row);
    }
    const found: CleanupFinding[] = [];
    for (const [box, row] of rows) {
      const alike = row.filter((t) => shape(t) === shape(row[0]!));
      if (alike.length < DEFAULT_MIN_TEASERS || alike.length !== row.length) continue;
      // A box of teasers holds nothing else with words (a label aside); among the story's paragraphs
      // linked pictures are its own, opening a larger view.
      const others = [...box.children].filter((c) => !row.includes(c) && wordCount(c.textContent ?? '') > DEFAULT_TEASER_LABEL_WORDS);
      if (others.length > 0) continue;
      for (const teaser of row) {
        const inside = blocks.filter((b) => teaser.contains(b.element) || b.nodes.some((n) => teaser.contains(n)));
        if (inside.length === 0) continue;
        found.push({ blocks: inside, reason: `a teaser of another story (one of ${row.length} alike, each a linked picture and a headline)`, also: [teaser] });
      }
    }
    return found;
  },
};
