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

/** Longest text a leading byline paragraph can have ("By Maya Lindqvist, Science Editor"). */
export const DEFAULT_MAX_BYLINE_CHARS = 100;

/** Drops a short paragraph among the first few that repeats the byline the header already shows. */
export function dropRepeatedByline(root: ParentNode, byline: string | null): void {
  const name = squash(byline);
  if (name.length < 3) return;
  const leading = [...root.querySelectorAll('p, div.byline, span.byline, address')].slice(0, 3);
  for (const element of leading) {
    const text = squash(element.textContent);
    if (text.length <= DEFAULT_MAX_BYLINE_CHARS && text.includes(name) && element.children.length <= 2) {
      element.remove();
      return;
    }
  }
}

/** Wraps tables in a scroll box (focusable, so keyboard users can scroll it too). */
export function wrapTables(root: ParentNode): void {
  for (const table of root.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const wrapper = document.createElement('div');
    wrapper.className = 'table-scroll';
    wrapper.tabIndex = 0;
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
}

/**
 * An image that failed to load gives way to its alt text (plain text, quiet style), or disappears
 * when it has none; a `<picture>` goes with its image, and a figure left with nothing goes too.
 */
export function collapseFailedImage(img: HTMLImageElement): void {
  const target = img.parentElement?.localName === 'picture' ? img.parentElement : img;
  const figure = target.parentElement?.closest('figure');
  const alt = img.getAttribute('alt')?.replace(/\s+/g, ' ').trim();
  if (alt) {
    const span = img.ownerDocument.createElement('span');
    span.className = 'img-alt';
    span.textContent = alt;
    target.replaceWith(span);
  } else target.remove();
  if (figure && !figure.querySelector('img, picture, video, svg, table, pre, math') && !figure.textContent?.trim()) figure.remove();
}

/** Collapses images under `root` as they fail (error events do not bubble: listened for in capture). */
export function collapseFailedImages(root: HTMLElement, signal: AbortSignal): void {
  root.addEventListener(
    'error',
    (event) => {
      const img = event.target;
      if (img instanceof HTMLImageElement && root.contains(img)) collapseFailedImage(img);
    },
    { capture: true, signal },
  );
}

/**
 * The element a put-back block starts with: the innermost one whose text holds `line` (the first
 * line of the removal's excerpt), or null when the article does not show it.
 */
export function findPutBack(root: ParentNode, line: string): Element | null {
  const wanted = squash(line);
  if (!wanted) return null;
  let found: Element | null = null;
  for (const el of root.querySelectorAll('*')) {
    // Document order visits ancestors first: keep descending while the text is still inside.
    if (squash(el.textContent).includes(wanted) && (!found || found.contains(el))) found = el;
  }
  return found;
}

/**
 * The article body. `html` is Article.contentHtml, sanitised by the core pipeline with DOMPurify;
 * nothing else is ever set as HTML. `putBack` is the first line of a block the user just put back:
 * it is marked and scrolled to, so the reader sees where it went.
 */
export function ArticleContent({
  html,
  title,
  byline,
  putBack,
}: {
  html: string;
  title: string;
  byline: string | null;
  putBack?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    // Before anything else: image errors arrive as tasks, after this effect has run.
    const controller = new AbortController();
    collapseFailedImages(ref.current, controller.signal);
    dropRepeatedTitle(ref.current, title);
    dropRepeatedByline(ref.current, byline);
    openLinksInNewTab(ref.current);
    wrapTables(ref.current);
    const restored = putBack ? findPutBack(ref.current, putBack) : null;
    if (restored) {
      restored.classList.add('put-back');
      restored.scrollIntoView?.({ block: 'center' });
    }
    return () => controller.abort();
  }, [html, title, byline, putBack]);
  return <div class="content" ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
}
