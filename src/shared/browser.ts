import browser from 'webextension-polyfill';
import { answers, dispatch, type Handlers, type Message, type MessageType, type Response, senderAllowed, unwrap } from './messages.ts';

/**
 * The extension API behind one thin wrapper (webextension-polyfill gives promise-based `browser.*`
 * in Chrome and Firefox alike); the rest of the code talks through these helpers.
 */
export { browser };

export async function sendToTab<K extends MessageType>(tabId: number, message: Message<K>): Promise<Response<K>> {
  return unwrap<K>(await browser.tabs.sendMessage(tabId, message));
}

export async function sendToRuntime<K extends MessageType>(message: Message<K>): Promise<Response<K>> {
  return unwrap<K>(await browser.runtime.sendMessage(message));
}

/**
 * Answers messages with the given handlers. Only the extension's own contexts are answered, each
 * only with the messages its kind may send (CONTRACTS): a sender from another extension, or a
 * content script asking to save a file, is ignored.
 */
export function handleMessages(handlers: Handlers<browser.Runtime.MessageSender>, signal?: AbortSignal): void {
  const origin = browser.runtime.getURL('');
  const listener = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (!senderAllowed(type, sender, browser.runtime.id, origin) || !answers('background', type)) return undefined;
    return dispatch(handlers, raw, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
