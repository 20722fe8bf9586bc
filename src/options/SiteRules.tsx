import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { SiteSettings } from '../shared/settings.ts';
import { displaySite, originPatterns, parseSiteInput, type SiteInput, scopeOf } from '../shared/site-input.ts';

/** What a rule covers, in words: the site and its subdomains, or one host. */
export function coversText(site: string): string {
  const { scope, domain } = scopeOf(site);
  const shown = displaySite(site);
  if (scope === 'domain') return t('optionsSiteCoversDomain', shown);
  if (scope === 'subdomain') return t('optionsSiteCoversSubdomain', shown, displaySite(domain ?? site));
  return t('optionsSiteCoversHost', shown);
}

/** The line under the field: what the typed site will cover, or why it cannot be a rule. */
function previewText(parsed: SiteInput): string {
  if (parsed.ok) return coversText(parsed.site);
  if (parsed.reason === 'public-suffix') return t('optionsSitePublicSuffix', displaySite(parsed.host));
  return parsed.reason === 'empty' ? t('optionsSiteHint') : t('optionsSiteInvalid');
}

type Flag = 'hideOnPage' | 'openReader' | 'disabled';
const FLAGS: Array<{ flag: Flag; label: 'optionsSiteHideOnPage' | 'optionsSiteOpenReader' | 'optionsSiteDisabled' }> = [
  { flag: 'hideOnPage', label: 'optionsSiteHideOnPage' },
  { flag: 'openReader', label: 'optionsSiteOpenReader' },
  { flag: 'disabled', label: 'optionsSiteDisabled' },
];
/** Switches that make Lectern act on the site's pages by itself, so need access to them. */
const NEEDS_ACCESS: readonly Flag[] = ['hideOnPage', 'openReader'];

/**
 * Per-site rules: hide appeals on the page itself, open the reading view, or never remove
 * anything. A rule for `example.com` covers its subdomains. Turning on a switch that acts on the
 * site's pages asks the browser for access to them (in the click, as it requires); a refusal is
 * said on the rule.
 */
export function SiteRules({
  sites,
  onChange,
  requestSite,
}: {
  sites: Record<string, SiteSettings>;
  onChange(sites: Record<string, SiteSettings>): void;
  /** Asks for host access to these origin patterns; true when granted. */
  requestSite(origins: string[]): Promise<boolean>;
}) {
  const [draft, setDraft] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [denied, setDenied] = useState<Record<string, boolean>>({});
  const hosts = Object.keys(sites).sort((a, b) => displaySite(a).localeCompare(displaySite(b)));
  const parsed = parseSiteInput(draft);

  const askAccess = (site: string) => {
    requestSite(originPatterns(site, scopeOf(site).scope)).then(
      (granted) => setDenied((d) => ({ ...d, [site]: !granted })),
      () => setDenied((d) => ({ ...d, [site]: true })),
    );
  };
  const add = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.ok) return;
    const site = parsed.site;
    onChange({ ...sites, [site]: sites[site] ?? { hideOnPage: true } });
    askAccess(site);
    setDraft('');
    setSubmitted(false);
  };
  const set = (site: string, flag: Flag, on: boolean) => {
    onChange({ ...sites, [site]: { ...sites[site], [flag]: on } });
    if (on && NEEDS_ACCESS.includes(flag)) askAccess(site);
  };
  const remove = (site: string) => {
    const next = { ...sites };
    delete next[site];
    onChange(next);
  };
  const showError = !parsed.ok && parsed.reason !== 'empty' && (submitted || parsed.reason === 'public-suffix');

  return (
    <fieldset>
      <legend>{t('optionsSitesLegend')}</legend>
      {hosts.length === 0 ? (
        <p class="hint">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {hosts.map((site) => (
            <li key={site} class="site-rule" data-site={site}>
              <span class="site-host">{displaySite(site)}</span>
              <span class="site-covers hint">{coversText(site)}</span>
              {FLAGS.map(({ flag, label }) => (
                <label key={flag} class="check">
                  <input
                    type="checkbox"
                    name={flag}
                    checked={sites[site]?.[flag] ?? false}
                    onChange={(e) => set(site, flag, e.currentTarget.checked)}
                  />
                  {t(label)}
                </label>
              ))}
              <button type="button" class="button" onClick={() => remove(site)} aria-label={`${t('optionsSiteRemove')} ${displaySite(site)}`}>
                {t('optionsSiteRemove')}
              </button>
              {denied[site] && (
                <p class="hint site-denied" role="status">
                  {t('optionsSiteAccessDenied', displaySite(site))}
                </p>
              )}
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
            aria-invalid={showError}
            aria-describedby="site-preview"
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setSubmitted(false);
            }}
          />
        </label>
        <button type="submit" class="button">
          {t('optionsSiteAdd')}
        </button>
      </form>
      <p id="site-preview" class={`hint site-preview${showError ? ' invalid' : ''}`} role={showError ? 'alert' : 'status'}>
        {previewText(parsed)}
      </p>
    </fieldset>
  );
}
