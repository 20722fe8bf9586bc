import { useState } from 'preact/hooks';
import { t } from '../popup/i18n.ts';

/**
 * "Hide on every page": asks the browser for access to all sites at the moment it is turned on
 * (the request must come straight from the click), and gives the access back when turned off.
 */
export function EverywhereToggle({
  enabled,
  request,
  release,
  onChange,
}: {
  enabled: boolean;
  request(): Promise<boolean>;
  release(): Promise<void>;
  onChange(enabled: boolean): void;
}) {
  const [denied, setDenied] = useState(false);
  const toggle = () => {
    if (enabled) {
      onChange(false);
      void release().catch(() => undefined);
      return;
    }
    request().then(
      (granted) => {
        setDenied(!granted);
        if (granted) onChange(true);
      },
      () => setDenied(true),
    );
  };
  return (
    <div class="everywhere">
      <label class="check">
        <input type="checkbox" name="everywhere" checked={enabled} onChange={toggle} />
        {t('optionsEverywhere')}
      </label>
      <p class="hint">{t('optionsEverywhereHint')}</p>
      <p class="hint" role="status">
        {denied ? t('optionsEverywhereDenied') : ''}
      </p>
    </div>
  );
}
