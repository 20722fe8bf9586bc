import { type Block, linksIn } from '../blocks.ts';
import { labelKey } from '../text.ts';
import type { CleanupFinding, CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

/** The author's box closes the article: its biography is among the last blocks. */
export const DEFAULT_BIO_LAST_BLOCKS = 3;
/** A biography is a paragraph or two, not a section of the story. */
export const DEFAULT_BIO_MAX_WORDS = 120;
/** The biography follows the name line within this many blocks (a handle may sit between them). */
export const DEFAULT_BIO_AFTER_NAME = 2;
/** The name line is a name, perhaps with a role. */
export const DEFAULT_BIO_NAME_MAX_WORDS = 6;

/** Author pages as publishing systems name them: /author/jane-doe/, /autor/…, /people/…. */
const AUTHOR_PATH = /\/(?:authors?|autor(?:es|en|in)?|auteurs?|autore|autori|autorzy|people|staff|profiles?|journalists?|redactie|columnists?)\/[^/]+/i;

/** The author's name when `block` is only a link to the author's page ("Trevor Daugherty"). */
function authorName(block: Block): string | null {
  if (block.words > DEFAULT_BIO_NAME_MAX_WORDS || block.linkShare < 0.8) return null;
  const link = linksIn(block.nodes).find((a) => /\bauthor\b/i.test(a.getAttribute('rel') ?? '') || AUTHOR_PATH.test(a.getAttribute('href') ?? ''));
  const name = link?.textContent?.replace(/\s+/g, ' ').trim();
  return name && /^\p{Lu}/u.test(name) ? name : null;
}

/**
 * The author's box at the end of the article: a link to the author's page with their name, and a
 * biography that opens with that name ("Trevor Daugherty is the Senior Editor of …"), perhaps under
 * "About the author" and with a handle between them. The story never names its writer that way.
 */
export const authorBio: CleanupRule = {
  name: 'author-bio',
  find(blocks: readonly Block[]): CleanupFinding[] {
    // The name line can only be where a biography among the last blocks is close enough after it.
    const from = Math.max(0, blocks.length - DEFAULT_BIO_LAST_BLOCKS - DEFAULT_BIO_AFTER_NAME);
    for (let i = from; i < blocks.length; i++) {
      const name = authorName(blocks[i]!);
      if (!name) continue;
      const first = name.split(' ')[0]!;
      for (let j = i + 1; j <= Math.min(blocks.length - 1, i + DEFAULT_BIO_AFTER_NAME); j++) {
        const bio = blocks[j]!;
        if (j < blocks.length - DEFAULT_BIO_LAST_BLOCKS || bio.words > DEFAULT_BIO_MAX_WORDS || !bio.text.startsWith(first)) continue;
        const label = i > 0 && WORDS.author.has(labelKey(blocks[i - 1]!.text)) ? [blocks[i - 1]!] : [];
        return [{ blocks: [...label, ...blocks.slice(i, j + 1)], reason: `the author's box after the story (a link to ${name}'s page and a biography)` }];
      }
    }
    return [];
  },
};
