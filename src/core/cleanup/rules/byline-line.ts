import type { Block } from '../blocks.ts';
import { isNameList } from './photo-credit.ts';
import type { CleanupFinding, CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';
import { readStamp } from './date-stamp.ts';

export const BYLINE_LINE = 'byline-line';
export const DEFAULT_BYLINE_MAX_CHARS = 100;

/**
 * The names of a byline line ("By Jane Doe", "By Jane Doe - 11/18/19 11:04 PM EST", "by Regan
 * September 15, 2014" → "Jane Doe", "Regan"), or null when the line is not a byline.
 */
export function bylineNames(text: string): string | null {
  if (text.length > DEFAULT_BYLINE_MAX_CHARS) return null;
  const m = text.match(/^(\p{L}+)\s+(.+)$/u);
  if (!m || !WORDS.by.has(m[1]!.toLowerCase())) return null;
  // The names, then maybe a date after a dash, a pipe or straight on.
  const [names, ...after] = m[2]!.split(/\s+[-–—|]\s+|\s*\|\s*/);
  const date = after.join(' ');
  if (date && !readStamp(date)) return null;
  // "Regan September 15, 2014": names run into the date.
  const split = names!.match(/^(.+?)\s+((?:\p{L}+\.?\s+)?\d.*)$/u);
  if (split && isNameList(split[1]!) && readStamp(split[2]!)) return split[1]!.trim();
  return isNameList(names!) ? names!.trim() : null;
}

/** "By Jane Doe", "By Jane Doe - 11/18/19 11:04 PM EST", "by Regan September 15, 2014". */
export const isBylineLine = (text: string): boolean => bylineNames(text) !== null;

/** A byline left as a line of the body before the story (the header shows the byline). */
export const bylineLine: CleanupRule = {
  name: BYLINE_LINE,
  find(blocks: readonly Block[]): CleanupFinding[] {
    const found: CleanupFinding[] = [];
    for (const block of blocks) {
      if (!block.head) break;
      if (!block.heading && isBylineLine(block.text)) found.push({ blocks: [block], reason: 'a byline line before the story' });
    }
    return found;
  },
};
