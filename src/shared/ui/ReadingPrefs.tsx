import { FONTS, type ReadingSettings, THEMES } from '../settings.ts';
import { type MessageKey, t } from '../i18n.ts';
import { LINE_HEIGHTS, LINE_WIDTHS, nearest, stepFontSize } from '../reading-presets.ts';
import { Segmented } from './Segmented.tsx';

const THEME_LABELS: Record<(typeof THEMES)[number], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
};
const FONT_LABELS: Record<(typeof FONTS)[number], MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  dyslexic: 'fontDyslexic',
};

/** Theme, font, size, width and spacing controls, and whether print spells out link addresses; used by the popup's panel and the options page. */
export function ReadingPrefs({
  reading,
  onChange,
}: {
  reading: ReadingSettings;
  onChange(reading: ReadingSettings): void;
}) {
  const set = <K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]) => onChange({ ...reading, [key]: value });
  return (
    <div class="prefs">
      <Segmented
        label={t('theme')}
        value={reading.theme}
        onChange={(v) => set('theme', v)}
        choices={THEMES.map((theme) => ({
          value: theme,
          label: t(THEME_LABELS[theme]),
          content: <span class={`swatch swatch-${theme}`} aria-hidden="true" />,
          class: 'segment-swatch',
        }))}
      />
      <Segmented
        label={t('font')}
        value={reading.font}
        onChange={(v) => set('font', v)}
        choices={FONTS.map((font) => ({ value: font, label: t(FONT_LABELS[font]), class: `font-sample font-${font}` }))}
      />
      <fieldset class="pref">
        <legend class="pref-label">{t('fontSize')}</legend>
        <div class="segmented">
          <button
            type="button"
            class="segment"
            aria-label={t('smaller')}
            title={t('smaller')}
            onClick={() => onChange(stepFontSize(reading, -1))}
          >
            A−
          </button>
          <output class="segment size-value" aria-live="polite">
            {reading.fontSize}
          </output>
          <button
            type="button"
            class="segment"
            aria-label={t('larger')}
            title={t('larger')}
            onClick={() => onChange(stepFontSize(reading, 1))}
          >
            A+
          </button>
        </div>
      </fieldset>
      <Segmented
        label={t('lineWidth')}
        value={nearest(LINE_WIDTHS, reading.lineWidth).value}
        onChange={(v) => set('lineWidth', v)}
        choices={LINE_WIDTHS.map((w) => ({ value: w.value, label: t(w.label) }))}
      />
      <Segmented
        label={t('lineHeight')}
        value={nearest(LINE_HEIGHTS, reading.lineHeight).value}
        onChange={(v) => set('lineHeight', v)}
        choices={LINE_HEIGHTS.map((h) => ({ value: h.value, label: t(h.label) }))}
      />
      <label class="pref pref-check">
        <input
          type="checkbox"
          name="printLinks"
          checked={reading.printLinks}
          onChange={(event) => set('printLinks', (event.currentTarget as HTMLInputElement).checked)}
        />
        {t('printLinks')}
      </label>
    </div>
  );
}
