import type { Block } from './blocks.ts';

/** Blocks one rule would take out of the article, and why. */
export interface CleanupFinding {
  blocks: Block[];
  /** Why, in a few words, e.g. "a photo credit on its own line". */
  reason: string;
  /** Elements that go with the blocks (a teaser's linked picture), removed whole. */
  also?: Element[];
}

/** What the header already shows, so that the body need not repeat it; and the page's address. */
export interface CleanupContext {
  title?: string | null;
  byline?: string | null;
  /**
   * The page's base URL, which links into the page itself are told by; by default the content's
   * own document's (the content may be parsed elsewhere, e.g. in the reading view).
   */
  pageUrl?: string;
  /** The article's content element; by default the blocks' document body. */
  root?: Element;
}

/** A small named cleanup rule: looks at the article's leaf blocks, changes nothing. */
export interface CleanupRule {
  name: string;
  find(blocks: readonly Block[], context: CleanupContext): CleanupFinding[];
}

/**
 * A rule that judges each block on its own: `judge` says why the block goes (the reason shown to
 * the reader), or null. Most cleanup rules are this shape; rules that look at runs of blocks are not.
 */
export function blockRule(name: string, judge: (block: Block, blocks: readonly Block[]) => string | null): CleanupRule {
  return {
    name,
    find(blocks) {
      const found: CleanupFinding[] = [];
      for (const block of blocks) {
        const reason = judge(block, blocks);
        if (reason) found.push({ blocks: [block], reason });
      }
      return found;
    },
  };
}
