import { DEFAULT_TEXT_EVIDENCE_CAP } from '../constants.ts';
import { APPEAL_CATEGORIES } from '../categories.ts';
import type { AppealRule, Evidence } from '../types.ts';

export const APPEAL_PHRASES = 'appeal-phrases';
/** Text evidence below this is noise (a topic word or two) and is not reported. */
export const DEFAULT_MIN_TEXT_EVIDENCE = 0.1;

/** Calls to action and topic words from the per-language phrase lists, weighed line by line. */
export const appealPhrases: AppealRule = {
  name: APPEAL_PHRASES,
  startsFrom: 'phrases',
  score(block) {
    const evidence: Evidence[] = [];
    for (const category of APPEAL_CATEGORIES) {
      const weight = Math.min(DEFAULT_TEXT_EVIDENCE_CAP, block.text.score[category]);
      if (weight < DEFAULT_MIN_TEXT_EVIDENCE) continue;
      const strong = block.text.strong[category];
      const weak = category in block.text.weak ? block.text.weak[category as keyof typeof block.text.weak] : [];
      const phrases = strong.length > 0 ? strong : weak;
      evidence.push({
        rule: APPEAL_PHRASES,
        kind: 'text',
        target: category,
        weight: Math.round(weight * 100) / 100,
        saw: phrases
          .slice(0, 3)
          .map((p) => `"${p}"`)
          .join(', '),
      });
    }
    return evidence;
  },
};
