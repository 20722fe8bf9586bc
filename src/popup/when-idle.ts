/**
 * Runs `task` when the view's thread is idle (within `timeoutMs` at the latest, when given), or on
 * the next turn where the browser has no requestIdleCallback.
 */
export function whenIdle(task: () => void, timeoutMs?: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
  else setTimeout(task, 0);
}
