import { ASK_CATEGORIES, type AppealCategory } from '../categories.ts';
import type { AppealRule, Block } from '../types.ts';
import { addLine, emptyTextStats } from '../walk.ts';
import { isLinkList, MENU_ITEM, surroundings } from './ask-button.ts';
import { asksOnly, isOneLine, isParagraph, ownBox } from './standalone-ask.ts';
import { ElementFacts } from './element-facts.ts';
import { inAccountBox, squashedText } from './util.ts';

export const ASK_BOX = 'ask-box';
/** Position evidence: a small box of its own, away from the article's prose, that only asks. */
export const DEFAULT_ASK_BOX_WEIGHT = 0.5;
/** Such a box is short: a heading and a line or two. */
export const DEFAULT_ASK_BOX_TEXT_MAX_CHARS = 300;
/** At most this share of its text may be lines that carry no ask (a name, a label). */
export const DEFAULT_ASK_BOX_MAX_PLAIN_SHARE = 0.3;

/** A box of a blurb and one call to action ("Original reporting… every morning" + "Sign up for our email"). */
export const DEFAULT_BLURB_BOX_MAX_CHARS = 160;
/** There the blurb may be most of the text: the call is the box's only link or button. */
export const DEFAULT_BLURB_BOX_MAX_PLAIN_SHARE = 0.85;

/** A paragraph is at most this long: a longer sibling is a container of many, not a line. */
const MAX_LINE_CHARS = 2000;

/** A line of prose: a paragraph's worth of text, mostly not links, in one block. */
function isProseLine(el: Element, facts: ElementFacts): boolean {
  if (!isParagraph(el, facts)) return false;
  return facts.textLength(el, MAX_LINE_CHARS) <= MAX_LINE_CHARS && isOneLine(el, facts);
}

/** Whether the box stands among lines of prose (paragraphs of an article, not a container holding one). */
export function amongProse(el: Element, len: number, facts: ElementFacts): boolean {
  const box = ownBox(el, len, facts);
  const siblings = box.parentElement ? [...box.parentElement.children] : [];
  return siblings.some((s) => s !== box && isProseLine(s, facts));
}

/** A comment, contact or login form around it: its notes ("your e-mail will not be published") are no ask. */
const inMessageForm = (el: Element): boolean => el.closest('form')?.querySelector('textarea, input[type="password"]') != null;

/** The box's one link or button, when it is the only one and its own words ask ("Sign up for our email"). */
function asksThroughAction(el: Element): boolean {
  const actions = el.querySelectorAll('a[href], button');
  if (actions.length !== 1) return false;
  const stats = emptyTextStats();
  addLine(squashedText(actions[0]!), stats);
  return ASK_CATEGORIES.some((c) => stats.strong[c].length > 0);
}

/** The category of a box that only asks, or of a tiny box of a blurb and one call to action. */
function boxAsk(block: Block): { category: AppealCategory; saw: string } | null {
  const category = asksOnly(block, DEFAULT_ASK_BOX_TEXT_MAX_CHARS, DEFAULT_ASK_BOX_MAX_PLAIN_SHARE);
  if (category) return { category, saw: 'a short box of its own that only asks, away from the article text' };
  if (block.len > DEFAULT_BLURB_BOX_MAX_CHARS) return null;
  const withBlurb = asksOnly(block, DEFAULT_BLURB_BOX_MAX_CHARS, DEFAULT_BLURB_BOX_MAX_PLAIN_SHARE);
  if (!withBlurb || !asksThroughAction(block.element)) return null;
  return { category: withBlurb, saw: 'a tiny box of a blurb and one call to action, away from the article text' };
}

/**
 * A small block whose every line reads as an ask ("Sign up for our newsletter", "The biggest stories
 * of the day delivered to your inbox. By signing up you agree…") and that stands apart from the
 * article's prose: no paragraph of prose beside it (a sidebar module, a footer box, a sign-up panel
 * whose form the page draws later). Among the article's paragraphs the same line is judged by
 * standalone-ask, which wants a link, button or emphasis as well.
 */
export const askBox: AppealRule = {
  name: ASK_BOX,
  startsFrom: 'phrases',
  score(block, facts = new ElementFacts()) {
    const ask = boxAsk(block);
    if (!ask) return null;
    const { len, element: el } = block;
    if (inAccountBox(el, facts)) return null;
    if (amongProse(el, facts.textLength(el), facts) || inMessageForm(el) || el.closest(MENU_ITEM)) return null;
    // A link among many links is an item of a menu or of a footer's list, whatever it says.
    const around = block.linkChars >= len / 2 ? surroundings(el, len, facts) : null;
    if (around && isLinkList(around, facts)) return null;
    return {
      rule: ASK_BOX,
      kind: 'structure',
      target: ask.category,
      weight: DEFAULT_ASK_BOX_WEIGHT,
      saw: ask.saw,
    };
  },
};
