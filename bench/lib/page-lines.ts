/** A page's visible text as a reader sees it: one line per block, no script/style/noscript/template. */
import { articleText } from '../../src/core/extract/article-text.ts';

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function visibleLines(doc: Document): string[] {
  const clone = doc.cloneNode(true) as Document;
  for (const el of clone.querySelectorAll('script, style, noscript, template')) el.remove();
  return articleText(clone.body ?? clone.documentElement)
    .split('\n')
    .map(squash)
    .filter(Boolean);
}
