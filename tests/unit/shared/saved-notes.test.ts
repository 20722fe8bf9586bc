import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { DEFAULT_NOTES } from '../../../src/core/serialize/embed-images.ts';
import { savedFileNotes } from '../../../src/shared/saved-notes.ts';

const NOTE_KEYS = ['noteTooLarge', 'noteTotalReached', 'noteUnreadable', 'noteNotAnImage', 'noteDeclined', 'noteVideo', 'noteAudio'] as const;

describe('the notes written into saved files', () => {
  it('come from _locales; the English ones are the core defaults, with $1 left for the limit', () => {
    expect(savedFileNotes()).toEqual(DEFAULT_NOTES);
  });

  it('exist in every language, naming the limit where English does', () => {
    for (const key of NOTE_KEYS) {
      const english = (en as Record<string, { message: string }>)[key]!.message;
      const german = (de as Record<string, { message: string }>)[key]?.message ?? '';
      expect(german, key).not.toBe('');
      expect(german.includes('$SIZE$'), key).toBe(english.includes('$SIZE$'));
      expect(german.endsWith(':'), key).toBe(true);
    }
  });
});
