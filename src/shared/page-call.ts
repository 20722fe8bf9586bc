/**
 * Calling the reading script in a tab without messaging: the script, once injected, leaves one
 * function under READING_HANDLE in the extension's isolated world of the page (the page cannot see
 * it), and the extension calls it with `scripting.executeScript({ func: callInPage })`. A call
 * before the script is there answers null instead of failing, so reading needs no probe that must
 * fail first: call, and inject only on null.
 */
export const READING_HANDLE = '__lecternReading';

/**
 * Runs in the page (serialised by the browser, so self-contained): hands `message` to the function
 * under `handle`, or answers null when there is none yet.
 */
export function callInPage(handle: string, message: unknown): unknown {
  const answer = (globalThis as unknown as Record<string, unknown>)[handle];
  return typeof answer === 'function' ? (answer as (message: unknown) => unknown)(message) : null;
}
