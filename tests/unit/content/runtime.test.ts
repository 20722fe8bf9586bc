import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMessages, sendToRuntime } from '../../../src/content/runtime.ts';

type Listener = (raw: unknown, sender: { id?: string; url?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => unknown;

/** A stand-in for `chrome.runtime`: records the listener and what was sent. */
function fakeRuntime(reply: unknown = { data: null }) {
  const listeners: Listener[] = [];
  const sent: unknown[] = [];
  const runtime = {
    id: 'lectern-id',
    getURL: (path: string) => `chrome-extension://lectern-id/${path}`,
    onMessage: { addListener: (l: Listener) => listeners.push(l) },
    sendMessage: async (message: unknown) => {
      sent.push(message);
      return reply;
    },
  };
  vi.stubGlobal('chrome', { runtime });
  return { listeners, sent };
}

describe("the content script's runtime messaging", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('answers the extension through sendResponse, keeping the channel open', async () => {
    const { listeners } = fakeRuntime();
    handleMessages('live-script', { 'restore-page': () => ({ restored: 3 }) });
    const replies: unknown[] = [];
    const keepOpen = listeners[0]!({ type: 'restore-page' }, { id: 'lectern-id' }, (r) => replies.push(r));
    expect(keepOpen).toBe(true);
    await vi.waitFor(() => expect(replies).toEqual([{ data: { restored: 3 } }]));
  });

  it('ignores other extensions, leaves types the protocol gives another script to it, refuses malformed ones', async () => {
    const { listeners } = fakeRuntime();
    handleMessages('live-script', { 'restore-page': () => ({ restored: 3 }), 'hide-on-page': () => ({ hidden: 1 }) });
    const replies: unknown[] = [];
    const listener = listeners[0]!;
    expect(listener({ type: 'restore-page' }, { id: 'someone-else' }, (r) => replies.push(r))).toBeUndefined();
    // Our own content script in another tab is not one of the contexts that drive this one.
    const otherTab = { id: 'lectern-id', tab: { id: 4 }, url: 'https://evil.example/' };
    expect(listener({ type: 'restore-page' }, otherTab, (r) => replies.push(r))).toBeUndefined();
    expect(listener({ type: 'read-article', hide: [] }, { id: 'lectern-id' }, (r) => replies.push(r))).toBeUndefined();
    expect(listener({ type: 'read-for-saving', hide: [], cleanup: true }, { id: 'lectern-id' }, (r) => replies.push(r))).toBeUndefined();
    expect(listener(null, { id: 'lectern-id' }, (r) => replies.push(r))).toBeUndefined();
    listener({ type: 'restore-page', extra: 1 }, { id: 'lectern-id' }, (r) => replies.push(r));
    listener({ type: 'hide-on-page', hide: ['malware'] }, { id: 'lectern-id' }, (r) => replies.push(r));
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(replies).toEqual(expect.arrayContaining([{ data: { restored: 3 } }, { error: 'Malformed message.' }]));
  });

  it('unwraps replies to what it sends, and throws their errors', async () => {
    const { sent } = fakeRuntime({ data: null });
    await expect(sendToRuntime({ type: 'set-badge', count: 2 })).resolves.toBeNull();
    expect(sent).toEqual([{ type: 'set-badge', count: 2 }]);
    fakeRuntime({ error: 'No handler for set-badge.' });
    await expect(sendToRuntime({ type: 'set-badge', count: 2 })).rejects.toThrow('No handler for set-badge.');
  });

  it('says so when there is no extension runtime', async () => {
    vi.stubGlobal('chrome', undefined);
    await expect(sendToRuntime({ type: 'set-badge', count: 1 })).rejects.toThrow('No extension runtime');
  });
});
