/**
 * Where else a page states its article, for measuring a fallback when Readability picks the wrong
 * block: JSON-LD `articleBody`, the `itemprop="articleBody"` element, the page's only `<article>`.
 */
export const FALLBACK_SOURCES = ['JSON-LD articleBody', 'itemprop=articleBody', 'the only <article>'] as const;
export type FallbackSource = (typeof FALLBACK_SOURCES)[number];

function jsonLdArticleBody(doc: Document): string {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // Pages often ship JSON-LD that JSON.parse refuses; the string value alone is enough here.
    const m = (script.textContent ?? '').match(/"articleBody"\s*:\s*"((?:[^"\\]|\\.)*)"/);
    if (!m) continue;
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return m[1]!;
    }
  }
  return '';
}

/** Each source's text ('' when the page has none). Read before extraction touches the document. */
export function fallbackTexts(doc: Document): Record<FallbackSource, string> {
  const articles = doc.querySelectorAll('article');
  return {
    'JSON-LD articleBody': jsonLdArticleBody(doc),
    'itemprop=articleBody': doc.querySelector('[itemprop="articleBody"]')?.textContent ?? '',
    'the only <article>': articles.length === 1 ? (articles[0]!.textContent ?? '') : '',
  };
}

export const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;
