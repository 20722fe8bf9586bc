import type { Article } from '../core/article.ts';
import { KEPT_VERSION_KEY, type KeptVersion, sessionArea } from '../shared/kept-version.ts';
import { whenIdle } from './when-idle.ts';

/**
 * The last article a view finished, with the version of the page's reading it came from, in
 * storage.session (the browser's memory, for the extension's own pages only; gone when the
 * browser or the extension restarts). Opening the view again on that tab asks the page whether it
 * is unchanged since that version and, if so, shows this article: no extraction, no second
 * cleaning. One article in all, the last one: the next read replaces it. Its version is also
 * stored on its own (shared/kept-version.ts) for the worker's toolbar click read.
 */
export interface LastArticle extends KeptVersion {
  article: Article;
}

const KEY = 'lastArticle';

async function load(): Promise<LastArticle | undefined> {
  const area = sessionArea();
  if (!area) return undefined;
  try {
    const entry = (await area.get(KEY))[KEY] as LastArticle | undefined;
    return typeof entry?.version === 'string' && typeof entry.tabId === 'number' && entry.article ? entry : undefined;
  } catch {
    return undefined;
  }
}

// Read as the view's first script loads, alongside finding the tab.
let last: Promise<LastArticle | undefined> = load();

/** The last article kept, if any (of any tab: compare `tabId`). */
export const lastArticle = (): Promise<LastArticle | undefined> => last;

/**
 * Keeps `entry` as the last article; a refusal (too large for the storage) keeps nothing. Storing
 * copies the whole article on the view's thread: it waits until the view is idle (painted).
 */
export function keepArticle(entry: LastArticle): void {
  last = Promise.resolve(entry);
  const { tabId, version, cleanup } = entry;
  const store = () =>
    void sessionArea()
      ?.set({ [KEY]: entry, [KEPT_VERSION_KEY]: { tabId, version, cleanup } satisfies KeptVersion })
      .catch(() => {
        last = Promise.resolve(undefined);
      });
  whenIdle(store, 1000);
}
