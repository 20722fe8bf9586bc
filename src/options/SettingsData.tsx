import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { normalizeSettings, type Settings } from '../shared/settings.ts';
import { MAX_SETTINGS_FILE_BYTES, settingsFromFile, settingsToFile } from '../shared/settings-file.ts';

interface Status {
  text: string;
  error?: boolean;
  /** Values of an imported file that were not used. */
  ignored?: string[];
  /** The settings before an import or reset, for Undo. */
  undo?: Settings;
}

const IMPORT_ERRORS = {
  'too-large': 'optionsImportTooLarge',
  'not-json': 'optionsImportNotJson',
  'not-settings': 'optionsImportNotSettings',
} as const;

/**
 * Export the settings to a JSON file, import one (through the settings schema: what could not be
 * used is listed, a file that is not settings changes nothing), reset to defaults. Import and reset
 * can be undone until the page is left.
 */
export function SettingsData({
  settings,
  replace,
  exportFile,
}: {
  settings: Settings;
  /** Stores a whole set of settings; rejects, changing nothing, when the browser refuses. */
  replace(settings: Settings): Promise<void>;
  exportFile(filename: string, text: string): void;
}) {
  const [status, setStatus] = useState<Status | null>(null);

  /** Stores `next`, keeping what was there for Undo; says so, or why it could not. */
  const store = async (next: Settings, done: Omit<Status, 'undo'>) => {
    const before = settings;
    try {
      await replace(next);
      setStatus({ ...done, undo: before });
    } catch (error) {
      setStatus({ text: t('optionsStoreFailed', error instanceof Error ? error.message : String(error)), error: true });
    }
  };

  const exportNow = () => {
    const { filename, text } = settingsToFile(settings);
    exportFile(filename, text);
    setStatus({ text: t('optionsExported', filename) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result =
      file.size > MAX_SETTINGS_FILE_BYTES ? ({ ok: false, error: 'too-large' } as const) : settingsFromFile(await file.text());
    if (!result.ok) {
      setStatus({ text: t(IMPORT_ERRORS[result.error], file.name), error: true });
      return;
    }
    await store(result.settings, { text: t('optionsImported', file.name), ignored: result.ignored });
  };

  const undo = async (previous: Settings) => {
    try {
      await replace(previous);
      setStatus({ text: t('optionsUndone') });
    } catch (error) {
      setStatus({ text: t('optionsStoreFailed', error instanceof Error ? error.message : String(error)), error: true });
    }
  };

  return (
    <fieldset class="settings-data">
      <legend>{t('optionsDataLegend')}</legend>
      <div class="data-actions">
        <button type="button" class="button" name="export" onClick={exportNow}>
          {t('optionsExport')}
        </button>
        <label class="button file-button">
          {t('optionsImport')}
          <input
            type="file"
            name="import"
            accept=".json,application/json"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="button" name="reset" onClick={() => void store(normalizeSettings(undefined), { text: t('optionsResetDone') })}>
          {t('optionsReset')}
        </button>
      </div>
      {status && (
        <div class={`data-status${status.error ? ' error' : ''}`} role={status.error ? 'alert' : 'status'}>
          <p>
            {status.text}{' '}
            {status.undo && (
              <button type="button" class="link-button" name="undo" onClick={() => void undo(status.undo!)}>
                {t('optionsUndo')}
              </button>
            )}
          </p>
          {status.ignored && status.ignored.length > 0 && (
            <p class="hint data-ignored">{t('optionsImportIgnored', status.ignored.join(', '))}</p>
          )}
        </div>
      )}
    </fieldset>
  );
}
