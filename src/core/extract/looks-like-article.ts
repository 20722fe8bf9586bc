/** A paragraph counts from this many characters (Readability's isProbablyReaderable: 140). */
export const DEFAULT_READERABLE_MIN_CHARS = 140;
/** Sum of √(length − min) over counted paragraphs a page needs (Readability: 20). */
export const DEFAULT_READERABLE_MIN_SCORE = 20;

/**
 * A cheap guess, before reading a page, whether it holds an article: enough long visible paragraphs
 * outside comment/footer-like blocks (Readability's isProbablyReaderable), and not a site's front
 * page. Used to open the reading view by itself only on articles.
 *
 * Self-contained on purpose: the service worker passes it to `scripting.executeScript`, which sends
 * the function's source to the page, so it may use nothing from outside its own body.
 */
export function looksLikeArticle(minChars: number, minScore: number, doc: Document = document): boolean {
  const path = doc.location?.pathname ?? '';
  if (path === '/' || path === '') return false;
  const unlikely = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
  const maybe = /and|article|body|column|content|main|mathjax|shadow/i;
  const visible = (el: Element): boolean => {
    const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
    if (typeof check === 'function') return check.call(el);
    const style = (el as HTMLElement).style;
    return style?.display !== 'none' && !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
  };
  let score = 0;
  for (const node of Array.from(doc.querySelectorAll('p, pre, article'))) {
    if (!visible(node)) continue;
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (unlikely.test(names) && !maybe.test(names)) continue;
    if (node.matches('li p')) continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < minChars) continue;
    score += Math.sqrt(length - minChars);
    if (score > minScore) return true;
  }
  return false;
}
