import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';

type Access = 'unknown' | 'granted' | 'asking' | 'refused' | 'missing';

/**
 * "Hide on every page": asks the browser for access to all sites at the moment it is turned on
 * (the request must come straight from the click), and gives the access back when turned off.
 * The box shows what is true, not what was clicked: unticked while the browser's prompt is open,
 * and unticked (with a word why) when the setting is on but the access was refused or taken back.
 */
export function EverywhereToggle({
  enabled,
  request,
  granted,
  release,
  onChange,
}: {
  enabled: boolean;
  request(): Promise<boolean>;
  /** Whether the access is there now. */
  granted(): Promise<boolean>;
  release(): Promise<void>;
  onChange(enabled: boolean): void;
}) {
  const [access, setAccess] = useState<Access>('unknown');
  useEffect(() => {
    let live = true;
    if (enabled) granted().then((has) => live && setAccess((a) => (a === 'asking' ? a : has ? 'granted' : 'missing')), () => undefined);
    return () => {
      live = false;
    };
  }, [enabled, granted]);

  const checked = enabled && access !== 'missing' && access !== 'asking';
  const toggle = (event: Event) => {
    // The browser has already flipped the box; put back the real state until the answer comes.
    (event.currentTarget as HTMLInputElement).checked = checked;
    if (checked) {
      onChange(false);
      setAccess('unknown');
      void release().catch(() => undefined);
      return;
    }
    setAccess('asking');
    request().then(
      (yes) => {
        setAccess(yes ? 'granted' : 'refused');
        if (yes) onChange(true);
      },
      () => setAccess('refused'),
    );
  };
  const note =
    access === 'asking'
      ? t('optionsEverywhereWaiting')
      : access === 'refused' || (enabled && access === 'missing')
        ? t('optionsEverywhereDenied')
        : '';
  return (
    <div class="everywhere">
      <label class="check">
        <input type="checkbox" name="everywhere" checked={checked} aria-busy={access === 'asking'} onChange={toggle} />
        {t('optionsEverywhere')}
      </label>
      <p class="hint">{t('optionsEverywhereHint')}</p>
      <p class="hint everywhere-status" role="status">
        {note}
      </p>
    </div>
  );
}
