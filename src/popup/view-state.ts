import type { Article, NoArticleReason } from '../core/article.ts';
import { restrictedReason } from '../shared/restricted-url.ts';
import { hiddenCategoriesFor, type Settings } from '../shared/settings.ts';
import type { MessageKey } from './i18n.ts';
import type { PageText, TabInfo } from './platform.ts';
import type { ReadingPlatform } from './reading-platform.ts';

/** Everything the reading view can be showing; each failure is a state with its own message. */
export type ViewState =
  | { kind: 'loading' }
  | { kind: 'article'; tabId: number; article: Article }
  | { kind: 'no-article'; tabId: number; reason: NoArticleReason }
  /** The page's own text (or the user's selection), when there is no article. */
  | { kind: 'page-text'; tabId: number; page: PageText }
  | { kind: 'restricted'; message: MessageKey | string }
  | { kind: 'page-loading'; tabId: number }
  | { kind: 'unreachable'; tabId: number }
  | { kind: 'no-tab' };

/** restricted-url.ts explains in English; each of its reasons has a localised message. */
const RESTRICTED_KEYS: Array<[RegExp, MessageKey]> = [
  [/browser’s own pages|chrome:\/\/|cannot be scripted|about:/i, 'restrictedBrowser'],
  [/belongs to an extension|chrome-extension:|moz-extension:/i, 'restrictedExtension'],
  [/\bstores?\b|gallery/i, 'restrictedStore'],
  [/PDF/i, 'restrictedPdf'],
  [/web pages only/i, 'restrictedOther'],
  [/Cannot access contents|permission|does not let extensions read this tab|Missing host permission/i, 'restrictedNoAccess'],
];

export function restrictedMessage(reason: string): MessageKey | string {
  return RESTRICTED_KEYS.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
}

/** Errors that mean the page could not be reached at all, as opposed to refused. */
const RESTRICTED_ERROR = /Cannot access|cannot be scripted|Missing host permission|chrome:\/\/|extensions gallery/i;

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * Longest wait for the page's answer. Reading a 20 MB page takes about 4 s in Chromium on a slow
 * machine; a page whose own script never yields (a busy loop) would otherwise leave the view
 * spinning for ever. Past this the view says the page did not answer and offers a reload.
 */
export const DEFAULT_READ_TIMEOUT_MS = 30_000;

/** `promise`, or a rejection after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The page did not answer within ${ms / 1000} s.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads a tab and turns every outcome into a ViewState: never throws. `waitForLoad` false reads a
 * tab that is still loading instead of asking the user to wait.
 */
export async function loadView(
  platform: ReadingPlatform,
  tab: TabInfo | null,
  settings: Settings,
  { waitForLoad = true, keep = [] as string[], timeoutMs = DEFAULT_READ_TIMEOUT_MS } = {},
): Promise<ViewState> {
  if (!tab) return { kind: 'no-tab' };
  // Every step talks to the page (readyState, the read, the selection): one deadline for all.
  return withTimeout(readTabState(platform, tab, settings, { waitForLoad, keep }), timeoutMs).catch(
    (): ViewState => ({ kind: 'unreachable', tabId: tab.id }),
  );
}

async function readTabState(
  platform: ReadingPlatform,
  tab: TabInfo,
  settings: Settings,
  { waitForLoad, keep }: { waitForLoad: boolean; keep: string[] },
): Promise<ViewState> {
  // Without a grant the browser hides the URL; trying to read tells which kind of page it is.
  const restricted = tab.url === undefined ? null : restrictedReason(tab.url);
  if (restricted) return { kind: 'restricted', message: restrictedMessage(restricted) };
  if (waitForLoad && tab.status === 'loading' && (await platform.readyState(tab.id)) !== 'complete') {
    return { kind: 'page-loading', tabId: tab.id };
  }
  try {
    const hide = hiddenCategoriesFor(settings, hostOf(tab.url));
    const result = keep.length ? await platform.readArticle(tab.id, hide, keep) : await platform.readArticle(tab.id, hide);
    if (result.ok) return { kind: 'article', tabId: tab.id, article: result.article };
    if (result.reason === 'restricted') return { kind: 'restricted', message: restrictedMessage(result.message) };
    // "Select text first": with no article, a selection the user made on the page is what they want.
    const selection = await platform.pageText(tab.id).catch(() => null);
    if (selection?.source === 'selection') return { kind: 'page-text', tabId: tab.id, page: selection };
    return { kind: 'no-article', tabId: tab.id, reason: result.reason };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (RESTRICTED_ERROR.test(message)) return { kind: 'restricted', message: restrictedMessage(message) };
    return { kind: 'unreachable', tabId: tab.id };
  }
}

/**
 * Finds the target tab and reads it (with the current settings), marking the steps for the UI
 * benchmark: `lectern-read-start`, `lectern-tab` (tab and settings known), `lectern-injected` (the
 * reading script injected, first reading only), `lectern-extracted` (the page answered),
 * `lectern-read-end` (the article finished).
 */
export async function readView(
  platform: ReadingPlatform,
  search: string,
  options?: { waitForLoad?: boolean; keep?: string[] },
): Promise<ViewState> {
  performance.mark('lectern-read-start');
  let state: ViewState;
  try {
    const [tab, settings] = await Promise.all([platform.targetTab(search), platform.loadSettings()]);
    performance.mark('lectern-tab');
    state = await loadView(platform, tab, settings, options);
  } catch {
    // Only finding the tab can get here (loadView never throws): there is no tab to read.
    state = { kind: 'no-tab' };
  }
  performance.mark('lectern-read-end');
  return state;
}
