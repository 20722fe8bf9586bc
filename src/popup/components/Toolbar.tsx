import type { ReadingSettings } from '../../shared/settings.ts';
import { t } from '../../shared/i18n.ts';
import type { CopyFormat, SaveFormat } from '../platform.ts';
import { Popover } from './Popover.tsx';
import { ReadingPrefs } from '../../shared/ui/ReadingPrefs.tsx';

const SAVE_FORMATS: Array<{ format: SaveFormat; label: 'saveHtml' | 'saveMarkdown' | 'saveText' }> = [
  { format: 'html', label: 'saveHtml' },
  { format: 'markdown', label: 'saveMarkdown' },
  { format: 'text', label: 'saveText' },
];

const COPY_FORMATS: Array<{ format: CopyFormat; label: 'copyMarkdown' | 'copyText' }> = [
  { format: 'markdown', label: 'copyMarkdown' },
  { format: 'text', label: 'copyText' },
];

export interface ToolbarProps {
  reading: ReadingSettings;
  onReadingChange(reading: ReadingSettings): void;
  /** Absent in the full-tab reader, which is already a tab. */
  onOpenInTab?: () => void;
  /** Shown in the full-tab reader. */
  onPrint?: () => void;
  /** Absent when there is no article to save. */
  onSave?: (format: SaveFormat) => void;
  /** Markdown: the images downloaded into a folder beside the file (a saving setting). */
  markdownImages?: boolean;
  onMarkdownImagesChange?: (on: boolean) => void;
  /** Absent when there is no article to copy. */
  onCopy?: (format: CopyFormat) => void;
  onSettings(): void;
}

/** The quiet bar above the article: reading preferences, open in tab / print, save, settings. */
export function Toolbar({
  reading,
  onReadingChange,
  onOpenInTab,
  onPrint,
  onSave,
  markdownImages,
  onMarkdownImagesChange,
  onCopy,
  onSettings,
}: ToolbarProps) {
  return (
    <header class="toolbar-bar">
      <nav class="toolbar" aria-label={t('toolbarLabel')}>
        <Popover
          label={t('toolbarLabel')}
          class="prefs-popover"
          buttonContent={
            <span class="tool-aa" aria-hidden="true">
              Aa
            </span>
          }
        >
          {() => <ReadingPrefs reading={reading} onChange={onReadingChange} />}
        </Popover>
        <span class="toolbar-spacer" />
        {onOpenInTab && (
          <button type="button" class="tool" onClick={onOpenInTab}>
            {t('openInTab')}
          </button>
        )}
        {onPrint && (
          <button type="button" class="tool" onClick={onPrint}>
            {t('print')}
          </button>
        )}
        {onSave && (
          <Popover label={t('save')} class="save-popover" buttonContent={t('save')}>
            {(close) => (
              <ul class="menu">
                {SAVE_FORMATS.map(({ format, label }) => (
                  <li key={format}>
                    <button
                      type="button"
                      class="menu-item"
                      aria-describedby={format === 'html' ? 'save-html-hint' : undefined}
                      onClick={() => {
                        close();
                        onSave(format);
                      }}
                    >
                      {t(label)}
                    </button>
                    {format === 'html' && (
                      <span class="menu-hint" id="save-html-hint">
                        {t('saveHtmlHint')}
                      </span>
                    )}
                    {format === 'markdown' && onMarkdownImagesChange && (
                      <>
                        <label class="menu-check">
                          <input
                            type="checkbox"
                            name="markdownImages"
                            checked={markdownImages === true}
                            aria-describedby="save-markdown-images-hint"
                            onChange={(event) => onMarkdownImagesChange((event.currentTarget as HTMLInputElement).checked)}
                          />
                          <span>{t('saveMarkdownImages')}</span>
                        </label>
                        <span class="menu-hint menu-check-hint" id="save-markdown-images-hint">
                          {t('saveMarkdownImagesHint')}
                        </span>
                      </>
                    )}
                  </li>
                ))}
                {onCopy &&
                  COPY_FORMATS.map(({ format, label }, i) => (
                    <li key={`copy-${format}`} class={i === 0 ? 'menu-separated' : undefined}>
                      <button
                        type="button"
                        class="menu-item"
                        onClick={() => {
                          close();
                          onCopy(format);
                        }}
                      >
                        {t(label)}
                      </button>
                    </li>
                  ))}
              </ul>
            )}
          </Popover>
        )}
        <button type="button" class="tool" onClick={onSettings}>
          {t('settings')}
        </button>
      </nav>
    </header>
  );
}
