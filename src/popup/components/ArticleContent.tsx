import { useLayoutEffect, useRef } from 'preact/hooks';

/** Links leave the reading view for a new tab; in-page anchors stay. */
export function openLinksInNewTab(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.getAttribute('href')!.startsWith('#')) continue;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
}

/**
 * The article body. `html` is Article.contentHtml, sanitised by the core pipeline with DOMPurify;
 * nothing else is ever set as HTML.
 */
export function ArticleContent({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    openLinksInNewTab(ref.current);
    for (const table of ref.current.querySelectorAll('table')) {
      if (table.parentElement?.classList.contains('table-scroll')) continue;
      const wrapper = document.createElement('div');
      wrapper.className = 'table-scroll';
      wrapper.tabIndex = 0;
      table.replaceWith(wrapper);
      wrapper.append(table);
    }
  }, [html]);
  return <div class="content" ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
}
