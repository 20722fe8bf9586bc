/** The window of `doc` (a document without a browsing context has none: then the global one). */
export function windowOf(doc: Document): Window {
  const win = doc.defaultView ?? (globalThis as unknown as { window?: Window }).window;
  if (!win) throw new Error('No window to run the sanitiser in');
  return win;
}

/**
 * A document holding `html` in its body, parsed by `doc`'s window without a browsing context:
 * nothing in it loads or runs. Kept apart from save-html.ts so the reading view can look into an
 * article in the click that saves it without loading DOMPurify and the serialisers up front.
 */
export function inertDocument(html: string, doc: Document): Document {
  const Parser = (windowOf(doc) as Window & typeof globalThis).DOMParser;
  return new Parser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
}
