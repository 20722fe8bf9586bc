/** Text helpers shared by the cleanup rules. */

/** Lower case, quotes unified, without the punctuation, arrows and bullets that decorate a label. */
export function labelKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** Words (letters and digits, with inner apostrophes and hyphens), lower case. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The longest label from `labels` that opens `text`, followed by the end, a colon or a dash;
 * null when none does. Returns the label and the text after it.
 */
export function openingLabel(text: string, labels: ReadonlySet<string>): { label: string; rest: string } | null {
  const lower = text.toLowerCase().replace(/[‘’`´]/g, "'");
  const m = lower.match(/^[\s\p{P}\p{S}]*([^:|–—\n]{1,40}?)\s*(?:[:|–—]|\s-\s|$)/u);
  if (!m) return null;
  const label = m[1]!.trim().replace(/[\s\p{P}\p{S}]+$/u, '');
  if (!labels.has(label)) return null;
  return { label, rest: text.slice(m[0].length).trim() };
}
