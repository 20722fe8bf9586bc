import { type Block, linksIn } from '../blocks.ts';
import { labelKey, openingLabel } from '../text.ts';
import type { CleanupFinding, CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

/** A block counts as a link when at least this share of its letters is link text. */
export const DEFAULT_LINK_SHARE = 0.8;
/** A headline is short; longer linked blocks are prose with a link in them. */
export const DEFAULT_HEADLINE_MAX_WORDS = 25;
/** At most this many links are taken after a "Related" label. */
export const DEFAULT_MAX_RELATED_LINKS = 12;

/** Lines of the block: headlines are often stacked in one paragraph with line breaks. */
function lineCount(block: Block): number {
  let breaks = 0;
  for (const node of block.nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    breaks += el.tagName === 'BR' ? 1 : el.querySelectorAll('br').length;
  }
  return Math.min(breaks + 1, DEFAULT_MAX_RELATED_LINKS);
}

const isHeadlineLink = (b: Block) => b.linkShare >= DEFAULT_LINK_SHARE && b.words <= DEFAULT_HEADLINE_MAX_WORDS * lineCount(b);

/** Share of `rest` (the text after a label) that is link text in the block. */
function restLinkShare(block: Block, rest: string): number {
  const count = (s: string) => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const restLetters = count(rest);
  if (!restLetters) return 0;
  let linked = 0;
  for (const a of linksIn(block.nodes)) linked += count(a.textContent ?? '');
  return Math.min(1, linked / restLetters);
}

/**
 * "Read more / Related / Lesen Sie auch / Lire aussi …" and the links to other stories they
 * introduce: a label followed by a linked headline in the same block, or a label on its own line
 * followed by a run of short linked blocks. A label alone with nothing linked after it stays, unless
 * it is the article's last block.
 */
export const relatedLinks: CleanupRule = {
  name: 'related-links',
  find(blocks: readonly Block[]): CleanupFinding[] {
    const found: CleanupFinding[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.words > DEFAULT_HEADLINE_MAX_WORDS + 5) continue;
      const key = labelKey(block.text);
      if (WORDS.related.has(key)) {
        const run: Block[] = [];
        for (let j = i + 1; j < blocks.length && run.length < DEFAULT_MAX_RELATED_LINKS && isHeadlineLink(blocks[j]!); j++) run.push(blocks[j]!);
        if (run.length > 0 || i === blocks.length - 1) {
          found.push({ blocks: [block, ...run], reason: `"${key}" and ${run.length} linked headline${run.length === 1 ? '' : 's'}` });
          i += run.length;
        }
        continue;
      }
      const opening = openingLabel(block.text, WORDS.related);
      if (opening?.rest && restLinkShare(block, opening.rest) >= DEFAULT_LINK_SHARE)
        found.push({ blocks: [block], reason: `"${opening.label}:" and a linked headline` });
    }
    return found;
  },
};
