import type { Article } from '../article.ts';

/** The lines under the title in every saved format: byline, site, date, reading time. */
export function articleHeaderLines(article: Article): string[] {
  const lines: string[] = [];
  const source = [article.byline, article.siteName].filter((s): s is string => Boolean(s?.trim()));
  if (source.length) lines.push([...new Set(source)].join(' · '));
  const date = formatDate(article.publishedTime, article.lang);
  const meta = [date, `${article.readingMinutes} min read`].filter(Boolean);
  lines.push(meta.join(' · '));
  return lines;
}

/** An ISO date as a long date in `lang` (English when unknown); null when it is not a date. */
export function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? 'en', { dateStyle: 'long' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
