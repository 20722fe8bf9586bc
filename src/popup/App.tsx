import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Removal } from '../core/article.ts';
import type { PutBackActions } from './components/RemovedAppeals.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { ViewBody } from './components/ViewBody.tsx';
import { useApplyReading } from '../shared/hooks/use-apply-reading.ts';
import { usePageLoadWait } from './hooks/use-page-load-wait.ts';
import { usePaintMark } from './hooks/use-paint-mark.ts';
import { useReadingKeys } from './hooks/use-reading-keys.ts';
import { useSettings } from '../shared/hooks/use-settings.ts';
import type { CopyFormat, Platform, SaveFormat, SaveOutcome } from './platform.ts';
import { t } from '../shared/i18n.ts';
import { stepFontSize } from '../shared/reading-presets.ts';
import { imageLimits, type Settings } from '../shared/settings.ts';
import { readView, takeSettingsRead, type ViewState } from './view-state.ts';

/** Whether the view is the full-tab reader (`?full=1`) rather than the toolbar popup. */
export const isFullTab = (search: string) => new URLSearchParams(search).get('full') === '1';

/**
 * The reading view: reads the target tab and shows its article, or explains why not. The same
 * component is the popup and, with `?full=1`, the full-tab (and print) reader.
 */
export function App({
  platform,
  search,
  firstRead,
  firstSettings,
  settled,
}: {
  platform: Platform;
  search: string;
  /** The first read, when the caller started it before rendering (saves a frame or two). */
  firstRead?: Promise<ViewState>;
  /** The settings that read loaded (when it ran on another platform object than `platform`). */
  firstSettings?: Promise<Settings>;
  /** What of both had settled before the first render: an article read by then shows in the first frame. */
  settled?: { state?: ViewState; settings?: Settings };
}) {
  const full = isFullTab(search);
  // One storage read per open: the first read (started before rendering) loaded the settings.
  const [settingsRead] = useState(() => firstSettings ?? takeSettingsRead(platform));
  const { settings, ready, update } = useSettings(platform, settingsRead, settled?.settings);
  // Only with the settings known: the first frame is then in the reader's theme and size.
  const [state, setState] = useState<ViewState>(() => (settled?.settings && settled.state) || { kind: 'loading' });
  const [saveFailed, setSaveFailed] = useState(false);
  const [saved, setSaved] = useState<SaveOutcome | null>(null);
  const [copied, setCopied] = useState<{ format: CopyFormat; ok: boolean } | null>(null);
  // Removals the user put back into the article; every later read keeps them.
  const [kept, setKept] = useState<Removal[]>([]);

  // Once loaded, reads use the settings the view holds (kept fresh by useSettings), not storage.
  const current = useRef<typeof settings | undefined>(undefined);
  current.current = ready ? settings : undefined;
  const read = useCallback(
    async (options?: { waitForLoad?: boolean; keep?: string[] }) =>
      setState(await readView(platform, search, { ...options, settings: current.current })),
    [platform, search],
  );

  useEffect(() => {
    // The first read may already be under way (started before the first render).
    if (firstRead) void firstRead.then(setState);
    else void read();
  }, [firstRead, read]);

  usePageLoadWait(platform, state.kind === 'page-loading' ? state.tabId : null, () => void read({ waitForLoad: false }));
  usePaintMark(state.kind === 'article' || state.kind === 'page-text');
  useApplyReading(settings.reading);

  useEffect(() => {
    document.documentElement.classList.toggle('full-tab', full);
    if (state.kind === 'article') document.title = state.article.title;
  }, [full, state]);

  const keys = useMemo(
    () => ({
      larger: () => update((s) => ({ ...s, reading: stepFontSize(s.reading, 1) })),
      smaller: () => update((s) => ({ ...s, reading: stepFontSize(s.reading, -1) })),
      escape: () => {
        if (!full) platform.closeView();
      },
    }),
    [update, full, platform],
  );
  useReadingKeys(keys);

  const article = state.kind === 'article' ? state.article : null;
  const tabId = 'tabId' in state ? state.tabId : null;

  const save = (format: SaveFormat) => {
    if (!article) return;
    setSaveFailed(false);
    setCopied(null);
    setSaved(null);
    platform
      .save(article, format, { ...imageLimits(settings.saving), markdownImages: settings.saving.markdownImages })
      .then(setSaved, () => setSaveFailed(true));
  };

  const copy = (format: CopyFormat) => {
    if (!article) return;
    setSaveFailed(false);
    setCopied(null);
    setSaved(null);
    platform.copy(article, format).then(
      () => setCopied({ format, ok: true }),
      () => setCopied({ format, ok: false }),
    );
  };

  const keptTexts = useMemo(() => kept.map((r) => r.text), [kept]);
  const pageActions = useMemo(
    () =>
      tabId === null
        ? undefined
        : {
            hideOnPage: (categories: Parameters<Platform['hideOnPage']>[1]) =>
              keptTexts.length ? platform.hideOnPage(tabId, categories, keptTexts) : platform.hideOnPage(tabId, categories),
            restorePage: () => platform.restorePage(tabId),
          },
    [platform, tabId, keptTexts],
  );

  const rereadKeeping = (next: Removal[]) => {
    setKept(next);
    void read({ waitForLoad: false, keep: next.map((r) => r.text) });
  };
  const putBack: PutBackActions = {
    kept,
    putBack: (removal) => rereadKeeping([...kept, removal]),
    removeAgain: (removal) => rereadKeeping(kept.filter((r) => r !== removal)),
  };

  return (
    <div class="view">
      <Toolbar
        reading={settings.reading}
        onReadingChange={(reading) => update((s) => ({ ...s, reading }))}
        onOpenInTab={!full && tabId !== null && article ? () => void platform.openReaderTab(tabId) : undefined}
        onPrint={full && article ? () => window.print() : undefined}
        onSave={article ? save : undefined}
        markdownImages={settings.saving.markdownImages}
        onMarkdownImagesChange={(markdownImages) => update((s) => ({ ...s, saving: { ...s.saving, markdownImages } }))}
        onCopy={article ? copy : undefined}
        onSettings={() => void platform.openOptions()}
      />
      {saved?.images && (
        <p class="toast" role="status">
          {savedImagesMessage(saved.images)}
        </p>
      )}
      {copied?.ok && (
        <p class="toast" role="status">
          {t(copied.format === 'markdown' ? 'copiedMarkdown' : 'copiedText')}
        </p>
      )}
      {copied?.ok === false && (
        <p class="toast" role="alert">
          {t('copyFailed')}
        </p>
      )}
      {saveFailed && (
        <p class="toast" role="alert">
          {t('saveFailed')}
        </p>
      )}
      <ViewBody
        state={state}
        pageActions={pageActions}
        putBack={putBack}
        onTryNow={() => {
          setState({ kind: 'loading' });
          void read({ waitForLoad: false, keep: keptTexts });
        }}
        onReload={(id) => {
          setState({ kind: 'page-loading', tabId: id });
          platform.reloadTab(id).catch(() => setState({ kind: 'unreachable', tabId: id }));
        }}
        onShowText={(id) => {
          platform.pageText(id).then(
            (page) => setState({ kind: 'page-text', tabId: id, page }),
            () => setState({ kind: 'unreachable', tabId: id }),
          );
        }}
      />
    </div>
  );
}

function savedImagesMessage(images: NonNullable<SaveOutcome['images']>): string {
  if (images.beside) {
    if (images.declined && images.left) return t('savedMarkdownImagesDeclined');
    return images.left ? t('savedMarkdownImagesSomeLeft', images.embedded, images.left) : t('savedMarkdownImages', images.embedded);
  }
  if (images.declined && images.left) return t('savedImagesDeclined');
  return images.left ? t('savedImagesSomeLeft', images.embedded, images.left) : t('savedImages', images.embedded);
}
