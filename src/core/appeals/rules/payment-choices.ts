import { DEFAULT_MAX_CHOICE_LABEL_CHARS } from '../constants.ts';
import { AMOUNT, frequencyOf, keptLength, normalizeText } from '../text.ts';
import type { AppealRule, ElementAttributes, Observation, RuleContext } from '../types.ts';
import { attr, memoize, observed } from './util.ts';

export const PAYMENT_CHOICES = 'payment-choices';
/** Two frequencies (Once / Monthly / Annual) or three amounts offered as controls. */
export const DEFAULT_PAYMENT_CONTROLS_WEIGHT = 0.6;
/** The same offered as plain labels (buttons already stripped by the extractor). */
export const DEFAULT_PAYMENT_LABELS_WEIGHT = 0.4;
export const DEFAULT_MIN_AMOUNTS = 3;

const CONTROL_TAGS = new Set(['BUTTON', 'INPUT', 'OPTION', 'LABEL', 'A']);
const CONTROL_ROLES = new Set(['button', 'radio', 'tab', 'option', 'checkbox', 'switch']);

/** The label of an element (its tagName `tag`) that has no element children (or is a form control). */
function labelOf(el: Element, tag: string): string | null {
  if (tag === 'INPUT') {
    const type = attr(el, 'type').toLowerCase();
    if (type !== 'radio' && type !== 'button' && type !== 'submit') return null;
    return attr(el, 'aria-label') || attr(el, 'value');
  }
  if (tag !== 'BUTTON' && tag !== 'LABEL' && el.firstElementChild) return null;
  const first = el.firstChild;
  // No children: no text, no label.
  if (!first) return null;
  // Cheap path for the common leaf: one text node.
  const text = first && !first.nextSibling && first.nodeType === 3 ? (first as Text).data : (el.textContent ?? '');
  return text.length <= DEFAULT_MAX_CHOICE_LABEL_CHARS * 2 ? text : null;
}

/** What a label offers: a payment frequency, an amount, or nothing. Remembered per label (labels repeat on a page). */
const choiceOf = memoize((raw): 'once' | 'monthly' | 'annual' | 'amount' | null => {
  // A label whose normalised form would be too long for a choice is not normalised at all.
  if (keptLength(raw) > DEFAULT_MAX_CHOICE_LABEL_CHARS || !/[\p{L}\d]/u.test(raw)) return null;
  const label = normalizeText(raw);
  if (!label || label.length > DEFAULT_MAX_CHOICE_LABEL_CHARS) return null;
  return frequencyOf(label) ?? (AMOUNT.test(label) ? 'amount' : null);
});

function observe(el: Element, context: RuleContext, _attributes?: ElementAttributes, tag = el.tagName): Observation | null {
  if (context.inTable) return null;
  const raw = labelOf(el, tag);
  if (!raw) return null;
  const key = choiceOf(raw);
  if (!key) return null;
  const control = CONTROL_TAGS.has(tag) || CONTROL_ROLES.has(attr(el, 'role'));
  return { rule: PAYMENT_CHOICES, key, weight: control ? 1 : 0, saw: raw.trim() };
}

export const paymentChoices: AppealRule = {
  name: PAYMENT_CHOICES,
  startsFrom: 'observations',
  observe,
  score(block) {
    const seen = observed(block, PAYMENT_CHOICES);
    if (seen.length < 2) return null;
    const frequencies = new Set(seen.filter((s) => s.key !== 'amount').map((s) => s.key));
    const amounts = new Set(seen.filter((s) => s.key === 'amount').map((s) => s.saw));
    if (frequencies.size < 2 && amounts.size < DEFAULT_MIN_AMOUNTS) return null;
    const controls = seen.filter((s) => s.weight === 1).length >= 2;
    const labels = [...new Set(seen.map((s) => s.saw))].slice(0, 5).join(' / ');
    return {
      rule: PAYMENT_CHOICES,
      kind: 'structure',
      target: 'payment',
      weight: controls ? DEFAULT_PAYMENT_CONTROLS_WEIGHT : DEFAULT_PAYMENT_LABELS_WEIGHT,
      saw: `${controls ? 'choices' : 'labels'} ${labels}`,
    };
  },
};
