import { browser } from './browser.ts';
import { normalizeSettings, type Settings } from './settings.ts';

const KEY = 'settings';

/** Reads settings from storage.sync; corrupt or missing data yields defaults, never an error. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return normalizeSettings(stored[KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: normalizeSettings(settings) });
}

/** Calls back with fresh settings whenever they change in any context. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes) callback(normalizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
