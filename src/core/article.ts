import type { AppealCategory } from './appeals/categories.ts';

/** Categories of page furniture Lectern can remove, defined in appeals/categories.ts. */
export { APPEAL_CATEGORIES, type AppealCategory, DEFAULT_HIDDEN_CATEGORIES } from './appeals/categories.ts';
/**
 * What a removal was: an appeal, or `clutter` the cleanup stage took out of the extracted article
 * (chrome before the story, related links, credits, stamps; see core/cleanup). Clutter is removed
 * whenever hiding is on, and is listed and undoable like appeals.
 */
export type RemovalCategory = AppealCategory | 'clutter';

/** One block taken out of the article, with the evidence, so the UI can list and undo it. */
export interface Removal {
  category: RemovalCategory;
  /** Which rules fired and why, e.g. "email-signup-form: email input + submit in a 240-char box". */
  reason: string;
  /** The first ~200 characters of the removed text. */
  text: string;
}

/** The one shape every context shares: what the reading view renders and what is saved. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** ISO 8601 when it could be parsed, else null. */
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitised HTML: safe to put in the DOM or a saved file. */
  contentHtml: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
  url: string;
  removed: Removal[];
}

/** Why there is no article; the UI turns each into a message. */
export type NoArticleReason = 'no-article' | 'not-html' | 'frameset' | 'empty' | 'too-large' | 'restricted';

export type ReadResult = { ok: true; article: Article } | { ok: false; reason: NoArticleReason; message: string };
