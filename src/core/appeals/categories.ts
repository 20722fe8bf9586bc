/**
 * The categories of page furniture Lectern can remove, each defined once with the facts the code
 * keys on. Every list of categories (settings, phrase lists, rules, scoring) is derived from this
 * table. It imports nothing, so the views that list categories do not pull in phrase data.
 */
interface CategoryFacts {
  /** Removed unless the user turns it off: the settings' default, and the CLI's and benchmarks'. */
  readonly hidden: boolean;
  /**
   * Each language file gives its topic words besides its calls to action (`strong` / `weak`), and
   * its link paths; the other categories are a list of calls to action only.
   */
  readonly topics: boolean;
  /** A short call to action can ask for it: the short-ask rules (a line, a button, a box, a heading) look for it. */
  readonly ask: boolean;
  /** Amount / frequency choices add to its evidence (`adds`), and also decide a tie for it (`decides`). */
  readonly payment: 'none' | 'adds' | 'decides';
}

/** In this order: the options page lists them so, and a verdict takes the first of two equally supported. */
const CATEGORIES = {
  newsletter: { hidden: true, topics: true, ask: true, payment: 'adds' },
  donation: { hidden: true, topics: true, ask: true, payment: 'decides' },
  membership: { hidden: true, topics: true, ask: true, payment: 'adds' },
  app: { hidden: false, topics: false, ask: true, payment: 'none' },
  social: { hidden: false, topics: false, ask: true, payment: 'none' },
  comments: { hidden: false, topics: false, ask: false, payment: 'none' },
} as const satisfies Record<string, CategoryFacts>;

type Table = typeof CATEGORIES;
export type AppealCategory = keyof Table;
/** The categories whose fact `F` is `true`, as a type. */
type With<F extends keyof CategoryFacts> = { [C in AppealCategory]: Table[C][F] extends true ? C : never }[AppealCategory];
export type TopicCategory = With<'topics'>;
/** Categories a language gives as one list of calls to action. */
export type CallOnlyCategory = Exclude<AppealCategory, TopicCategory>;
export type AskCategory = With<'ask'>;

export const APPEAL_CATEGORIES = Object.keys(CATEGORIES) as readonly AppealCategory[];
export const categoryFacts = (category: AppealCategory): CategoryFacts => CATEGORIES[category];
const having = <C extends AppealCategory>(fact: (f: CategoryFacts) => boolean): readonly C[] =>
  APPEAL_CATEGORIES.filter((c) => fact(CATEGORIES[c])) as C[];

/** The categories removed when nothing else is asked for (and the settings' defaults). */
export const DEFAULT_HIDDEN_CATEGORIES: readonly AppealCategory[] = having((f) => f.hidden);
/** Categories the language files give topic words, link paths and class names for (see CategoryFacts). */
export const TOPIC_CATEGORIES: readonly TopicCategory[] = having<TopicCategory>((f) => f.topics);
export const CALL_ONLY_CATEGORIES: readonly CallOnlyCategory[] = having<CallOnlyCategory>((f) => !f.topics);
export const ASK_CATEGORIES: readonly AskCategory[] = having<AskCategory>((f) => f.ask);
