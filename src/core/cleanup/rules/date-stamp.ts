import { words } from '../text.ts';
import { blockRule, type CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

export const DEFAULT_STAMP_MAX_CHARS = 100;

const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;
const TIME = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?!\p{L})/iu;
const NUMBER = /^\d+(?:st|nd|rd|th|er|e|º|ª|h)?$/;
/** Short capitals next to a time are time zones: EST, GMT, MEZ. */
const ZONE = /\b[A-Z]{2,5}\b/g;

interface Stamp {
  labelled: boolean;
  /** Both a date and a time of day: "November 20, 2019 / 1:07 AM". */
  dateAndTime: boolean;
  /** Words left once dates, times, labels and zones are taken out. */
  rest: number;
}

/** Reads `text` as a date line ("Updated 1:39 am EST, Wednesday, November 20, 2019"), or null. */
export function readStamp(text: string): Stamp | null {
  if (text.length > DEFAULT_STAMP_MAX_CHARS) return null;
  const list = words(text.replace(ZONE, ' '));
  const hasMonth = words(text).some((w, i, all) => WORDS.date.has(w) && w.length >= 3 && (NUMBER.test(all[i - 1] ?? '') || NUMBER.test(all[i + 1] ?? '')));
  const relative = /\d/.test(text) && list.some((w) => WORDS.stamp.has(w) && /^(?:ago|vor|hace|há|fa|temu|назад|тому|geleden)$/.test(w));
  if (!hasMonth && !relative && !NUMERIC_DATE.test(text) && !TIME.test(text)) return null;
  let labelled = false;
  let rest = 0;
  for (const w of list) {
    if (NUMBER.test(w) || WORDS.date.has(w)) continue;
    if (WORDS.stamp.has(w)) labelled = true;
    else rest++;
  }
  return { labelled, dateAndTime: (hasMonth || NUMERIC_DATE.test(text)) && TIME.test(text), rest };
}

/**
 * Publication stamps on their own line: "Updated 11:21 pm CST, Tuesday, November 19, 2019",
 * "Published 1 day ago", "19.11.2019, 08:57". Anywhere when labelled and nothing else; before the
 * first or after the last paragraph also with a few more words (an agency, a site).
 */
export const dateStamp: CleanupRule = blockRule('date-stamp', (block) => {
  if (block.heading) return null;
  const stamp = readStamp(block.text);
  if (!stamp) return null;
  const edge = block.head || block.tail;
  // Unlabelled, a date with a time may carry a short source: "November 20, 2019 / 1:07 AM / CBS News".
  const ok = stamp.labelled ? stamp.rest <= (edge ? 3 : 1) : edge && stamp.rest <= (stamp.dateAndTime ? 2 : 0);
  return ok ? `a date line ${block.head ? 'before the story' : block.tail ? 'after the story' : 'on its own'}` : null;
});
