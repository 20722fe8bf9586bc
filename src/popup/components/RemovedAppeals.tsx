import { useState } from 'preact/hooks';
import type { AppealCategory, Removal } from '../../core/article.ts';
import { t, uiLanguage } from '../i18n.ts';

export interface PageActions {
  hideOnPage(categories: AppealCategory[]): Promise<number>;
  restorePage(): Promise<number>;
}

type PageStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed' };

/**
 * "3 appeals hidden": a quiet line that expands to what was removed and why, with the same hiding
 * applied to (or undone on) the live page.
 */
export function RemovedAppeals({ removed, actions }: { removed: Removal[]; actions?: PageActions }) {
  const [status, setStatus] = useState<PageStatus>({ kind: 'idle' });
  if (removed.length === 0) return null;
  const categories = [...new Set(removed.map((r) => r.category))];

  const run = (action: () => Promise<string>) => {
    setStatus({ kind: 'busy' });
    action().then(
      (text) => setStatus({ kind: 'done', text }),
      () => setStatus({ kind: 'failed' }),
    );
  };

  return (
    <details class="removed" lang={uiLanguage()}>
      <summary>{removed.length === 1 ? t('appealsHiddenOne') : t('appealsHiddenMany', removed.length)}</summary>
      <ul class="removed-list" aria-label={t('removedListLabel')}>
        {removed.map((removal, i) => (
          <li key={i} class="removal">
            <span class={`removal-category category-${removal.category}`}>{t(`category_${removal.category}`)}</span>
            <span class="removal-reason">{removal.reason}</span>
            <q class="removal-text">{removal.text}</q>
          </li>
        ))}
      </ul>
      {actions && (
        <div class="removed-actions">
          <button
            type="button"
            class="button"
            disabled={status.kind === 'busy'}
            onClick={() => run(async () => t('hiddenOnPage', await actions.hideOnPage(categories)))}
          >
            {t('showOnPage')}
          </button>
          <button
            type="button"
            class="button"
            disabled={status.kind === 'busy'}
            onClick={() =>
              run(async () => {
                await actions.restorePage();
                return t('restoredOnPage');
              })
            }
          >
            {t('restorePage')}
          </button>
          <span class="removed-status" role="status">
            {status.kind === 'done' ? status.text : status.kind === 'failed' ? t('pageActionFailed') : ''}
          </span>
        </div>
      )}
    </details>
  );
}
