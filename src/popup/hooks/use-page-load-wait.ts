import { useEffect } from 'preact/hooks';
import type { Platform } from '../platform.ts';

export const DEFAULT_LOAD_POLL_MS = 300;
/** After this long the page is read as it is, loaded or not. */
export const DEFAULT_LOAD_WAIT_MS = 15_000;

/** While a tab is still loading, polls it and calls `onLoaded` once it has finished (or waited long enough). */
export function usePageLoadWait(
  platform: Platform,
  tabId: number | null,
  onLoaded: () => void,
  { pollMs = DEFAULT_LOAD_POLL_MS, maxMs = DEFAULT_LOAD_WAIT_MS } = {},
): void {
  useEffect(() => {
    if (tabId === null) return;
    const started = Date.now();
    let stopped = false;
    const timer = setInterval(async () => {
      const tab = await platform.getTab(tabId).catch(() => null);
      if (stopped) return;
      if (tab?.status !== 'loading' || Date.now() - started > maxMs) {
        stopped = true;
        clearInterval(timer);
        onLoaded();
      }
    }, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [platform, tabId, pollMs, maxMs]);
}
