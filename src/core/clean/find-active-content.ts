/**
 * The sanitiser's own check: lists everything in a tree or an HTML string that could run, load a
 * document, send data or change how the page's URLs resolve. Sanitised article HTML must give an
 * empty list; tests (the XSS corpus, the fuzz test) run every output through it. Independent of
 * DOMPurify on purpose: it states what "inert" means rather than trusting the sanitiser's config.
 */

/** Elements that run code, load documents or plug-ins, submit data or rewrite the page's URLs. */
export const ACTIVE_ELEMENTS = [
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'isindex',
  'portal',
  'fencedframe',
  'dialog',
  // SVG elements that run code or animate attributes (an `href` to javascript:) or host HTML.
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'foreignobject',
  // MathML elements that link or host foreign markup.
  'maction',
  'annotation-xml',
] as const;

/** Attributes holding a URL a click, a load or a submit follows (or a list of them). */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'classid',
  'archive',
  'manifest',
  'icon',
  'ping',
  'from',
  'to',
  'values',
  'by',
]);

/** Attributes that are active whatever their value. */
const ACTIVE_ATTRIBUTES = new Set(['srcdoc', 'formaction', 'action', 'http-equiv', 'autofocus']);

/** Schemes that run code or open a document from the URL itself. */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|livescript|mocha|jscript):/;
/** data: URLs are allowed only as images (an image, SVG included, never runs script), never to navigate to. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|svg\+xml)[;,]/;
/** CSS that loads, imports or runs something. */
const ACTIVE_CSS = /url\s*\(|@import|expression\s*\(|behaviou?r\s*:|-moz-binding|javascript:|image-set\s*\(/;

/** A URL as a browser reads its scheme: control characters and whitespace removed, lower case. */
export function normalizeUrlForCheck(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return value.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]+/g, '').toLowerCase();
}

/** Elements whose URL a click navigates to: a data: URL there opens a document, even an image one. */
const NAVIGATES = new Set(['a', 'area']);

/** Why a URL is active, or null when it is harmless in `attribute` on `tag`. */
export function activeUrl(value: string, attribute: string, tag: string): string | null {
  const candidates = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
  for (const candidate of candidates) {
    const url = normalizeUrlForCheck(candidate);
    if (SCRIPT_SCHEME.test(url)) return `script URL ${candidate.slice(0, 60)}`;
    if (url.startsWith('data:') && (NAVIGATES.has(tag) || !DATA_IMAGE.test(url))) return `data URL ${candidate.slice(0, 60)}`;
  }
  return null;
}

/** Every active thing under `root` (itself included), each as "tag: why". Empty when inert. */
export function findActiveContent(root: Element | DocumentFragment): string[] {
  const found: string[] = [];
  const elements: Element[] = root.nodeType === 1 ? [root as Element] : [];
  elements.push(...root.querySelectorAll('*'));
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    if ((ACTIVE_ELEMENTS as readonly string[]).includes(tag)) found.push(`${tag}: active element`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) found.push(`${tag}: event handler ${name}`);
      else if (ACTIVE_ATTRIBUTES.has(name)) found.push(`${tag}: active attribute ${name}`);
      // A customised built-in element; DOMPurify can only empty this attribute, not remove it.
      else if (name === 'is' && value.trim()) found.push(`${tag}: custom element is="${value.slice(0, 40)}"`);
      else if (name === 'style' && ACTIVE_CSS.test(normalizeUrlForCheck(value))) found.push(`${tag}: active style ${value.slice(0, 60)}`);
      else if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
        const why = activeUrl(value, name.replace(/^.*:href$/, 'href'), tag);
        if (why) found.push(`${tag}: ${name} is a ${why}`);
      }
      // SVG <use> and friends may only point inside the document.
      if (tag === 'use' && (name === 'href' || name.endsWith(':href')) && !value.trim().startsWith('#')) {
        found.push(`${tag}: external reference ${value.slice(0, 60)}`);
      }
    }
    // Clobbering: an id or name that shadows a property of the document or of a form.
    for (const name of ['id', 'name']) {
      const value = el.getAttribute(name);
      if (value && clobbers(value, el.ownerDocument)) found.push(`${tag}: ${name}="${value}" clobbers a DOM property`);
    }
  }
  return found;
}

/** The test DOMPurify's SANITIZE_DOM makes: the name is a property of the document or a form. */
function clobbers(value: string, doc: Document): boolean {
  return value in doc || value in doc.createElement('form');
}

/** Parses `html` inertly (a template's content: nothing loads or runs) and checks it. */
export function findActiveInHtml(html: string, doc: Document): string[] {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return findActiveContent(template.content);
}
