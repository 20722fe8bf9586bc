import { absolutizeUrls } from './absolute-urls.ts';
import { fixLazyImages } from './lazy-images.ts';
import { prepareContent } from './prepare-content.ts';
import { sanitizeInPlace } from './sanitize-html.ts';
import { dropEmptyGraphics, unwrapDeadLinks } from './tidy-content.ts';
import { removeTrackingPixels } from './tracking-pixels.ts';

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
 * The second half, where the article is shown, on the article alone: lazy images, tracking pixels
 * and URLs (made absolute against the page's), then the sanitiser (which must succeed), then what
 * it left broken (dead links, empty SVGs).
 */
export function finishContent(root: Element, context: CleanContext): void {
  optional(() => fixLazyImages(root));
  optional(() => removeTrackingPixels(root));
  optional(() => absolutizeUrls(root, context.baseUrl));
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
  prepareContent(root);
  finishContent(root, context);
}
