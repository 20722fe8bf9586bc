import type { Article, NoArticleReason } from '../core/article.ts';
import { isParsed } from '../shared/document-state.ts';
import { injectionRefusal, isRestrictedReason, type RestrictedReason, restrictedReason } from '../shared/restricted-url.ts';
import { removalsFor, type Settings } from '../shared/settings.ts';
import { hostOf } from '../shared/site-hosts.ts';
import type { PageText, Platform, TabInfo } from './platform.ts';
import type { ReadingPlatform } from './reading-platform.ts';

/** Everything the reading view can be showing; each failure is a state with its own message. */
export type ViewState =
  | { kind: 'loading' }
  | { kind: 'article'; tabId: number; article: Article }
  | { kind: 'no-article'; tabId: number; reason: NoArticleReason }
  /** The page's own text (or the user's selection), when there is no article. */
  | { kind: 'page-text'; tabId: number; page: PageText }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'page-loading'; tabId: number }
  | { kind: 'unreachable'; tabId: number }
  | { kind: 'no-tab' };

/** Firefox's default `extensions.webextensions.restrictedDomains`: sites it keeps from every extension. */
const FIREFOX_RESTRICTED_HOSTS = new Set([
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/**
 * The view for a tab the browser refused to script. Where the view can see the tab's web address,
 * Lectern was given the tab (the click's activeTab, or a host grant): then the site is one the browser
 * keeps from every extension, or the tab shows the browser's own error page under the page's address
 * (Firefox refuses to script it as if access were missing): the page did not load.
 */
function refusedState(tab: TabInfo, reason: RestrictedReason): ViewState {
  if (reason === 'restricted-no-access' && tab.url !== undefined && /^https?:/i.test(tab.url)) {
    if (!FIREFOX_RESTRICTED_HOSTS.has(hostOf(tab.url))) return { kind: 'unreachable', tabId: tab.id };
    return { kind: 'restricted', reason: 'restricted-browser' };
  }
  return { kind: 'restricted', reason };
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
 * tab whose document is still arriving instead of asking the user to wait.
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
  if (restricted) return { kind: 'restricted', reason: restricted.reason };
  // A document still arriving waits; one parsed while its images, frames and ads still load is read
  // at once. If that finds nothing yet (a page that builds its article in script), the view waits
  // for the load and reads again.
  let parsedOnly = false;
  if (waitForLoad && tab.status === 'loading') {
    const ready = await platform.readyState(tab.id);
    if (!isParsed(ready)) return { kind: 'page-loading', tabId: tab.id };
    parsedOnly = ready === 'interactive';
  }
  try {
    const request = removalsFor(settings, hostOf(tab.url));
    const result = await platform.readArticle(tab.id, keep.length ? { ...request, keep } : request);
    if (result.ok) return { kind: 'article', tabId: tab.id, article: result.article };
    if (parsedOnly && (result.reason === 'no-article' || result.reason === 'empty')) return { kind: 'page-loading', tabId: tab.id };
    if (result.reason === 'restricted') return refusedState(tab, isRestrictedReason(result.message) ? result.message : 'restricted-no-access');
    // "Select text first": with no article, a selection the user made on the page is what they want.
    const selection = await platform.pageText(tab.id).catch(() => null);
    if (selection?.source === 'selection') return { kind: 'page-text', tabId: tab.id, page: selection };
    return { kind: 'no-article', tabId: tab.id, reason: result.reason };
  } catch (error) {
    const refusal = injectionRefusal(error);
    return refusal ? refusedState(tab, refusal) : { kind: 'unreachable', tabId: tab.id };
  }
}

/** Settings a read loaded from storage that the view has not taken yet, per platform. */
const settingsRead = new WeakMap<object, Promise<Settings>>();

/**
 * The settings the view's first read loaded (once), so the view starts from them instead of
 * reading storage a second time; undefined when no read loaded any.
 */
export function takeSettingsRead(platform: Pick<Platform, 'loadSettings'>): Promise<Settings> | undefined {
  const loaded = settingsRead.get(platform);
  settingsRead.delete(platform);
  return loaded;
}

/**
 * Finds the target tab and reads it, marking the steps for the UI benchmark: `lectern-read-start`,
 * `lectern-tab` (tab and settings known), `lectern-injected` (the reading script injected after a
 * call found it missing; a first reading injects it along with the call, unmarked),
 * `lectern-extracted` (the page answered), `lectern-reused` (no extraction ran: the page had not
 * changed; detail `view`: the view's kept article, `page`: the page's kept extraction),
 * `lectern-read-end` (the article finished).
 * `settings`: the view's current settings; without them (the first read of an open) they are
 * loaded, and kept for takeSettingsRead.
 */
export async function readView(
  platform: ReadingPlatform,
  search: string,
  options?: { waitForLoad?: boolean; keep?: string[]; settings?: Settings },
): Promise<ViewState> {
  performance.mark('lectern-read-start');
  let state: ViewState;
  const { settings: current, ...readOptions } = options ?? {};
  let loading: Promise<Settings> | undefined;
  if (!current) {
    loading = platform.loadSettings();
    settingsRead.set(platform, loading);
  }
  try {
    const [tab, settings] = await Promise.all([platform.targetTab(search), current ?? loading!]);
    performance.mark('lectern-tab');
    state = await loadView(platform, tab, settings, readOptions);
  } catch {
    // Only finding the tab can get here (loadView never throws): there is no tab to read.
    state = { kind: 'no-tab' };
  }
  performance.mark('lectern-read-end');
  return state;
}
