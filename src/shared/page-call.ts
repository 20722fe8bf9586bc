/**
 * Calling the reading script in a tab without messaging: the script, once injected, leaves one
 * function under READING_HANDLE in the extension's isolated world of the page (the page cannot see
 * it), and the extension calls it with `scripting.executeScript({ func: callInPage })`. A call
 * before the script is there answers null instead of failing, so reading needs no probe that must
 * fail first: call, and inject only on null. Or, on a first reading, inject and make a call that
 * waits in the page: the script answers it as soon as it has set up (read-tab.ts).
 */
export const READING_HANDLE = '__lecternReading';

/** Where calls that wait for the reading script leave themselves: the script runs them once it is there. */
export const READING_WAITERS = '__lecternReadingWaiting';

/** The same two names for the finishing script (content/finish-script.ts). */
export const FINISHED_HANDLE = '__lecternFinished';
export const FINISHED_WAITERS = '__lecternFinishedWaiting';

/**
 * For a script in the page: leaves `answer` under `handle`, unless an earlier injection of the
 * script did (it may be injected more than once), and answers the calls waiting under `waiters`.
 */
export function answerPageCalls(handle: string, waiters: string, answer: () => (message: unknown) => unknown): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  if (typeof scope[handle] === 'function') return;
  scope[handle] = answer();
  for (const call of (scope[waiters] as (() => void)[] | undefined) ?? []) call();
}

/**
 * Runs in the page (serialised by the browser, so self-contained): hands `message` to the function
 * under `handle`. When there is none yet, answers null, or, given `waiters`, leaves itself in the
 * list under that name and answers once the script has put its function there and run the list.
 */
export function callInPage(handle: string, message: unknown, waiters?: string): unknown {
  const scope = globalThis as unknown as Record<string, unknown>;
  const answer = scope[handle];
  if (typeof answer === 'function') return (answer as (message: unknown) => unknown)(message);
  if (waiters === undefined) return null;
  return new Promise((resolve) => {
    scope[waiters] ??= [];
    (scope[waiters] as (() => void)[]).push(() => resolve((scope[handle] as (message: unknown) => unknown)(message)));
  });
}
