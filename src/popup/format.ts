import { hostOf } from '../shared/site-hosts.ts';

/** The byline's date, formatted as in saved copies (core/serialize/header.ts). */
export { formatDate } from '../core/serialize/header.ts';

/** The host of a URL without "www.", for the site line when the article names no site. */
export function displayHost(url: string): string | null {
  return hostOf(url).replace(/^www\./, '') || null;
}
