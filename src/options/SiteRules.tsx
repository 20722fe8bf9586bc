import { useState } from 'preact/hooks';
import { t } from '../popup/i18n.ts';
import type { SiteSettings } from '../shared/settings.ts';

/** A host name as the settings store it, or null when the input is not one. */
export function normalizeHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).host;
  } catch {
    return null;
  }
  host = host.replace(/\/.*$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/.test(host) ? host : null;
}

/** Per-site overrides: hide appeals on the page itself, or never remove anything, per host. */
export function SiteRules({
  sites,
  onChange,
}: {
  sites: Record<string, SiteSettings>;
  onChange(sites: Record<string, SiteSettings>): void;
}) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const hosts = Object.keys(sites).sort();

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    setInvalid(host === null);
    if (!host) return;
    onChange({ ...sites, [host]: sites[host] ?? { hideOnPage: true } });
    setDraft('');
  };
  const set = (host: string, change: SiteSettings) => onChange({ ...sites, [host]: { ...sites[host], ...change } });
  const remove = (host: string) => {
    const next = { ...sites };
    delete next[host];
    onChange(next);
  };

  return (
    <fieldset>
      <legend>{t('optionsSitesLegend')}</legend>
      {hosts.length === 0 ? (
        <p class="hint">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {hosts.map((host) => (
            <li key={host} class="site-rule">
              <span class="site-host">{host}</span>
              <label class="check">
                <input
                  type="checkbox"
                  checked={sites[host]?.hideOnPage ?? false}
                  onChange={(e) => set(host, { hideOnPage: e.currentTarget.checked })}
                />
                {t('optionsSiteHideOnPage')}
              </label>
              <label class="check">
                <input
                  type="checkbox"
                  checked={sites[host]?.disabled ?? false}
                  onChange={(e) => set(host, { disabled: e.currentTarget.checked })}
                />
                {t('optionsSiteDisabled')}
              </label>
              <button type="button" class="button" onClick={() => remove(host)} aria-label={`${t('optionsSiteRemove')} ${host}`}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label class="site-add-label">
          {t('optionsSiteHost')}
          <input
            type="text"
            name="host"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={invalid}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {t('optionsSiteAdd')}
        </button>
      </form>
      {invalid && (
        <p class="hint" role="alert">
          {t('optionsSiteInvalid')}
        </p>
      )}
    </fieldset>
  );
}
