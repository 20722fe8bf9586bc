import { dom } from '../helpers.ts';
import { leafBlocks } from '../../../../src/core/cleanup/blocks.ts';
import type { CleanupContext, CleanupRule } from '../../../../src/core/cleanup/types.ts';

/** A paragraph of prose, so that blocks before and after it sit before and after the story. */
export const PROSE =
  '<p>The council met on Tuesday evening to discuss the new budget, which includes money for schools, roads and the library, and several residents spoke in favour of the plan.</p>';

/** Texts of the blocks `rule` finds in `html` (a body fragment). */
export function found(rule: CleanupRule, html: string, context: CleanupContext = {}): string[] {
  const doc = dom(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return rule.find(leafBlocks(doc.getElementById('root')!), context).flatMap((f) => f.blocks.map((b) => b.text));
}
