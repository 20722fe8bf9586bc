import { withoutSiteName } from '../extract/headline.ts';
import type { SaveFormat } from './formats.ts';

const EXTENSIONS: Record<SaveFormat, string> = { html: 'html', markdown: 'md', text: 'txt' };

/** DEFAULT_MAX_FILENAME_CHARS keeps names short enough to read in a file list. */
export const DEFAULT_MAX_FILENAME_CHARS = 80;
/** The site part of a name is cut to this many characters; the headline gets the rest. */
export const DEFAULT_MAX_SITE_CHARS = 30;
/** Every file system allows 255 bytes; a margin is left for " (2)" and the browser's own suffixes. */
export const DEFAULT_MAX_FILENAME_BYTES = 200;


export interface NameSource {
  title: string;
  url: string;
  siteName?: string | null;
}

/**
 * A safe, readable file name: "Headline - Site.ext". The site is named once, also when the title
 * already carries it glued on ("Headline | Site"). Safe on every system and for the browser's
 * downloads API: no path separators, characters Windows or Chromium refuse (`\/:*?"<>|~`), control
 * or format characters, leading or trailing dots and spaces, or reserved device names (CON, NUL…);
 * cut on a character boundary, never empty.
 */
export function articleFilename(article: NameSource, format: SaveFormat): string {
  const site = clean(article.siteName ?? '');
  const headline = clean(withoutSiteName(article.title, article.siteName ?? null));
  const siteChars = [...site];
  const siteShort = siteChars.length > DEFAULT_MAX_SITE_CHARS ? trimEnds(siteChars.slice(0, DEFAULT_MAX_SITE_CHARS).join('')) : site;
  const suffix = siteShort && siteShort.toLowerCase() !== headline.toLowerCase() && headline ? ` - ${siteShort}` : '';
  const extension = `.${EXTENSIONS[format]}`;
  const room = DEFAULT_MAX_FILENAME_BYTES - utf8Bytes(suffix + extension);
  let base = trimEnds(cut(headline, DEFAULT_MAX_FILENAME_CHARS - [...suffix].length, room));
  if (!base || isReserved(base)) base = '';
  const name = base ? `${base}${suffix}` : siteShort && !isReserved(siteShort) ? siteShort : hostOf(article.url) || 'article';
  return `${name}${extension}`;
}

/** Characters no file name may hold become spaces; format characters (ZWJ, bidi marks, soft hyphen) go. */
function clean(text: string): string {
  return trimEnds(
    text
      .normalize('NFC')
      .replace(/[\p{Cf}\uFDD0-\uFDEF\uFFFE\uFFFF]/gu, '')
      .replace(/[\\/:*?"<>|~\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' '),
  );
}

/** No leading or trailing dots, spaces or other white space (Windows drops them; Chromium refuses them). */
const trimEnds = (text: string) => text.replace(/^[\s.]+|[\s.]+$/g, '');

/** At most `chars` characters and `bytes` UTF-8 bytes, cut between graphemes (an emoji stays whole). */
function cut(text: string, chars: number, bytes: number): string {
  let out = '';
  let count = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const length = [...segment].length;
    if (count + length > chars || utf8Bytes(out + segment) > bytes) break;
    out += segment;
    count += length;
  }
  return out;
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** Windows device names, also with an extension after them ("CON.report" opens the console). */
const isReserved = (name: string) => /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\s*\..*)?$/i.test(name);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '').replace(/^\.+|\.+$/g, '');
  } catch {
    return '';
  }
}
