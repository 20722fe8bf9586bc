import createDOMPurify from 'dompurify';

/**
 * Sanitises untrusted article HTML with DOMPurify, using the window of `doc` (the live page, a
 * DOMParser document's global, or a jsdom window in Node). Scripts, handlers, forms and frames go.
 */
export function sanitizeHtml(html: string, doc: Document): string {
  const win = (doc.defaultView ?? globalThis) as unknown as Window & typeof globalThis;
  const purify = createDOMPurify(win);
  return purify.sanitize(html, {
    FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'style'],
    FORBID_ATTR: ['style'],
  });
}
