import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { normalizeSettings, type Settings } from '../settings.ts';

/**
 * Settings from storage, kept fresh when another context changes them. `update` applies a change at
 * once and stores it; `replace` stores a whole set first and shows it only once stored (it rejects,
 * changing nothing, when storage refuses); `ready` is false until storage has answered.
 */
/** Where settings are kept: storage in the extension (settings-store.ts), memory in tests. */
export interface SettingsSource {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void;
}

export function useSettings(
  platform: SettingsSource,
  /** Settings already being read from storage (the view's first read); read here otherwise. */
  initial?: Promise<Settings>,
  /** What `initial` resolved to, when it already has: ready from the first render. */
  loaded?: Settings,
) {
  const [settings, setSettings] = useState<Settings>(() => loaded ?? normalizeSettings(undefined));
  const [ready, setReady] = useState(loaded !== undefined);
  const latest = useRef(settings);
  latest.current = settings;

  useEffect(() => {
    const controller = new AbortController();
    (initial ?? platform.loadSettings()).then((loaded) => {
      if (controller.signal.aborted) return;
      setSettings(loaded);
      setReady(true);
    });
    platform.onSettingsChanged((next) => setSettings(next), controller.signal);
    return () => controller.abort();
  }, [platform, initial]);

  const update = useCallback(
    (change: (current: Settings) => Settings) => {
      const next = normalizeSettings(change(latest.current));
      latest.current = next;
      setSettings(next);
      void platform.saveSettings(next).catch(() => undefined);
    },
    [platform],
  );

  const replace = useCallback(
    async (next: Settings) => {
      const normalized = normalizeSettings(next);
      await platform.saveSettings(normalized);
      latest.current = normalized;
      setSettings(normalized);
    },
    [platform],
  );

  return { settings, ready, update, replace };
}
