/**
 * The cleanup rules' words, every language at once: a page's language is often missing or wrong, and
 * each list is matched against a whole block or its opening label, never a word inside prose.
 */
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import type { CleanupWords } from './types.ts';
import { uk } from './uk.ts';

export const LANGUAGES: Record<string, CleanupWords> = { en, de, fr, es, pt, it, nl, pl, ru, uk };

const merged = (key: keyof CleanupWords): Set<string> => new Set(Object.values(LANGUAGES).flatMap((words) => words[key]));

export const WORDS: Record<keyof CleanupWords, Set<string>> = {
  credit: merged('credit'),
  by: merged('by'),
  ui: merged('ui'),
  related: merged('related'),
  stamp: merged('stamp'),
  date: merged('date'),
  rights: merged('rights'),
  disclosure: merged('disclosure'),
  follow: merged('follow'),
  followName: merged('followName'),
  author: merged('author'),
};
