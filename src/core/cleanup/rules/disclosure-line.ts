import { blockRule, type CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

/** A disclosure is a line or two; a paragraph about affiliate marketing is the story. */
export const DEFAULT_DISCLOSURE_MAX_WORDS = 40;

/** Why `text` is an advertising or affiliate disclosure, or null. */
export function disclosureReason(text: string): string | null {
  const lower = text.toLowerCase().replace(/[‘’]/g, "'");
  for (const phrase of WORDS.disclosure) if (lower.includes(phrase.replace(/[‘’]/g, "'"))) return `"${phrase}"`;
  return null;
}

/**
 * Advertising and affiliate disclosures before or after the story: "This post may contain affiliate
 * links", "Dieser Artikel enthält Werbung", "Contenu sponsorisé".
 */
export const disclosureLine: CleanupRule = blockRule('disclosure-line', (block) => {
  if ((!block.head && !block.tail) || block.words > DEFAULT_DISCLOSURE_MAX_WORDS) return null;
  const why = disclosureReason(block.text);
  return why && `an advertising disclosure ${block.head ? 'before' : 'after'} the story (${why})`;
});
