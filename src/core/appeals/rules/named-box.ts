import { ASK_CATEGORIES, type AskCategory, type TopicCategory } from '../categories.ts';
import { DEFAULT_STRONG_TOKEN_WEIGHT, CLASS_TOKENS, holdsAccountMarkup } from './class-tokens.ts';
import type { AppealRule, Observation } from '../types.ts';
import { normalizeText, offersAccount } from '../text.ts';
import { amongProse } from './ask-box.ts';
import { ElementFacts } from './element-facts.ts';
import { inAccountBox, namesAccount, observed } from './util.ts';

export const NAMED_BOX = 'named-box';
/** Shape evidence: a compact box (a heading, a blurb, a button) that its own markup names. */
export const DEFAULT_NAMED_BOX_WEIGHT = 0.5;
/** Such a box holds more than a label ("Email address", "First name")… */
export const DEFAULT_NAMED_BOX_MIN_CHARS = 20;
/** …and is short… */
export const DEFAULT_NAMED_BOX_MAX_CHARS = 300;
/** …holds no line of prose longer than a blurb… */
export const DEFAULT_NAMED_BOX_MAX_PLAIN_LINE = 160;
/** …and few links (a list of stories or a menu is not a box that asks). */
export const DEFAULT_NAMED_BOX_MAX_LINKS = 2;

/**
 * A compact box whose class or id names an ask ("NewsletterSubscribeForm…", "inline-newsletter__…",
 * "donate-box") and whose text is only a heading and a blurb ("Catch up every Saturday with our best
 * reviews"): the sign-up panel of a page that draws its form later. The name says what the box is;
 * the shape says it is a panel, not a section of the article, a list or a page region.
 */
/** A sign-in or account control inside the box ("SignInSignUp", "login-link"): the reader's account area. */
function hasAccountPart(el: Element, facts: ElementFacts): boolean {
  // Each part's answer is remembered: nested boxes hold the same parts.
  for (const part of el.querySelectorAll('[class], [id]')) if (facts.of(namesAccount, part)) return true;
  return false;
}

export const namedBox: AppealRule = {
  name: NAMED_BOX,
  startsFrom: 'observations',
  score(block, facts = new ElementFacts()) {
    const { len } = block;
    if (len < DEFAULT_NAMED_BOX_MIN_CHARS || len > DEFAULT_NAMED_BOX_MAX_CHARS || block.holdsArticle || block.holdsNav) return null;
    if (block.links > DEFAULT_NAMED_BOX_MAX_LINKS || block.text.longestPlainLine > DEFAULT_NAMED_BOX_MAX_PLAIN_LINE) return null;
    const tokens = observed(block, CLASS_TOKENS);
    const named = (o: Observation) => (o.weight ?? 0) >= DEFAULT_STRONG_TOKEN_WEIGHT && ASK_CATEGORIES.includes(o.target as never);
    const strongest = tokens.find(named);
    if (!strongest) return null;
    // Account markup in it or around it makes it a login box (checked last: these look around the block).
    const el = block.element;
    if (holdsAccountMarkup(block) || offersAccount(normalizeText(el.textContent ?? ''))) return null;
    if (hasAccountPart(el, facts) || inAccountBox(el, facts)) return null;
    // Among the article's paragraphs a class may name the text's state ("paywall" on the hidden part),
    // not a box: there the box's own words must name the same ask ("Newsletter for Hamburg").
    const target = strongest.target as AskCategory;
    const saysSo = block.text.strong[target].length > 0 || (target in block.text.weak && block.text.weak[target as TopicCategory].length > 0);
    if (!saysSo && amongProse(el, facts.textLength(el), facts)) return null;
    return {
      rule: NAMED_BOX,
      kind: 'structure',
      target,
      weight: DEFAULT_NAMED_BOX_WEIGHT,
      saw: `a compact box named "${strongest.saw}": a heading and a blurb`,
    };
  },
};
