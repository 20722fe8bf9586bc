import type { Response } from '../shared/messages.ts';

/** What a click's read came to: the page's answer and the categories it hid, or null when it could not read. */
export type ClickAnswer = Response<'take-click-read'>;

/** A click's read is for the view that click opens, which asks for it well within this. */
export const CLICK_READ_TTL_MS = 10_000;

/** Holds the latest click's read until the view takes it: one at a time, a new click replaces it. */
export function clickReadStore(now: () => number = Date.now) {
  let held: { tabId: number; at: number; reading: Promise<ClickAnswer> } | null = null;
  return {
    hold(tabId: number, reading: Promise<ClickAnswer>): void {
      held = { tabId, at: now(), reading };
    },
    /** The read of `tabId` (awaiting it if still running), once; null when none is held or it went stale. */
    take(tabId: number): Promise<ClickAnswer> {
      const read = held;
      if (!read || read.tabId !== tabId) return Promise.resolve(null);
      held = null;
      return now() - read.at > CLICK_READ_TTL_MS ? Promise.resolve(null) : read.reading;
    },
  };
}
