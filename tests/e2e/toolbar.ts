/**
 * Clicking an extension's toolbar button for real: Chromium's `Extensions.triggerAction` runs the
 * button's default action on a tab as a click does (the manifest's popup, or `action.onClicked`).
 * Playwright does not list extension popups among its pages, so the popup is reached over the
 * DevTools protocol: found among the browser's targets and evaluated in through a session.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The id Chromium gives an unpacked extension: from its folder's absolute path, as letters a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * Pins extensions to the toolbar in a new profile (before the browser first starts on it), as a
 * user does with one they use. An unpinned action's popup waits while the toolbar pops its button
 * out: its page starts 80–270 ms after the click instead of about 10.
 */
export function pinExtensions(profileDir: string, ids: string[]): void {
  mkdirSync(path.join(profileDir, 'Default'), { recursive: true });
  writeFileSync(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: ids } }));
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** An open toolbar popup: expressions evaluated in its page, and closing it. */
export interface ToolbarPopup {
  url: string;
  /** The value of `expression` (a JavaScript expression, awaited) in the popup's page. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` in the popup until it is truthy, and returns it. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface Toolbar {
  /**
   * Clicks `extensionId`'s button on the tab showing `page` (brought to the front first), and
   * resolves when the click was delivered, with the time it was sent (ms since the epoch).
   */
  click(extensionId: string, page: Page): Promise<number>;
  /** The popup page whose address starts with `prefix`, once it is open (after a click). */
  popup(prefix: string, timeoutMs?: number): Promise<ToolbarPopup>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function toolbar(context: BrowserContext): Promise<Toolbar> {
  const browser = context.browser();
  if (!browser) throw new Error('The toolbar needs a browser-level DevTools session.');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const targets = async (): Promise<TargetInfo[]> =>
    ((await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] }).targetInfos;

  let lastId = 0;
  const replies = new Map<number, (message: { result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } } }) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, (event: { message: string }) => {
    const message = JSON.parse(event.message);
    replies.get(message.id)?.(message);
    replies.delete(message.id);
  });

  async function evaluateIn(sessionId: string, expression: string): Promise<unknown> {
    const id = ++lastId;
    const reply = new Promise<Parameters<typeof replies extends Map<number, infer F> ? F : never>[0]>((resolve) => replies.set(id, resolve));
    const params = { expression, returnByValue: true, awaitPromise: true };
    await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) } as never);
    const { result } = await reply;
    if (result?.exceptionDetails) throw new Error(`In the popup: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result?.result?.value;
  }

  return {
    async click(extensionId, page) {
      await page.bringToFront();
      const url = page.url();
      const tab = (await targets()).filter((t) => t.type === 'tab' && t.url === url).at(-1);
      if (!tab) throw new Error(`No tab shows ${url}`);
      const sent = Date.now();
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      return sent;
    },
    async popup(prefix, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      const find = async () => (await targets()).find((t) => t.type === 'page' && t.url.startsWith(prefix));
      let target = await find();
      while (!target) {
        if (Date.now() > deadline) throw new Error(`No popup at ${prefix} opened`);
        await pause(10);
        target = await find();
      }
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
      const popup: ToolbarPopup = {
        url: target.url,
        evaluate: async <T>(expression: string) => (await evaluateIn(sessionId, expression)) as T,
        async waitFor<T>(expression: string, waitMs = timeoutMs) {
          const until = Date.now() + waitMs;
          for (;;) {
            // The popup's document may not exist yet: an error counts as "not yet" until the deadline.
            const value = await evaluateIn(sessionId, expression).catch((error: Error) => (Date.now() > until ? Promise.reject(error) : null));
            if (value) return value as T;
            if (Date.now() > until) throw new Error(`The popup never showed ${expression}`);
            await pause(20);
          }
        },
        async close() {
          await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
        },
      };
      return popup;
    },
  };
}
