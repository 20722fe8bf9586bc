import type { SavedFileNotes } from '../core/serialize/embed-images.ts';
import { t } from './i18n.ts';

/**
 * The notes a saved copy carries where something was left out, in the UI's language. `$1` stays
 * for the size limit, which the serialiser fills in.
 */
export function savedFileNotes(): SavedFileNotes {
  return {
    'too-large': t('noteTooLarge', '$1'),
    'total-reached': t('noteTotalReached', '$1'),
    unreadable: t('noteUnreadable'),
    'not-an-image': t('noteNotAnImage'),
    declined: t('noteDeclined'),
    video: t('noteVideo'),
    audio: t('noteAudio'),
  };
}
