import { APPEAL_CATEGORIES, type AppealCategory } from '../core/article.ts';
import { ReadingPrefs } from '../shared/ui/ReadingPrefs.tsx';
import { useApplyReading } from '../shared/hooks/use-apply-reading.ts';
import { useSettings } from '../shared/hooks/use-settings.ts';
import { LIMITS, type Settings } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';
import { EverywhereToggle } from './EverywhereToggle.tsx';
import type { OptionsPlatform } from './platform.ts';
import { SettingsData } from './SettingsData.tsx';
import { SiteRules } from './SiteRules.tsx';

/**
 * The settings page: what to remove, where to hide it on the page itself, per-site rules, saving,
 * reading preferences, and the settings as a file (export, import, reset).
 */
export function Options({ platform }: { platform: OptionsPlatform }) {
  const { settings, ready, update, replace } = useSettings(platform);
  useApplyReading(settings.reading);
  if (!ready) return <main class="options" aria-busy="true" />;

  const toggle = (category: AppealCategory) =>
    update((s) => ({ ...s, hide: { ...s.hide, [category]: !s.hide[category] } }));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section class="options-section">
        <fieldset>
          <legend>{t('optionsHideLegend')}</legend>
          <div class="checks">
            {APPEAL_CATEGORIES.map((category) => (
              <label key={category} class="check">
                <input
                  type="checkbox"
                  name={category}
                  checked={settings.hide[category]}
                  onChange={() => toggle(category)}
                />
                {t(`category_${category}`)}
              </label>
            ))}
            <label class="check check-wide">
              <input
                type="checkbox"
                name="clutter"
                checked={settings.removeClutter}
                onChange={() => update((s) => ({ ...s, removeClutter: !s.removeClutter }))}
              />
              {t('optionsClutter')}
            </label>
          </div>
          <EverywhereToggle
            enabled={settings.hideOnPageEverywhere}
            request={platform.requestAllSites}
            granted={platform.hasAllSites}
            release={platform.releaseAllSites}
            onChange={(on) => update((s) => ({ ...s, hideOnPageEverywhere: on }))}
          />
        </fieldset>
      </section>
      <section class="options-section">
        <SiteRules
          sites={settings.sites}
          onChange={(sites) => update((s) => ({ ...s, sites }))}
          requestSite={platform.requestSite}
        />
      </section>
      <section class="options-section">
        <SavingLimits saving={settings.saving} onChange={(saving) => update((s) => ({ ...s, saving }))} />
      </section>
      <section class="options-section">
        <h2>{t('optionsReadingLegend')}</h2>
        <ReadingPrefs reading={settings.reading} onChange={(reading) => update((s) => ({ ...s, reading }))} />
        <p class="options-preview">{t('optionsPreview')}</p>
      </section>
      <section class="options-section">
        <SettingsData settings={settings} replace={replace} exportFile={platform.exportFile} />
      </section>
    </main>
  );
}

/**
 * The size caps for pictures in saved copies (an out-of-range entry is not stored), and whether a
 * Markdown copy downloads its pictures beside it.
 */
function SavingLimits({ saving, onChange }: { saving: Settings['saving']; onChange(saving: Settings['saving']): void }) {
  const field = (key: 'imageMaxMB' | 'totalMaxMB', label: 'optionsImageMax' | 'optionsTotalMax') => (
    <label class="number-field">
      {t(label)}
      <input
        type="number"
        name={key}
        min={LIMITS[key].min}
        max={LIMITS[key].max}
        step="any"
        value={saving[key]}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLInputElement).valueAsNumber;
          if (Number.isFinite(value) && value >= LIMITS[key].min && value <= LIMITS[key].max) onChange({ ...saving, [key]: value });
        }}
      />
    </label>
  );
  return (
    <fieldset>
      <legend>{t('optionsSavingLegend')}</legend>
      {field('imageMaxMB', 'optionsImageMax')}
      {field('totalMaxMB', 'optionsTotalMax')}
      <p class="hint">{t('optionsSavingHint')}</p>
      <label class="check">
        <input
          type="checkbox"
          name="markdownImages"
          checked={saving.markdownImages}
          onChange={(event) => onChange({ ...saving, markdownImages: (event.currentTarget as HTMLInputElement).checked })}
        />
        {t('optionsMarkdownImages')}
      </label>
    </fieldset>
  );
}
