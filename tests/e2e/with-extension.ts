import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchWithExtension } from './harness.ts';

/** A page server the tests read from: closed with the browser. */
interface Closable {
  close(): Promise<void>;
}

/**
 * For the calling `describe`: starts a page server (`serve`) and Chromium with the built extension
 * before its tests and hands both to `use` (which may also prepare them), and closes both after its
 * tests, also when starting failed half-way. Kept apart from harness.ts, which `npm start` and the
 * benchmarks import outside vitest.
 */
export function withExtension<S extends Closable>(
  serve: () => Promise<S>,
  use: (server: S, browser: ExtensionBrowser) => void | Promise<void>,
  options?: LaunchOptions,
): void {
  let server: S | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await serve();
    browser = await launchWithExtension(options);
    await use(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
