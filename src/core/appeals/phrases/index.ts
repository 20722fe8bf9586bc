import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import type { LanguagePhrases } from './types.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export type { CategoryPhrases, LanguageMarkup, LanguagePhrases } from './types.ts';

/**
 * One alternation of every language's entries of a markup list, e.g. markupPattern((m) =>
 * m.linkPaths?.donation) → "donate(?:-[\w-]+)?|donations?|…|spenden|…": languages are data, rules
 * only say how the entries are matched.
 */
export function markupPattern(pick: (m: NonNullable<LanguagePhrases['markup']>) => readonly string[] | undefined): string {
  return Object.values(PHRASES)
    .flatMap((l) => pick(l.markup) ?? [])
    .join('|');
}

/** Every language's phrases; all are applied to every page (pages mix languages, `lang` lies). */
export const PHRASES: Readonly<Record<string, LanguagePhrases>> = { en, de, fr, es, it, pt, nl, pl, ru, uk, ja, zh, id };
