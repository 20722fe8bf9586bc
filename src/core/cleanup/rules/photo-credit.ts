import { openingLabel, words } from '../text.ts';
import { blockRule, type CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

/** A credit is short: a label and a few names. */
export const DEFAULT_CREDIT_MAX_CHARS = 90;
export const DEFAULT_CREDIT_MAX_NAMES = 10;

/** Picture agencies: a block of names ending in one of these is a credit line. */
const AGENCIES = new Set([
  'getty images', 'getty', 'ap', 'ap photo', 'associated press', 'reuters', 'afp', 'epa', 'epa-efe', 'efe', 'dpa', 'picture alliance',
  'picture-alliance', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'imago', 'imago images', 'keystone', 'anp', 'pap', 'ansa',
  'sipa', 'zuma', 'zuma press', 'nurphoto', 'tass', 'тасс', 'риа новости', 'unsplash', 'pixabay', 'pexels', 'wikimedia commons',
]);

/** Small words that may sit between names: "Nick Ut and Eddie Adams", "Maria de Souza". */
const NAME_JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'of', 'for', 'via', 'de', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'di', 'del', 'la', 'le', 'du', 'the']);

/** Text that is only names (each word capitalised, or a joiner), like "Damian Dovarganes, AP". */
export function isNameList(text: string): boolean {
  if (!text || /[.!?]\s+\p{Ll}/u.test(text) || /[;!?]/.test(text)) return false;
  const tokens = text.split(/[\s,|/&·•]+/).map((t) => t.replace(/^[("'“©]+|[)"'”.:]+$/g, '')).filter(Boolean);
  if (tokens.length === 0 || tokens.length > DEFAULT_CREDIT_MAX_NAMES) return false;
  return tokens.every((t) => /^[\p{Lu}\p{N}©@]/u.test(t) || NAME_JOINERS.has(t.toLowerCase()) || AGENCIES.has(t.toLowerCase()));
}

function agencyTail(text: string): boolean {
  const parts = text.split(/\s*[|/,;]\s*/).map((p) => p.toLowerCase().replace(/[().]/g, '').trim());
  return AGENCIES.has(parts.at(-1) ?? '');
}

/** Why `text` is a credit line, or null. */
export function creditReason(text: string): string | null {
  if (text.length > DEFAULT_CREDIT_MAX_CHARS) return null;
  const inner = text.replace(/^\((.*)\)$/, '$1').trim();
  // "Photo: Jane Doe / AP", "Bild: dpa", "(Image: © NASA/ESA)", "Image copyright Getty Images".
  const labelled = openingLabel(inner, WORDS.credit);
  if (labelled && isNameList(labelled.rest)) return `"${labelled.label}:" and names`;
  // "(Image: gargantiopa / Getty Images)": a handle in lower case, then an agency.
  if (labelled && agencyTail(labelled.rest) && words(labelled.rest).length <= 6 && !/[.!?]\s/.test(labelled.rest))
    return `"${labelled.label}:" and a picture agency`;
  const m = inner.match(/^(\S+(?:\s\S+)?)\s+(?:copyright|©)\s*(.+)$/i);
  if (m && WORDS.credit.has(m[1]!.toLowerCase()) && isNameList(m[2]!)) return `"${m[1]} copyright" and names`;
  // "Photo by Jane Doe", "Foto von …".
  const by = inner.match(/^(\S+(?:\s\S+)??)\s+(\S+)\s+(.+)$/);
  if (by && WORDS.credit.has(by[1]!.toLowerCase()) && WORDS.by.has(by[2]!.toLowerCase()) && isNameList(by[3]!.replace(/\.$/, '')))
    return `"${by[1]} ${by[2]}" and names`;
  // "© Jane Doe", "Courtesy of Jane Doe".
  if (/^©/.test(inner) && isNameList(inner.slice(1).trim())) return '© and names';
  const courtesy = inner.match(/^courtesy(?: of)?\s+(.+)$/i);
  if (courtesy && isNameList(courtesy[1]!)) return '"courtesy of" and names';
  // "Jane Doe | Getty Images", "Getty Images".
  if (isNameList(inner) && agencyTail(inner) && words(inner).length <= 8) return 'names ending in a picture agency';
  return null;
}

/** Photo credits on their own line: "Photo: Jane Doe, AP", "(Image: © NASA)", "Alex Wong | Getty Images". */
export const photoCredit: CleanupRule = blockRule('photo-credit', (block) => {
  if (block.heading || block.linkShare > 0.5) return null;
  const why = creditReason(block.text);
  return why && `a photo credit on its own line (${why})`;
});
