import { APPEAL_CATEGORIES, type AppealCategory, type ReadResult } from '../core/article.ts';
import type { PageReadResult } from '../core/read-result.ts';
import type { SavedFileNotes } from '../core/serialize/embed-images.ts';
import { SAVE_MIMES, type SaveMime } from '../core/serialize/formats.ts';

/** The reading script's answer to `read-article`. */
export type PageAnswer = (PageReadResult & { version?: string; reused?: boolean }) | { unchanged: true; version: string };

/**
 * The one message protocol between the extension's contexts: each entry names a request's payload
 * and its reply. Replies travel as `{ data }` or `{ error }`.
 */
export interface MessageMap {
  /**
   * view/background → reading script: extract the article of this page (stage 1: the content comes
   * back raw, for the caller to finish and sanitise with core/finish-article.ts). `keep` lists the
   * excerpts (Removal.text) of appeals the user put back; they stay. Sent as a call in the page
   * (shared/page-call.ts), not over runtime messaging. An article comes with a `version`, new on
   * every extraction; `since` names the version the caller holds: while the page has not changed,
   * the answer is `{ unchanged, version }` and nothing is sent again. `reused`: the page had not
   * changed since it last answered this request, and this is that answer again (no extraction ran).
   */
  'read-article': { request: { hide: AppealCategory[]; keep?: string[]; since?: string }; response: PageAnswer };
  /**
   * background → finishing script: finish the article the reading script extracted (stage 2 in
   * the page, sanitised there) for the view a toolbar click is opening (background/read-on-click.ts):
   * the page is idle while the browser makes the popup. A call in the page, like `read-article`.
   */
  'read-finished': { request: { hide: AppealCategory[]; cleanup: boolean }; response: ReadResult };
  /**
   * background → saving script: read the finished, sanitised article (both stages in the page), for
   * a copy saved from the context menu (the service worker has no DOM to finish it in).
   */
  'read-for-saving': { request: { hide: AppealCategory[]; cleanup: boolean }; response: ReadResult };
  /** popup/background → content script: hide appeals on the live page (except `keep`). */
  'hide-on-page': { request: { hide: AppealCategory[]; keep?: string[] }; response: { hidden: number } };
  /** popup → content script: undo every hiding on the live page. */
  'restore-page': { request: Record<never, never>; response: { restored: number } };
  /**
   * popup → background: save a file. The background does the download because the popup closes
   * when the Save As dialog takes focus, and its blob URL would die with it.
   */
  'save-file': { request: { filename: string; content: string; mime: SaveMime }; response: { downloadId: number } };
  /**
   * background → saving script: put the images of this (sanitised) article HTML inside it, for a
   * copy saved from the context menu (the service worker has no DOM to do it in). The bytes come
   * through `fetch-image`. `notes`: what the copy says where an image was left out, in the UI's language.
   */
  'embed-images': {
    request: { contentHtml: string; maxImageBytes: number; maxTotalBytes: number; notes?: Partial<SavedFileNotes> };
    response: { contentHtml: string; embedded: number; left: number };
  };
  /**
   * content script → background: one image's bytes for the saved copy, fetched by the extension
   * (with whatever host access the user gave). `null` when it cannot be read.
   */
  'fetch-image': {
    request: { url: string; maxBytes: number };
    response: { base64: string; type: string | null } | 'too-large' | null;
  };
  /** content script → background: number of appeals hidden on the sender's tab. */
  'set-badge': { request: { count: number }; response: null };
  /**
   * view → background: what a toolbar click read of this tab (background/read-on-click.ts), with the
   * removals it asked for: the article finished in the page (`result`, with the version of the
   * extraction it came from) when it is by the time the page's extraction is, else that extraction
   * (`answer`) for the view to finish, or `unchanged` since the version the view kept
   * (shared/kept-version.ts); null when there is none. Taken once: a second call gets null.
   */
  'take-click-read': {
    request: { tabId: number };
    response: ({ hide: AppealCategory[]; cleanup: boolean } & ({ result: ReadResult; version?: string } | { answer: PageAnswer })) | null;
  };
}

/** What a receiver knows of a sender (the shape of runtime.MessageSender that matters here). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Whether `sender` may send a message of `type`: it is this extension (`ownId`), and it is the kind
 * of context the protocol names. Extension pages have the extension's origin (`ownOrigin`), also
 * when opened in a tab; the service worker and the toolbar popup have no tab; content scripts have
 * a tab and the page's URL.
 */
export function senderAllowed(type: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (!sender || sender.id !== ownId || typeof type !== 'string' || !Object.hasOwn(CONTRACTS, type)) return false;
  const fromExtension = sender.url?.startsWith(ownOrigin) === true || sender.tab === undefined;
  return CONTRACTS[type as MessageType].sender === (fromExtension ? 'extension' : 'content');
}

export { SAVE_MIMES, type SaveMime };

export type MessageType = keyof MessageMap;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K } & MessageMap[K]['request']
  : never;
export type Response<K extends MessageType> = MessageMap[K]['response'];
export type Reply<K extends MessageType> = { data: Response<K> } | { error: string };

const isCategoryList = (v: unknown): v is AppealCategory[] =>
  Array.isArray(v) && v.every((c) => (APPEAL_CATEGORIES as readonly string[]).includes(c));

/** `fetch-image` refuses longer URLs and larger reads than these. */
const MAX_URL_CHARS = 8192;
const MAX_IMAGE_FETCH_BYTES = 64 * 1024 * 1024;

const isByteCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_IMAGE_FETCH_BYTES * 4;

/** At most this many put-back excerpts of at most this length (an excerpt is ~200 characters). */
const MAX_KEEP = 100;
const MAX_KEEP_CHARS = 1000;
const isKeepList = (v: unknown): v is string[] | undefined =>
  v === undefined ||
  (Array.isArray(v) && v.length <= MAX_KEEP && v.every((s) => typeof s === 'string' && s.length <= MAX_KEEP_CHARS));

/** A version of a page's reading, as the reading script makes them (content-script.ts). */
const isVersion = (v: unknown): v is string | undefined => v === undefined || (typeof v === 'string' && /^[0-9a-f]{1,32}$/.test(v));

const NOTE_KINDS = ['too-large', 'total-reached', 'unreadable', 'not-an-image', 'declined', 'video', 'audio'];
/** At most one short line of text per kind of note. */
const isNotes = (v: unknown): v is Partial<SavedFileNotes> | undefined =>
  v === undefined ||
  (typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(v).every(([kind, text]) => NOTE_KINDS.includes(kind) && typeof text === 'string' && text.length <= 300));

/** The contexts that answer messages: a script in a tab, or the service worker. */
export type Receiver = 'reading-script' | 'finishing-script' | 'saving-script' | 'live-script' | 'background';

/** One message's contract: who may send it, which context answers it, and how its payload is checked. */
export interface Contract<K extends MessageType> {
  /** The extension's pages and service worker (`extension`), or its scripts in a tab (`content`). */
  sender: 'extension' | 'content';
  receiver: Receiver;
  /** The message rebuilt from only the checked fields, or null when anything is malformed. */
  parse(m: Record<string, unknown>): Message<K> | null;
}

/**
 * The reading script's one message, declared on its own: that script answers nothing else, so it
 * validates with this contract alone (answerOne) and carries none of the others.
 */
export const READ_ARTICLE: Contract<'read-article'> = {
  sender: 'extension',
  receiver: 'reading-script',
  parse: (m) =>
    isCategoryList(m.hide) && isKeepList(m.keep) && isVersion(m.since)
      ? {
          type: 'read-article',
          hide: m.hide,
          ...(m.keep ? { keep: m.keep } : {}),
          ...(m.since !== undefined ? { since: m.since } : {}),
        }
      : null,
};

/** The finishing script's one message, declared on its own for the same reason as READ_ARTICLE. */
export const READ_FINISHED: Contract<'read-finished'> = {
  sender: 'extension',
  receiver: 'finishing-script',
  parse: (m) => (isCategoryList(m.hide) && typeof m.cleanup === 'boolean' ? { type: 'read-finished', hide: m.hide, cleanup: m.cleanup } : null),
};

/** The whole protocol, one entry per message type: senders, receivers and validation in one place. */
export const CONTRACTS: { [K in MessageType]: Contract<K> } = {
  'read-article': READ_ARTICLE,
  'read-finished': READ_FINISHED,
  'read-for-saving': {
    sender: 'extension',
    receiver: 'saving-script',
    parse: (m) => (isCategoryList(m.hide) && typeof m.cleanup === 'boolean' ? { type: 'read-for-saving', hide: m.hide, cleanup: m.cleanup } : null),
  },
  'hide-on-page': {
    sender: 'extension',
    receiver: 'live-script',
    parse: (m) =>
      isCategoryList(m.hide) && isKeepList(m.keep)
        ? m.keep
          ? { type: 'hide-on-page', hide: m.hide, keep: m.keep }
          : { type: 'hide-on-page', hide: m.hide }
        : null,
  },
  'restore-page': { sender: 'extension', receiver: 'live-script', parse: () => ({ type: 'restore-page' }) },
  'save-file': {
    sender: 'extension',
    receiver: 'background',
    parse: (m) =>
      typeof m.filename === 'string' && /^[^/\\]{1,200}$/.test(m.filename) && typeof m.content === 'string' && (SAVE_MIMES as readonly unknown[]).includes(m.mime)
        ? { type: 'save-file', filename: m.filename, content: m.content, mime: m.mime as SaveMime }
        : null,
  },
  'embed-images': {
    sender: 'extension',
    receiver: 'saving-script',
    parse: (m) =>
      typeof m.contentHtml === 'string' && isByteCount(m.maxImageBytes) && isByteCount(m.maxTotalBytes) && isNotes(m.notes)
        ? {
            type: 'embed-images',
            contentHtml: m.contentHtml,
            maxImageBytes: m.maxImageBytes,
            maxTotalBytes: m.maxTotalBytes,
            ...(m.notes ? { notes: m.notes } : {}),
          }
        : null,
  },
  'fetch-image': {
    sender: 'content',
    receiver: 'background',
    parse: (m) =>
      typeof m.url === 'string' && /^https?:\/\//i.test(m.url) && m.url.length <= MAX_URL_CHARS && isByteCount(m.maxBytes) && m.maxBytes > 0
        ? { type: 'fetch-image', url: m.url, maxBytes: m.maxBytes }
        : null,
  },
  'set-badge': {
    sender: 'content',
    receiver: 'background',
    parse: (m) => (typeof m.count === 'number' && Number.isInteger(m.count) && m.count >= 0 ? { type: 'set-badge', count: m.count } : null),
  },
  'take-click-read': {
    sender: 'extension',
    receiver: 'background',
    parse: (m) => (typeof m.tabId === 'number' && Number.isInteger(m.tabId) && m.tabId >= 0 ? { type: 'take-click-read', tabId: m.tabId } : null),
  },
};

/** The message types `receiver` answers (from CONTRACTS). */
export const typesFor = (receiver: Receiver): MessageType[] =>
  (Object.keys(CONTRACTS) as MessageType[]).filter((type) => CONTRACTS[type].receiver === receiver);

/** Whether `receiver` is the context that answers messages of `type`. */
export const answers = (receiver: Receiver, type: unknown): boolean =>
  typeof type === 'string' && Object.hasOwn(CONTRACTS, type) && CONTRACTS[type as MessageType].receiver === receiver;

/** Validates a message received from another context; anything malformed is refused. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (typeof m.type !== 'string' || !Object.hasOwn(CONTRACTS, m.type)) return null;
  return (CONTRACTS[m.type as MessageType].parse as (m: Record<string, unknown>) => Message | null)(m);
}

export type Handlers<Ctx> = {
  [K in MessageType]?: (message: Message<K>, context: Ctx) => Response<K> | Promise<Response<K>>;
};

/** Runs a handler on a validated message and wraps its outcome as a Reply. */
async function run<Ctx>(handler: (m: Message, c: Ctx) => unknown, message: Message, context: Ctx): Promise<Reply<MessageType>> {
  try {
    return { data: (await handler(message, context)) as Response<MessageType> };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const MALFORMED: Reply<MessageType> = { error: 'Malformed message.' };

/** Runs the handler for a validated message and wraps its outcome as a Reply. */
export async function dispatch<Ctx>(handlers: Handlers<Ctx>, raw: unknown, context: Ctx): Promise<Reply<MessageType>> {
  const message = parseMessage(raw);
  if (!message) return MALFORMED;
  const handler = handlers[message.type] as ((m: Message, c: Ctx) => unknown) | undefined;
  if (!handler) return { error: `No handler for ${message.type}.` };
  return run(handler, message, context);
}

/**
 * dispatch for a script that answers one message type only, validated by that type's contract
 * (the one CONTRACTS holds for it): anything else is malformed.
 */
export function answerOne<K extends MessageType, Ctx>(
  type: K,
  contract: Contract<K>,
  handler: (message: Message<K>, context: Ctx) => Response<K> | Promise<Response<K>>,
  raw: unknown,
  context: Ctx,
): Promise<Reply<MessageType>> {
  const m = raw as Record<string, unknown> | null;
  const message = typeof m === 'object' && m !== null && m.type === type ? contract.parse(m) : null;
  return message ? run(handler as (m: Message, c: Ctx) => unknown, message as Message, context) : Promise.resolve(MALFORMED);
}

/** Unwraps a Reply, turning `{ error }` (or no reply at all) into a thrown Error. */
export function unwrap<K extends MessageType>(reply: unknown): Response<K> {
  if (typeof reply !== 'object' || reply === null) throw new Error('No reply from the page.');
  if ('error' in reply) throw new Error(String((reply as { error: unknown }).error));
  return (reply as { data: Response<K> }).data;
}
