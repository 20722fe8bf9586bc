import { labelKey } from '../text.ts';
import { blockRule, type CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

/** Slideshow counters: "Image 1 of 23", "1 of 6", "Image 1 of / 23" (never a bare "3/12": a score, a date). */
const COUNTER =
  /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|фото)\s+\d{1,3}\s*(?:of|von|de|sur|di|van|z|из|з|\/)\s*(?:\/\s*)?\d{1,3}|\d{1,3}\s+(?:of|von|de|sur|di|van|z|из|з)\s+\d{1,3})$/i;

/** Why the block is nothing but a control or placeholder of the page, or null. */
export function uiLabelReason(text: string): string | null {
  if (text.length > 60) return null;
  const key = labelKey(text);
  if (WORDS.ui.has(key)) return `"${key}"`;
  if (COUNTER.test(key)) return 'a slideshow counter';
  return null;
}

/**
 * Blocks that are only a control or placeholder the page shows around a story: "Advertisement",
 * "Continue reading below", "Enlarge image", "Caption", "Image 1 of 23". Whole-block matches only,
 * never a heading (a section may be called "Share" or "Print").
 */
export const uiLabel: CleanupRule = blockRule('ui-label', (block) => {
  if (block.heading) return null;
  const why = uiLabelReason(block.text);
  return why && `a page control or placeholder on its own line (${why})`;
});
