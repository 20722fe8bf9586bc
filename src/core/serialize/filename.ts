import type { SaveFormat } from './index.ts';

const EXTENSIONS: Record<SaveFormat, string> = { html: 'html', markdown: 'md', text: 'txt' };

/** DEFAULT_MAX_FILENAME_CHARS keeps names well under every file system's 255-byte limit. */
export const DEFAULT_MAX_FILENAME_CHARS = 80;

/**
 * A safe file name from the title: no path separators, reserved characters or control codes,
 * no trailing dots/spaces (Windows), never empty, never a reserved device name.
 */
export function articleFilename(article: { title: string; url: string }, format: SaveFormat): string {
  let base = article.title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  base = [...base].slice(0, DEFAULT_MAX_FILENAME_CHARS).join('').replace(/[. ]+$/, '');
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = hostOf(article.url) || 'article';
  return `${base}.${EXTENSIONS[format]}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '');
  } catch {
    return '';
  }
}
