import type { AppealRule, ElementAttributes, Observation, RuleContext } from '../types.ts';
import { attributesOf, attrIn, identifierWords, memoize, observed, onlyClassOf } from './util.ts';

export const OVERLAY_DIALOG = 'overlay-dialog';
/** A dialog or fixed overlay makes an appeal more likely but says nothing about its category. */
export const DEFAULT_OVERLAY_WEIGHT = 0.2;

const OVERLAY_WORDS = new Set(['modal', 'popup', 'overlay', 'lightbox', 'interstitial', 'slidein', 'flyout', 'toast', 'drawer', 'sticky']);

const OVERLAY_HINT = new RegExp([...OVERLAY_WORDS].join('|'), 'i');

/** The overlay word a class and id name ("modal" in "newsletter-modal__inner"), or null. */
function overlayWord(names: string): string | null {
  if (!OVERLAY_HINT.test(names)) return null;
  return identifierWords(names).find((w) => OVERLAY_WORDS.has(w)) ?? null;
}
/** The same for an element with a class and no id, role, aria-modal or style, per class attribute. */
const CLASS_OVERLAY_WORD = memoize((cls) => overlayWord(`${cls} `));
const READ = new Set(['role', 'aria-modal', 'style', 'id']);
const isRead = (name: string) => READ.has(name);

function observe(el: Element, _context?: RuleContext, attributes: ElementAttributes = attributesOf(el), tag = el.tagName): Observation | null {
  const { names: attrs, cls } = attributes;
  // Most elements carry no attribute: only the tag can tell.
  if (attrs.length === 0) return tag === 'DIALOG' ? { rule: OVERLAY_DIALOG, key: 'dialog', saw: 'dialog' } : null;
  if (tag !== 'DIALOG' && onlyClassOf(attrs, isRead)) {
    const word = CLASS_OVERLAY_WORD(cls);
    return word ? { rule: OVERLAY_DIALOG, key: 'class', saw: word } : null;
  }
  const role = attrIn(el, attrs, 'role');
  if (tag === 'DIALOG' || role === 'dialog' || role === 'alertdialog' || attrIn(el, attrs, 'aria-modal') === 'true') {
    return { rule: OVERLAY_DIALOG, key: 'dialog', saw: role || tag.toLowerCase() };
  }
  const style = attrIn(el, attrs, 'style');
  if (style && /position\s*:\s*(fixed|sticky)/i.test(style)) return { rule: OVERLAY_DIALOG, key: 'fixed', saw: 'position fixed' };
  const word = overlayWord(`${cls} ${attrIn(el, attrs, 'id')}`);
  return word ? { rule: OVERLAY_DIALOG, key: 'class', saw: word } : null;
}

/** Whether the element itself is a dialog or overlay (not merely holds one). */
export const isOverlay = (el: Element): boolean => observe(el) !== null;

export const overlayDialog: AppealRule = {
  name: OVERLAY_DIALOG,
  startsFrom: 'observations',
  observe,
  score(block) {
    const seen = observed(block, OVERLAY_DIALOG);
    if (seen.length === 0) return null;
    return { rule: OVERLAY_DIALOG, kind: 'structure', target: 'any', weight: DEFAULT_OVERLAY_WEIGHT, saw: seen[0]!.saw ?? '' };
  },
};
