/**
 * The reading script's last answer, kept while the page stays as it was read, so opening the view
 * again on an unchanged page skips the extraction. Any change to the document (a node added or
 * removed, an attribute or a text changed, anywhere) drops it, and so does a different key (the
 * caller's key names the address and the request, so an SPA navigation or other settings miss):
 * the page is then read again. One answer per page; nothing watches the page once it is dropped.
 */
export interface LastRead<T> {
  /** The answer kept under `key`, if the document has not changed since it was kept. */
  get(key: string): T | undefined;
  /** Keeps `value` (replacing any other) and watches the document from now on. */
  set(key: string, value: T): void;
}

export function lastRead<T>(doc: Document): LastRead<T> {
  let kept: { key: string; value: T } | null = null;
  let observer: MutationObserver | null = null;
  const drop = () => {
    kept = null;
    observer?.disconnect();
    observer = null;
  };
  return {
    get(key) {
      // Mutations of the current task are not delivered yet: take them now.
      if (observer?.takeRecords().length) drop();
      return kept?.key === key ? kept.value : undefined;
    },
    set(key, value) {
      drop();
      const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
      observer = new Observer(drop);
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      kept = { key, value };
    },
  };
}
