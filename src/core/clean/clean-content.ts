import { prepareContent } from './prepare-content.ts';
import { sanitizeInPlace } from './sanitize-html.ts';
import { dropEmptyGraphics, unwrapDeadLinks } from './tidy-content.ts';

export { defuseContent, prepareContent } from './prepare-content.ts';

export interface CleanContext {
  /** Page URL, the base for relative links. */
  baseUrl: string;
  /** A window that can run DOMPurify. */
  window: Window;
  /** Keep `file:` URLs (a page read from disk by the CLI). */
  fileUrls?: boolean;
}

/** An optional step fails alone: the article is still shown, just without that fix. */
function optional(step: () => unknown): void {
  try {
    step();
  } catch {
    // Deliberately ignored; see above.
  }
}

/**
 * The second half, where the article is shown: the sanitiser (which must succeed), then what it
 * left broken (dead links, empty SVGs).
 */
export function finishContent(root: Element, context: Omit<CleanContext, 'baseUrl'>): void {
  sanitizeInPlace(root, context.window, { fileUrls: context.fileUrls });
  // After the sanitiser: it is what leaves links without a target and SVGs without content.
  optional(() => unwrapDeadLinks(root));
  optional(() => dropEmptyGraphics(root));
}

/**
 * Cleans extracted article content in place: both halves in one place. Text repair happens in the
 * same walk that collects the text (extract/article-text.ts), to visit the tree once.
 */
export function cleanContent(root: Element, context: CleanContext): void {
  prepareContent(root, context);
  finishContent(root, context);
}
