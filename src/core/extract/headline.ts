/**
 * The article's headline: the page's title without the site name glued to it, and the headline the
 * reader sees on the page (its h1) when the title is only that headline plus the site's name.
 */

/** Separators that glue a site or section name to a headline ("Headline | Site", "Site - Headline"). */
export const TITLE_SEPARATORS = ' \\| | - | – | — | :: | · | • | » | \\/ ';

const SEPARATOR_SPLIT = new RegExp(`(?:${TITLE_SEPARATORS})`, 'u');

/** Letters and digits only, lower-cased: "The Guardian" and "theguardian.com" compare as "theguardian". */
const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The names a site goes by: its stated name, and its host without "www." and the suffix. */
function siteNames(siteName: string | null, url: string | null): string[] {
  const names: string[] = [];
  if (siteName) names.push(squash(siteName));
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\d?\./, '');
      const labels = host.split('.');
      // "theguardian.com" → "theguardian"; "news.example.co.uk" → "example" and "newsexample".
      if (labels.length >= 2) names.push(squash(labels.slice(0, -1).join('')), squash(labels[0]!));
      const second = labels.at(-2);
      if (labels.length >= 3 && second && second.length > 3) names.push(squash(second));
    } catch {
      // No URL to learn the site's name from.
    }
  }
  return [...new Set(names.filter((n) => n.length >= 3))];
}

/** At most this many letters may differ between a site's name and a title part naming it ("WIRED.jp", "POPSUGAR Home"). */
const SITE_NAME_SLACK = 5;

/** Whether a part of a title names the site ("The Guardian", "NYTimes.com", "Valley Gazette"). */
function namesSite(part: string, names: readonly string[]): boolean {
  const squashed = squash(part);
  if (!squashed) return false;
  return names.some(
    (n) =>
      squashed === n ||
      (squashed.startsWith(n) && squashed.length - n.length <= SITE_NAME_SLACK) ||
      (squashed.length >= 5 && n.includes(squashed) && n.length - squashed.length <= SITE_NAME_SLACK),
  );
}

/**
 * The title without a leading or trailing part that names the site ("… – Valley Gazette",
 * "NYTimes.com: …"). Unchanged when nothing names the site or nothing else would be left.
 */
export function withoutSiteName(title: string, siteName: string | null, url: string | null = null): string {
  const headline = title.replace(/\s+/g, ' ').trim();
  const names = siteNames(siteName, url);
  if (names.length === 0) return headline;
  // "NYTimes.com: Headline": a colon glues the site on only at the start (elsewhere it is the headline's own).
  const colon = headline.match(/^([^:]{3,40}):\s+(.+)$/u);
  if (colon && namesSite(colon[1]!, names)) return colon[2]!.trim();
  let parts = headline.split(SEPARATOR_SPLIT);
  if (parts.length < 2) return headline;
  const separators = [...headline.matchAll(new RegExp(TITLE_SEPARATORS, 'gu'))].map((m) => m[0]);
  let start = 0;
  let end = parts.length;
  if (namesSite(parts[end - 1]!, names)) end--;
  else if (namesSite(parts[0]!, names)) start++;
  if (start === 0 && end === parts.length) return headline;
  parts = parts.slice(start, end);
  // Rejoin what is left with its own separators ("Section | Headline" stays whole).
  let rest = parts[0]!;
  for (let i = 1; i < parts.length; i++) rest += separators[start + i - 1]! + parts[i]!;
  rest = rest.trim();
  return rest || headline;
}

/** At most this long, an h1 is a headline; a longer one is a block of text marked up as a heading. */
const MAX_HEADLINE_CHARS = 300;

/**
 * The headline to show: the page title without the site's name; the page's own h1 instead when the
 * title is that h1 with more glued on (a section name, a tagline), since the h1 is what the reader
 * read as the headline.
 */
export function chooseHeadline(options: { title: string; siteName: string | null; url: string | null; h1: string | null }): string {
  const title = withoutSiteName(options.title, options.siteName, options.url);
  const h1 = options.h1?.replace(/\s+/g, ' ').trim();
  if (!h1 || h1.length > MAX_HEADLINE_CHARS || words(h1) < 2) return title;
  const squashedH1 = squash(h1);
  const squashedTitle = squash(title);
  // The title is the h1 with a part glued after it: the h1 alone. (An h1 that is the title's last
  // part is more often the site's or section's name than the headline.)
  if (squashedH1.length >= 10 && squashedTitle !== squashedH1 && squash(title.split(SEPARATOR_SPLIT)[0]!) === squashedH1) return h1;
  return title;
}
