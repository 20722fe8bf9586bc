import type { Block } from '../blocks.ts';
import type { CleanupContext, CleanupFinding, CleanupRule } from '../types.ts';

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The headline or the byline repeated as a line of the body before the story: the header already
 * shows them. Whole-line matches only.
 */
export const repeatedHeader: CleanupRule = {
  name: 'repeated-header',
  find(blocks: readonly Block[], context: CleanupContext): CleanupFinding[] {
    const title = key(context.title ?? '');
    const byline = key(context.byline ?? '');
    const found: CleanupFinding[] = [];
    for (const block of blocks) {
      if (!block.head) break;
      const text = key(block.text);
      if (!text) continue;
      if (text === title) found.push({ blocks: [block], reason: 'the headline repeated before the story' });
      else if (text === byline || (byline && text === `by ${byline}`)) found.push({ blocks: [block], reason: 'the byline repeated before the story' });
    }
    return found;
  },
};
