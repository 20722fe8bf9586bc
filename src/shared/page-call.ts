/**
 * Calling the reading script in a tab without messaging: the script, once injected, leaves one
 * function under READING_HANDLE in the extension's isolated world of the page (the page cannot see
 * it), and the extension calls it with `scripting.executeScript({ func: callInPage })`. A call
 * before the script is there answers null instead of failing, so reading needs no probe that must
 * fail first: call, and inject only on null. Or, on a first reading, inject and make a call that
 * waits in the page: the script answers it as soon as it has set up (read-tab.ts).
 */
export const READING_HANDLE = '__lecternReading';

/** Where calls that wait for the script under `handle` leave themselves: the script runs them once it is there. */
export const waitersOf = (handle: string) => `${handle}Waiting`;

/**
 * Runs in the page (serialised by the browser, so self-contained): hands `message` to the function
 * under `handle`. When there is none yet, answers null, or with `wait` answers once the script has
 * put it there (it runs the calls under waitersOf(handle), as the name is built here again).
 */
export function callInPage(handle: string, message: unknown, wait = false): unknown {
  const scope = globalThis as unknown as Record<string, unknown>;
  const answer = scope[handle];
  if (typeof answer === 'function') return (answer as (message: unknown) => unknown)(message);
  if (!wait) return null;
  return new Promise((resolve) => {
    const key = `${handle}Waiting`;
    scope[key] ??= [];
    (scope[key] as (() => void)[]).push(() => resolve((scope[handle] as (message: unknown) => unknown)(message)));
  });
}
