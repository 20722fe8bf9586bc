/**
 * The browser's own extension API, promise-based in Manifest V3 (`browser` in Firefox, `chrome` in
 * Chrome), without webextension-polyfill: for the code the reading view runs before anything else
 * (popup/boot.ts), which must load and start at once, and for code it shares with the worker.
 */
export function extensionApi(): typeof chrome {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('No extension API in this context.');
  return api;
}
