import { useState } from 'preact/hooks';
import type { AppealCategory, Removal } from '../../core/article.ts';
import { reasonParts } from '../../core/removal-reason.ts';
import { isMessageKey, t, uiLanguage } from '../../shared/i18n.ts';

export interface PageActions {
  hideOnPage(categories: AppealCategory[]): Promise<number>;
  restorePage(): Promise<number>;
}

/** Undo in the reading view: a removed block goes back into the article, and can be removed again. */
export interface PutBackActions {
  /** Removals the user put back, in the order they did. */
  kept: Removal[];
  putBack(removal: Removal): void;
  removeAgain(removal: Removal): void;
}

type PageStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed' };

/**
 * Why a block went, in words, a line per rule: its name in the UI's language and what it saw
 * ("Sign-up form: email input + submit button"); a clutter rule's sentence as it is. The reason as
 * recorded, with the weights, stays in the tooltip.
 */
function ReasonText({ reason }: { reason: string }) {
  const parts = reasonParts(reason);
  if (!parts) return <span class="removal-reason">{reason}</span>;
  return (
    <span class="removal-reason" title={reason}>
      {parts.map((part, i) => {
        const key = `rule_${part.rule.replaceAll('-', '_')}`;
        return (
          <span class="reason-part" key={i}>
            {isMessageKey(key) ? (
              <>
                <span class="reason-rule">{t(key)}</span>
                {part.saw && `: ${part.saw}`}
              </>
            ) : (
              part.saw.charAt(0).toUpperCase() + part.saw.slice(1)
            )}
          </span>
        );
      })}
    </span>
  );
}

function RemovalItem({ removal, kept, onToggle }: { removal: Removal; kept: boolean; onToggle?: () => void }) {
  return (
    <li class={kept ? 'removal removal-kept' : 'removal'}>
      <span class={`removal-category category-${removal.category}`}>
        {t(`category_${removal.category}`)}
        {kept && <span class="removal-state"> · {t('putBackDone')}</span>}
      </span>
      <q class="removal-text">{removal.text}</q>
      <ReasonText reason={removal.reason} />
      {onToggle && (
        <button type="button" class="link-button" onClick={onToggle}>
          {kept ? t('removeAgain') : t('putBack')}
        </button>
      )}
    </li>
  );
}

/** "2 appeals hidden · 3 lines of clutter removed · 1 put back": appeals and clutter counted apart. */
function summaryText(removed: readonly Removal[], kept: number): string {
  const clutter = removed.filter((r) => r.category === 'clutter').length;
  const appeals = removed.length - clutter;
  const parts: string[] = [];
  if (appeals > 0) parts.push(appeals === 1 ? t('appealsHiddenOne') : t('appealsHiddenMany', appeals));
  if (clutter > 0) parts.push(clutter === 1 ? t('clutterRemovedOne') : t('clutterRemovedMany', clutter));
  if (kept > 0) parts.push(t('appealsPutBack', kept));
  return parts.join(' · ');
}

/**
 * "3 appeals hidden": a quiet line that expands to what was removed and why. Each removal can be put
 * back into the article; the same hiding can be applied to (or undone on) the live page.
 */
export function RemovedAppeals({
  removed,
  actions,
  putBack,
}: {
  removed: Removal[];
  actions?: PageActions;
  putBack?: PutBackActions;
}) {
  const [status, setStatus] = useState<PageStatus>({ kind: 'idle' });
  const kept = putBack?.kept ?? [];
  if (removed.length === 0 && kept.length === 0) return null;
  const categories = [...new Set(removed.map((r) => r.category))].filter((c): c is AppealCategory => c !== 'clutter');

  const run = (action: () => Promise<string>) => {
    setStatus({ kind: 'busy' });
    action().then(
      (text) => setStatus({ kind: 'done', text }),
      () => setStatus({ kind: 'failed' }),
    );
  };

  return (
    <details class="removed" lang={uiLanguage()} open={kept.length > 0 || undefined}>
      <summary>{summaryText(removed, kept.length)}</summary>
      <ul class="removed-list" aria-label={t('removedListLabel')}>
        {removed.map((removal, i) => (
          <RemovalItem key={`r${i}`} removal={removal} kept={false} onToggle={putBack && (() => putBack.putBack(removal))} />
        ))}
        {kept.map((removal, i) => (
          <RemovalItem key={`k${i}`} removal={removal} kept onToggle={putBack && (() => putBack.removeAgain(removal))} />
        ))}
      </ul>
      {actions && (
        <div class="removed-actions">
          <button
            type="button"
            class="button"
            disabled={status.kind === 'busy' || categories.length === 0}
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
