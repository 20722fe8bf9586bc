import type { AppealRule, Observation } from '../types.ts';
import { attr, identifierWords, observed } from './util.ts';

export const OVERLAY_DIALOG = 'overlay-dialog';
/** A dialog or fixed overlay makes an appeal more likely but says nothing about its category. */
export const DEFAULT_OVERLAY_WEIGHT = 0.2;

const OVERLAY_WORDS = new Set(['modal', 'popup', 'overlay', 'lightbox', 'interstitial', 'slidein', 'flyout', 'toast', 'drawer', 'sticky']);

const OVERLAY_HINT = new RegExp([...OVERLAY_WORDS].join('|'), 'i');

function observe(el: Element): Observation | null {
  // Most elements carry no attribute: only the tag can tell.
  if (!el.hasAttributes()) return el.tagName === 'DIALOG' ? { rule: OVERLAY_DIALOG, key: 'dialog', saw: 'dialog' } : null;
  const role = attr(el, 'role');
  if (el.tagName === 'DIALOG' || role === 'dialog' || role === 'alertdialog' || attr(el, 'aria-modal') === 'true') {
    return { rule: OVERLAY_DIALOG, key: 'dialog', saw: role || el.tagName.toLowerCase() };
  }
  const style = attr(el, 'style');
  if (style && /position\s*:\s*(fixed|sticky)/i.test(style)) return { rule: OVERLAY_DIALOG, key: 'fixed', saw: 'position fixed' };
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`;
  if (!OVERLAY_HINT.test(names)) return null;
  const word = identifierWords(names).find((w) => OVERLAY_WORDS.has(w));
  return word ? { rule: OVERLAY_DIALOG, key: 'class', saw: word } : null;
}

export const overlayDialog: AppealRule = {
  name: OVERLAY_DIALOG,
  observe,
  score(block) {
    const seen = observed(block, OVERLAY_DIALOG);
    if (seen.length === 0) return null;
    return { rule: OVERLAY_DIALOG, kind: 'structure', target: 'any', weight: DEFAULT_OVERLAY_WEIGHT, saw: seen[0]!.saw ?? '' };
  },
};
