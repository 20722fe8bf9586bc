import en from '../../public/_locales/en/messages.json';

/**
 * UI strings from `_locales` through the browser's i18n API. Outside the extension (component tests,
 * a page opened from disk) the English file bundled here answers instead, so components always render.
 */
export type MessageKey = Exclude<keyof typeof en, 'extName' | 'extDescription' | 'actionTitle' | 'commandOpen'>;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type GetMessage = (key: string, substitutions?: string[]) => string;

function browserGetMessage(): GetMessage | null {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : null;
}

/** Resolves `$NAME$` placeholders and `$1`-style substitutions the way the browser does. */
export function formatEntry(entry: LocaleEntry, substitutions: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (_whole, name: string | undefined) => {
    if (!name) return '$';
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  const fromBrowser = browserGetMessage()?.(key, subs);
  if (fromBrowser) return fromBrowser;
  const entry = (en as Record<string, LocaleEntry>)[key];
  return entry ? formatEntry(entry, subs) : key;
}

/** Whether `key` names a UI string (for keys made from data, such as a rule's name). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The language of the UI strings in use (the `_locales` file that answered), for `lang` attributes. */
export function uiLanguage(): string {
  return t('uiLocale');
}
