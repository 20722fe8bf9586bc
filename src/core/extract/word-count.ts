/**
 * Language-aware length: words for space-separated scripts, characters for Chinese, Japanese and
 * Korean (which do not separate words with spaces).
 */

/** Reading speed for space-separated languages, words per minute. */
export const DEFAULT_WORDS_PER_MINUTE = 230;
/** Reading speed for CJK text, characters per minute. */
export const DEFAULT_CJK_CHARS_PER_MINUTE = 500;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export interface TextLength {
  /** Words plus CJK characters: what a reader would call the length of the text. */
  wordCount: number;
  readingMinutes: number;
}

export function measureText(text: string): TextLength {
  const cjkChars = text.match(CJK)?.length ?? 0;
  const words = cjkChars ? text.replace(CJK, ' ').match(WORD)?.length ?? 0 : text.match(WORD)?.length ?? 0;
  const minutes = words / DEFAULT_WORDS_PER_MINUTE + cjkChars / DEFAULT_CJK_CHARS_PER_MINUTE;
  return { wordCount: words + cjkChars, readingMinutes: Math.max(1, Math.round(minutes)) };
}
