import { type Block, linksIn } from '../blocks.ts';
import type { CleanupContext, CleanupFinding, CleanupRule } from '../types.ts';

/** A run of at least this many short linked blocks before or after the story is navigation. */
export const DEFAULT_MIN_LINK_RUN = 3;
export const DEFAULT_LINK_RUN_SHARE = 0.9;
export const DEFAULT_LINK_RUN_MAX_WORDS = 20;

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** `href` resolved against `base`, or null when it is not a URL. */
function resolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Every link of the block points into this page: a table of contents, the article's own map. */
function inPageLinks(b: Block, context: CleanupContext): boolean {
  const base = context.pageUrl ?? b.element.ownerDocument.baseURI ?? '';
  const page = withoutHash(base);
  const links = linksIn(b.nodes);
  return (
    links.length > 0 &&
    links.every((a) => {
      const href = a.getAttribute('href') ?? '';
      return href.startsWith('#') || (href.includes('#') && withoutHash(resolve(href, base) ?? '') === page);
    })
  );
}

const isLinkItem = (b: Block, context: CleanupContext) =>
  !b.heading && b.linkShare >= DEFAULT_LINK_RUN_SHARE && b.words <= DEFAULT_LINK_RUN_MAX_WORDS && !inPageLinks(b, context);
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Before the first or after the last paragraph of the story: runs of short blocks that are
 * nothing but links (the site's menu, lists of other headlines), and the page's own address shown
 * as text. Inside the story, link lists stay: they may be the story's sources; so do tables of
 * contents (links into the page itself).
 */
export const linkRun: CleanupRule = {
  name: 'link-run',
  find(blocks: readonly Block[], context: CleanupContext): CleanupFinding[] {
    const found: CleanupFinding[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (!block.head && !block.tail) continue;
      // The page's address before the story; after it, addresses are the story's sources.
      if (block.head && BARE_URL.test(block.text)) {
        found.push({ blocks: [block], reason: 'a web address on its own line before the story' });
        continue;
      }
      let j = i;
      // After the story, an ordered list of links, or links shown as addresses, are the story's
      // footnotes or sources: they stay.
      const item = (b: Block) => b.head === block.head && b.tail === block.tail && isLinkItem(b, context) && !(b.tail && (b.ordered || BARE_URL.test(b.text)));
      while (j < blocks.length && item(blocks[j]!)) j++;
      if (j - i >= DEFAULT_MIN_LINK_RUN) {
        found.push({ blocks: blocks.slice(i, j), reason: `${j - i} short links in a row ${block.head ? 'before' : 'after'} the story` });
        i = j - 1;
      }
    }
    return found;
  },
};
