import type { Article } from '../core/article.ts';
import { extensionApi } from '../shared/extension-api.ts';
import { whenIdle } from './when-idle.ts';

/**
 * The last article a view finished, with the version of the page's reading it came from, in
 * storage.session (the browser's memory, for the extension's own pages only; gone when the
 * browser or the extension restarts). Opening the view again on that tab asks the page whether it
 * is unchanged since that version and, if so, shows this article: no extraction, no second
 * cleaning. One article in all, the last one: the next read replaces it.
 */
export interface LastArticle {
  tabId: number;
  /** The page's version of the reading (content-script.ts), unique to that extraction. */
  version: string;
  /** Whether clutter was taken out: stage 2's own option (hide and keep are the page's to check). */
  cleanup: boolean;
  article: Article;
}

const KEY = 'lastArticle';

function session(): chrome.storage.StorageArea | undefined {
  try {
    return extensionApi().storage?.session;
  } catch {
    return undefined;
  }
}

async function load(): Promise<LastArticle | undefined> {
  const area = session();
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
  const store = () =>
    void session()
      ?.set({ [KEY]: entry })
      .catch(() => {
        last = Promise.resolve(undefined);
      });
  whenIdle(store, 1000);
}
