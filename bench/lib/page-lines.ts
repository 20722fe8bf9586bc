/** A page's visible text as a reader sees it: one line per block, no script/style/noscript/template. */
import { articleText } from '../../src/core/extract/article-text.ts';

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A copy of the node without the code it carries (scripts, styles, templates): what a reader can see. */
export function withoutCode<T extends Document | Element>(node: T): T {
  const copy = node.cloneNode(true) as T;
  for (const code of copy.querySelectorAll('script, style, noscript, template')) code.remove();
  return copy;
}

export function visibleLines(doc: Document): string[] {
  const clone = withoutCode(doc);
  return articleText(clone.body ?? clone.documentElement)
    .split('\n')
    .map(squash)
    .filter(Boolean);
}
