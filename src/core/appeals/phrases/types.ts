import type { AppealCategory, CallOnlyCategory, TopicCategory } from '../categories.ts';

/**
 * Phrase lists are data, one file per language. Syntax of a phrase (matched case-insensitively on
 * text whose hyphens and apostrophes are normalised to spaces and "'"):
 * - words separated by spaces match words separated by any whitespace;
 * - a word ending in `~` matches any word starting with it (inflected languages: `подпиш~`); as the
 *   first word of a phrase it is three characters or more;
 * - a lone `*` matches up to three intervening words ("sign up for * newsletter").
 */
export interface CategoryPhrases {
  /** Calls to action that are appeals in themselves ("subscribe to our newsletter"). */
  strong: readonly string[];
  /** Topic words that only support other evidence ("newsletter", "donate"). */
  weak: readonly string[];
}

/**
 * How a language shows up in markup, per category. Entries are regular-expression sources,
 * lower case, matched case-insensitively.
 */
export interface LanguageMarkup {
  /** Fragments of class / id names, matched inside the name with separators removed ("spendenbox"). */
  classTokens?: Partial<Record<AppealCategory, readonly string[]>>;
  /** Whole words of class / id names that only hint at a category ("abo", "socio"). */
  classWords?: Partial<Record<AppealCategory, readonly string[]>>;
  /** Path segments of the publisher's sign-up, giving and joining pages ("spenden", "abonnement"). */
  linkPaths?: Partial<Record<TopicCategory, readonly string[]>>;
  /**
   * First labels of hosts of their own for those pages ("donate.", "subscriptions."); not "support."
   * or "members.": those hosts are help centres and log-in portals.
   */
  linkHosts?: Partial<Record<TopicCategory, readonly string[]>>;
  /** Words naming an email field in labels and placeholders ("courriel"). */
  emailWords?: readonly string[];
  /** Verbs opening a payment choice label ("Give monthly", "Spende einmalig"). */
  payVerbs?: readonly string[];
}

/** A language's words: calls and topic words of each topic category, calls of the others (categories.ts). */
export type LanguagePhrases = { readonly [C in TopicCategory]: CategoryPhrases } & {
  readonly [C in CallOnlyCategory]?: readonly string[];
} & LanguageWords;

interface LanguageWords {
  /** Links to the reader's account ("Log in", "Se connecter"): a line offering one is the account area. */
  account: readonly string[];
  /** Class names, link paths and form words of the language. */
  markup: LanguageMarkup;
  /**
   * Words a call to action opens with ("sign up", "get", "support"): a short sentence opening with
   * one and naming a category's topic word ("Get Data Sheet, our technology newsletter") is an ask.
   */
  calls: readonly string[];
  /** Ways to put an appeal off: "remind me later", "maybe later", "no thanks". */
  dismiss: readonly string[];
  /** Payment frequency choices, matched against a whole short label ("Monthly"). */
  frequency: { once: readonly string[]; monthly: readonly string[]; annual: readonly string[] };
}
