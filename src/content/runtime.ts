import { answers, dispatch, type Handlers, type Message, type MessageType, type Receiver, type Response, senderAllowed, unwrap } from '../shared/messages.ts';

/**
 * Messaging for the content script over the browser's own `runtime` API (`browser` in Firefox,
 * `chrome` in Chrome: both take `sendResponse` + `return true`, and both return promises from
 * `sendMessage` in MV3). The content script needs nothing else, and leaving webextension-polyfill
 * out of the one bundle injected into pages saves 3 KB gzip there; the extension's own pages use it.
 */
type Sender = chrome.runtime.MessageSender;
type Runtime = typeof chrome.runtime;

function runtime(): Runtime {
  const scope = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const api = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!api) throw new Error('No extension runtime in this context.');
  return api;
}

export async function sendToRuntime<K extends MessageType>(message: Message<K>): Promise<Response<K>> {
  return unwrap<K>(await runtime().sendMessage(message));
}

/**
 * Answers, as `receiver`, the messages the protocol gives it (CONTRACTS), from the extension's own
 * pages and worker only. Other types belong to the page's other Lectern scripts: no reply from here.
 */
export function handleMessages(receiver: Receiver, handlers: Handlers<Sender>): void {
  const api = runtime();
  const origin = api.getURL('');
  api.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    const type = (raw as { type?: unknown } | null)?.type;
    // Only the extension's pages and service worker talk to content scripts.
    if (!senderAllowed(type, sender, api.id, origin)) return undefined;
    if (!answers(receiver, type)) return undefined;
    void dispatch(handlers, raw, sender).then(sendResponse);
    return true;
  });
}
