/** A click's read is for the view that click opens, which asks for it well within this. */
export const CLICK_READ_TTL_MS = 10_000;

/**
 * Holds the latest click's read until the view takes it: one at a time, a new click replaces it.
 * `take` hands it over once, and only for its tab; null when none is held or it went stale.
 */
export function clickReadStore<T>(now: () => number = Date.now) {
  let held: { tabId: number; at: number; read: T } | null = null;
  return {
    hold(tabId: number, read: T): void {
      held = { tabId, at: now(), read };
    },
    take(tabId: number): T | null {
      const entry = held;
      if (!entry || entry.tabId !== tabId) return null;
      held = null;
      return now() - entry.at > CLICK_READ_TTL_MS ? null : entry.read;
    },
  };
}
