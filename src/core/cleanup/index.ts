/**
 * Post-extraction cleanup: what Readability keeps that is not the article (the page's chrome before
 * the story, "Related" links, photo credits, date lines, page controls, rights lines). Each rule is
 * small and named; every removal is reported with its rule and reason, and can be put back.
 */
import type { Removal } from '../article.ts';
import { type Block, leafBlocks } from './blocks.ts';
import { CLEANUP_RULES } from './rules/index.ts';
import type { CleanupContext, CleanupRule } from './types.ts';

export type { CleanupContext, CleanupFinding, CleanupRule } from './types.ts';

/** Removal.text holds at most this many characters. */
export const DEFAULT_CLEANUP_EXCERPT_CHARS = 200;
/** Put-back blocks are recognised by this many characters of their excerpt. */
export const DEFAULT_CLEANUP_KEEP_KEY_CHARS = 80;

export interface CleanupOptions extends CleanupContext {
  /** Excerpts (Removal.text) the user put back: those blocks stay. */
  keep?: readonly string[];
  rules?: readonly CleanupRule[];
}

const keepKey = (text: string) => text.replace(/…$/, '').replace(/\s+/g, ' ').trim().slice(0, DEFAULT_CLEANUP_KEEP_KEY_CHARS);

function excerpt(blocks: readonly Block[]): string {
  const text = blocks.map((b) => b.text).join(' · ');
  return text.length > DEFAULT_CLEANUP_EXCERPT_CHARS ? `${text.slice(0, DEFAULT_CLEANUP_EXCERPT_CHARS - 1)}…` : text;
}

/** Removes `nodes`, then each ancestor below `root` left with no text and no media. */
function removeWithEmptyParents(nodes: readonly Node[], root: Element): void {
  let parent = nodes[0]?.parentElement ?? null;
  for (const node of nodes) node.parentNode?.removeChild(node);
  while (parent && parent !== root && !parent.textContent?.trim() && !parent.querySelector('img, picture, video, audio, iframe, svg, math, table')) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Finds clutter in the extracted content `root`, removes it in place and says what went and why. */
export function cleanupArticle(root: Element, options: CleanupOptions = {}): Removal[] {
  const blocks = leafBlocks(root);
  const keys = new Set((options.keep ?? []).map(keepKey).filter(Boolean));
  const taken = new Set<Block>();
  const removals: Array<{ blocks: Block[]; also: Element[]; removal: Removal }> = [];
  for (const rule of options.rules ?? CLEANUP_RULES) {
    for (const finding of rule.find(blocks, { title: options.title, byline: options.byline, pageUrl: options.pageUrl, root })) {
      if (finding.blocks.some((b) => taken.has(b))) continue;
      const text = excerpt(finding.blocks);
      if (keys.has(keepKey(text))) continue;
      for (const b of finding.blocks) taken.add(b);
      removals.push({ blocks: finding.blocks, also: finding.also ?? [], removal: { category: 'clutter', reason: `${rule.name}: ${finding.reason}`, text } });
    }
  }
  removals.sort((a, b) => a.blocks[0]!.index - b.blocks[0]!.index);
  for (const { blocks: gone, also } of removals) {
    for (const b of gone) removeWithEmptyParents(b.nodes, root);
    if (also.length) removeWithEmptyParents(also, root);
  }
  return removals.map((r) => r.removal);
}
