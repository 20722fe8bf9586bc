import type { Block } from '../blocks.ts';
import type { CleanupFinding, CleanupRule } from '../types.ts';

/** The whole block is one link: at least this share of its letters. */
export const DEFAULT_CAPITAL_LINK_SHARE = 0.9;
/** A headline: a few words, not a sentence of prose. */
export const DEFAULT_CAPITAL_LINK_MIN_WORDS = 3;
export const DEFAULT_CAPITAL_LINK_MAX_WORDS = 25;

/** Letters of the text, and how many of them are capitals (scripts without case count as neither). */
function caseCounts(text: string): { cased: number; upper: number } {
  let cased = 0;
  let upper = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lower === up) continue;
    cased++;
    if (ch === up) upper++;
  }
  return { cased, upper };
}

/** A block that is only a link, all in capitals: how sites set a link to another story in the text. */
function isCapitalLink(block: Block): boolean {
  if (block.heading || block.linkShare < DEFAULT_CAPITAL_LINK_SHARE) return false;
  if (block.words < DEFAULT_CAPITAL_LINK_MIN_WORDS || block.words > DEFAULT_CAPITAL_LINK_MAX_WORDS) return false;
  const { cased, upper } = caseCounts(block.text);
  return cased >= 10 && upper === cased;
}

/**
 * "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES…", "READ MORE ON … BY CLICKING HERE": a paragraph
 * that is one link set in capitals, between the story's paragraphs, is a link to another story or
 * page, not a line of the story (which would be a sentence in its own case).
 */
export const capitalLink: CleanupRule = {
  name: 'capital-link',
  find(blocks: readonly Block[]): CleanupFinding[] {
    return blocks
      .filter((b) => !b.head && isCapitalLink(b))
      .map((b) => ({ blocks: [b], reason: 'a link set in capitals on its own line (a link to another story)' }));
  },
};
