import { useLayoutEffect, useRef } from 'preact/hooks';

/** Links leave the reading view for a new tab; in-page anchors stay. */
export function openLinksInNewTab(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.getAttribute('href')!.startsWith('#')) continue;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Drops a heading at the very top of the body that repeats the title the header already shows. */
export function dropRepeatedTitle(root: ParentNode, title: string): void {
  let first = root.firstElementChild;
  while (first && /^(DIV|SECTION|ARTICLE|HEADER)$/.test(first.tagName) && first.firstElementChild) {
    first = first.firstElementChild;
  }
  if (first && /^H[1-3]$/.test(first.tagName) && squash(first.textContent) === squash(title)) first.remove();
}

/**
 * The article body. `html` is Article.contentHtml, sanitised by the core pipeline with DOMPurify;
 * nothing else is ever set as HTML.
 */
export function ArticleContent({ html, title }: { html: string; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    dropRepeatedTitle(ref.current, title);
    openLinksInNewTab(ref.current);
    for (const table of ref.current.querySelectorAll('table')) {
      if (table.parentElement?.classList.contains('table-scroll')) continue;
      const wrapper = document.createElement('div');
      wrapper.className = 'table-scroll';
      wrapper.tabIndex = 0;
      table.replaceWith(wrapper);
      wrapper.append(table);
    }
  }, [html, title]);
  return <div class="content" ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
}
