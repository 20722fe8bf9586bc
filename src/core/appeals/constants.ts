/** Combined evidence a block needs to count as an appeal. */
export const DEFAULT_APPEAL_THRESHOLD = 1.0;
/** With a single kind of evidence (only markup, only structure) the bar is higher; text alone never passes. */
export const DEFAULT_SINGLE_KIND_THRESHOLD = 1.5;
/** Evidence for the block's own category (not just "a dialog" or "remind me later") it must have. */
export const DEFAULT_MIN_CATEGORY_EVIDENCE = 0.4;
/** Text evidence is capped so that many phrases cannot replace markup or structure. */
export const DEFAULT_TEXT_EVIDENCE_CAP = 0.9;
/** First strong phrase in a line, each further distinct one, each weak topic word (at most two). */
export const DEFAULT_STRONG_PHRASE_WEIGHT = 0.5;
export const DEFAULT_EXTRA_PHRASE_WEIGHT = 0.15;
export const DEFAULT_WEAK_PHRASE_WEIGHT = 0.1;
/** Lines longer than this count for proportionally less: a phrase in a long paragraph is content. */
export const DEFAULT_CTA_LINE_CHARS = 200;
/** A line opening with a call to action ("Get …", "Sign up …") reads as an ask only this short. */
export const DEFAULT_CALL_LINE_CHARS = 160;
/** A price per period reads as an offer in a line this short, or in one opening with a call to action. */
export const DEFAULT_OFFER_LINE_CHARS = 60;
/** Longer lines are not searched for phrases: as plain prose they veto any block holding them anyway. */
export const DEFAULT_MAX_MATCHED_LINE_CHARS = 1000;
/** "Maybe later" counts only in a short line (a button or link), not in prose. */
export const DEFAULT_DISMISS_LINE_CHARS = 60;
/** Blocks with more text than this are never appeals. */
export const DEFAULT_MAX_BLOCK_CHARS = 3000;
/** Nor blocks holding more than this share of the root's text (the article, or most of it). */
export const DEFAULT_MAX_ROOT_SHARE = 0.75;
/** Below this much root text the share rule is not applied (a dialog on a near-empty page). */
export const DEFAULT_MIN_ROOT_CHARS_FOR_SHARE = 800;
/** Prose without appeal phrases a block may hold: a letter has some, an article section has much. */
export const DEFAULT_MAX_PLAIN_CHARS = 700;
/** Above DEFAULT_SHORT_BLOCK_CHARS, at most this share of the block may be such prose. */
export const DEFAULT_MAX_PLAIN_SHARE = 0.6;
export const DEFAULT_SHORT_BLOCK_CHARS = 400;
/**
 * A block whose markup and structure already say "appeal" this strongly (a donate box with amount
 * choices and its own class) may hold more prose: letters explain before they ask.
 */
export const DEFAULT_STRONG_NON_TEXT_EVIDENCE = 0.8;
export const DEFAULT_MAX_PLAIN_SHARE_WITH_MARKUP = 0.8;
/** A plain paragraph longer than this inside a block marks it as article text. */
export const DEFAULT_MAX_PLAIN_LINE_CHARS = 450;
/**
 * An enclosing block replaces the appeals inside it only if what it adds is this short, reads like
 * an appeal, or is a short blurb (not a list of links, not article paragraphs).
 */
export const DEFAULT_WRAPPER_SLACK_CHARS = 60;
export const DEFAULT_WRAPPER_MAX_BLURB_CHARS = 300;
/** Links and buttons a blurb may hold of its own: a logo and a close button, not an action bar or a menu. */
export const DEFAULT_WRAPPER_MAX_CONTROLS = 2;
export const DEFAULT_WRAPPER_MAX_LINK_SHARE = 0.5;
/** A block of at least this many links that is mostly link text is a menu, not an appeal. */
export const DEFAULT_MENU_MIN_LINKS = 4;
export const DEFAULT_MENU_LINK_SHARE = 0.6;
/** A sign-up box may carry this many links (privacy policy, archive, preview) and still not be a menu. */
export const DEFAULT_MENU_SIGNUP_MAX_LINKS = 6;
/** Share of a block's text in links above which it is only links (a row of them: score.ts). */
export const DEFAULT_ONLY_LINKS_SHARE = 0.9;
/** Labels at most this long are read as choices ("Monthly", "$5"). */
export const DEFAULT_MAX_CHOICE_LABEL_CHARS = 24;
/** Characters of a block's text kept in its Removal / AppealMatch. */
export const DEFAULT_EXCERPT_CHARS = 200;
/** A put-back appeal is recognised by this many characters at the start of its text. */
export const DEFAULT_KEEP_KEY_CHARS = 80;
/** An appeal grows to the box around it when the box adds at most this much text in all. */
export const DEFAULT_BOX_MAX_GROWTH_CHARS = 250;
/** …and its links are the ask's own button, at most this long ("Click here", "Get started"), or not most of what it adds. */
export const DEFAULT_BOX_BUTTON_MAX_CHARS = 30;
/** …and holds no line of plain prose longer than this. */
export const DEFAULT_BOX_MAX_PLAIN_LINE_CHARS = 160;
