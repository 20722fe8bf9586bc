import type { Block } from './blocks.ts';

/** Blocks one rule would take out of the article, and why. */
export interface CleanupFinding {
  blocks: Block[];
  /** Why, in a few words, e.g. "a photo credit on its own line". */
  reason: string;
}

/** What the header already shows, so that the body need not repeat it. */
export interface CleanupContext {
  title?: string | null;
  byline?: string | null;
}

/** A small named cleanup rule: looks at the article's leaf blocks, changes nothing. */
export interface CleanupRule {
  name: string;
  find(blocks: readonly Block[], context: CleanupContext): CleanupFinding[];
}
