import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { windowOf } from '../serialize/inert-document.ts';

/**
 * Sanitising with DOMPurify: no scripts, event handlers, `javascript:` URLs, frames, plug-ins or
 * forms. Forbidden elements are unwrapped, so text Readability kept inside them stays; scripts,
 * styles, frames and templates go with their content. Figures, tables, code and MathML are kept.
 */
export const SANITIZE_CONFIG: Config = {
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'link', 'meta', 'base', 'dialog', 'template', 'noscript'],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'ping', 'autofocus', 'tabindex', 'is'],
};

/**
 * The same, also keeping `file:` URLs: for a page read from disk by the CLI, whose images are files
 * beside it. The extension never uses it (a web page has no business naming local files).
 */
export const SANITIZE_CONFIG_FILE_URLS: Config = {
  ...SANITIZE_CONFIG,
  ALLOWED_URI_REGEXP: /^(?:(?:(?:f|ht)tps?|file|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these in a URL's scheme.
const DATA_URL_NOISE = /[\u0000-\u0020]+/g;
const DATA_IMAGE_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|svg\+xml)[;,]/i;

const instances = new WeakMap<object, DOMPurify>();

/** One DOMPurify per window (it keeps hooks and state per instance). */
function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Window & typeof globalThis);
    if (!purify.isSupported) throw new Error('DOMPurify cannot run in this environment');
    // DOMPurify lets any data: URL through on media elements; only images may stay.
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      const urls = data.attrName === 'srcset' ? data.attrValue.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [data.attrValue];
      if (urls.some((url) => /^data:/i.test(url.replace(DATA_URL_NOISE, '')) && !DATA_IMAGE_URL.test(url.trim()))) data.keepAttr = false;
    });
    instances.set(win, purify);
  }
  return purify;
}

/** Sanitises an HTML string using the window of `doc` (the live page or a jsdom window). */
export function sanitizeHtml(html: string, doc: Document): string {
  return purifierFor(windowOf(doc)).sanitize(html, SANITIZE_CONFIG) as string;
}

/**
 * Sanitises `root` in place. `win` is a window able to run DOMPurify (a document clone has none of
 * its own; pass the original page's).
 */
export function sanitizeInPlace(root: Element, win: Window, options: { fileUrls?: boolean } = {}): void {
  purifierFor(win).sanitize(root, { ...(options.fileUrls ? SANITIZE_CONFIG_FILE_URLS : SANITIZE_CONFIG), IN_PLACE: true });
}
