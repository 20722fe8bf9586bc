import type { AppealRule } from '../types.ts';

export const DISMISS_LATER = 'dismiss-later';
/** "Remind me later" / "No thanks" in a short line: the block asks for something. */
export const DEFAULT_DISMISS_WEIGHT = 0.3;

export const dismissLater: AppealRule = {
  name: DISMISS_LATER,
  startsFrom: 'phrases',
  score(block) {
    const seen = block.text.dismiss;
    if (seen.length === 0) return null;
    return { rule: DISMISS_LATER, kind: 'text', target: 'any', weight: DEFAULT_DISMISS_WEIGHT, saw: `"${seen[0]}"` };
  },
};
