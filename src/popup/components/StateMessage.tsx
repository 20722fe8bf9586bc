import type { NoArticleReason } from '../../core/article.ts';
import { RESTRICTED_MESSAGE_KEYS, type RestrictedReason } from '../../shared/restricted-url.ts';
import { type MessageKey, t } from '../../shared/i18n.ts';
import type { ViewState } from '../view-state.ts';
import { StatusMessage } from './StatusMessage.tsx';

const NO_ARTICLE_BODY: Record<NoArticleReason, MessageKey> = {
  'no-article': 'noArticleBody',
  'not-html': 'notHtmlBody',
  frameset: 'framesetBody',
  empty: 'emptyBody',
  'too-large': 'tooLargeBody',
  restricted: 'restrictedOther',
};

/** Each reason restricted-url.ts gives, as a message key (a reason without one does not compile). */
const restrictedKey = (reason: RestrictedReason): MessageKey => RESTRICTED_MESSAGE_KEYS[reason];

export interface StateActions {
  onTryNow(): void;
  onReload(tabId: number): void;
  onShowText(tabId: number): void;
}

type MessageState = Exclude<ViewState, { kind: 'loading' } | { kind: 'article' } | { kind: 'page-text' }>;

/** Explains each state that is not an article, with what the user can do about it. */
export function StateMessage({ state, onTryNow, onReload, onShowText }: { state: MessageState } & StateActions) {
  switch (state.kind) {
    case 'restricted':
      return (
        <StatusMessage title={t('restrictedTitle')}>
          <p>{t(restrictedKey(state.reason))}</p>
        </StatusMessage>
      );
    case 'no-article':
      return (
        <StatusMessage
          title={t('noArticleTitle')}
          actions={
            <button type="button" class="button primary" onClick={() => onShowText(state.tabId)}>
              {t('showTextAnyway')}
            </button>
          }
        >
          <p>{t(NO_ARTICLE_BODY[state.reason])}</p>
          <p class="hint">{t('selectTextHint')}</p>
        </StatusMessage>
      );
    case 'page-loading':
      return (
        <StatusMessage
          title={t('stillLoadingTitle')}
          busy
          actions={
            <button type="button" class="button" onClick={onTryNow}>
              {t('tryNow')}
            </button>
          }
        >
          <p>
            <span class="spinner-ring inline" aria-hidden="true" /> {t('stillLoadingBody')}
          </p>
        </StatusMessage>
      );
    case 'unreachable':
      return (
        <StatusMessage
          title={t('unreachableTitle')}
          actions={
            <button type="button" class="button primary" onClick={() => onReload(state.tabId)}>
              {t('reloadPage')}
            </button>
          }
        >
          <p>{t('unreachableBody')}</p>
        </StatusMessage>
      );
    case 'no-tab':
      return (
        <StatusMessage title={t('noTabTitle')}>
          <p>{t('noTabBody')}</p>
        </StatusMessage>
      );
  }
}
