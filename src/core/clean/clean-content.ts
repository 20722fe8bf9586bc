import { absolutizeUrls } from './absolute-urls.ts';
import { fixLazyImages } from './lazy-images.ts';
import { sanitizeInPlace } from './sanitize-html.ts';
import { dropEmptyGraphics, unwrapDeadLinks } from './tidy-content.ts';
import { removeTrackingPixels } from './tracking-pixels.ts';
import { videoEmbedsToLinks } from './video-embeds.ts';

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
 * Cleans extracted article content in place: images and video first (they rewrite markup), then
 * URLs, then the sanitiser (which must succeed), then what it left broken (dead links, empty SVGs). Text repair happens in the same walk that collects
 * the text (extract/article-text.ts), to visit the tree once.
 */
export function cleanContent(root: Element, context: CleanContext): void {
  optional(() => fixLazyImages(root));
  optional(() => videoEmbedsToLinks(root));
  optional(() => removeTrackingPixels(root));
  optional(() => absolutizeUrls(root, context.baseUrl));
  sanitizeInPlace(root, context.window, { fileUrls: context.fileUrls });
  // After the sanitiser: it is what leaves links without a target and SVGs without content.
  optional(() => unwrapDeadLinks(root));
  optional(() => dropEmptyGraphics(root));
}
