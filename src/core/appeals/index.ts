/**
 * Appeal detection: newsletter sign-ups, donation and membership asks. Pure functions over a DOM;
 * callers decide whether to remove (pipeline, on a clone) or mark (live page, non-destructively).
 */
import type { AppealCategory, Removal } from '../article.ts';

export interface AppealOptions {
  /** Categories to look for; an empty list finds nothing. */
  categories: readonly AppealCategory[];
}

/** A block judged to be an appeal, with the evidence behind the verdict. */
export interface AppealMatch {
  element: Element;
  category: AppealCategory;
  /** Rule names and what each saw, e.g. "email-signup-form: email input + submit button". */
  reason: string;
  /** Combined evidence score (passed the threshold). */
  score: number;
  /** First ~200 characters of the block's text. */
  text: string;
}

/** Finds appeal blocks below `root` without changing anything. Outermost matches only. */
export function findAppeals(_root: Document | Element, _options: AppealOptions): AppealMatch[] {
  return [];
}

/** Removes the appeals found below `root` (call it on a clone) and reports each removal. */
export function removeAppeals(root: Document | Element, options: AppealOptions): Removal[] {
  return findAppeals(root, options).map(({ element, category, reason, text }) => {
    element.remove();
    return { category, reason, text };
  });
}
