import { blockRule, type CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

export const DEFAULT_RIGHTS_MAX_CHARS = 300;

const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|copyright\b)|©\s*\d{4}|\bcopyright\s*(?:©|@|\(c\))?\s*\d{4}/i;

/** Why `text` is a rights or legal line, or null. */
export function rightsReason(text: string): string | null {
  if (text.length > DEFAULT_RIGHTS_MAX_CHARS) return null;
  if (COPYRIGHT.test(text)) return 'a copyright notice';
  const lower = text.toLowerCase();
  for (const phrase of WORDS.rights) if (lower.includes(phrase)) return `"${phrase}"`;
  return null;
}

/**
 * Copyright and legal lines after the story ("Copyright 2019 …", "All rights reserved", "This
 * material may not be published, broadcast, rewritten or redistributed").
 */
export const copyrightLine: CleanupRule = blockRule('copyright-line', (block, blocks) => {
  // After the last paragraph, or one of the last two blocks (the notice itself may read like prose).
  if (!block.tail && block.index < blocks.length - 2) return null;
  const why = rightsReason(block.text);
  return why && `${why} after the story`;
});
