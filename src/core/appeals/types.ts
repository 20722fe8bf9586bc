import type { AppealCategory, TopicCategory } from './categories.ts';
import type { ElementFacts } from './rules/element-facts.ts';

/** What kind of evidence a rule contributes; a verdict needs two kinds unless one is overwhelming. */
export type EvidenceKind = 'structure' | 'markup' | 'text';

/**
 * Which category evidence points to. `any` strengthens whatever category the block has (a dialog,
 * "remind me later"); `payment` (amount / frequency choices) the categories whose facts say so.
 */
export type EvidenceTarget = AppealCategory | 'any' | 'payment';

export interface Evidence {
  rule: string;
  kind: EvidenceKind;
  target: EvidenceTarget;
  weight: number;
  /** What the rule saw, for the reason string. */
  saw: string;
}

/** Form controls other stages ask about (the menu veto, growing a box): declared, not a rule's private key. */
export type FormControl = 'email-field' | 'message-box' | 'password';

/** Something a rule noticed on one element; pooled into every enclosing block. */
export interface Observation {
  rule: string;
  /** Rule-defined label, e.g. "email-input", "monthly", "mc4wp". */
  key: string;
  /** The element is this form control. */
  control?: FormControl;
  target?: EvidenceTarget;
  weight?: number;
  saw?: string;
}

/** Text statistics of a block, built from its lines (the text of each block-level element). */
export interface TextStats {
  /** Phrase evidence per category, each line's share scaled down when the line is long. */
  score: Record<AppealCategory, number>;
  /** Distinct strong phrases seen, per category (capped). */
  strong: Record<AppealCategory, string[]>;
  weak: Record<TopicCategory, string[]>;
  dismiss: string[];
  /** Characters in lines that carry an appeal phrase. */
  hitChars: number;
  /** Characters in lines with no appeal phrase: ordinary prose. */
  plainChars: number;
  /** Longest line without any appeal phrase. */
  longestPlainLine: number;
}

/** A subtree summarised for scoring. */
export interface Block {
  element: Element;
  /** Characters of text (whitespace collapsed). */
  len: number;
  text: TextStats;
  observations: Observation[];
  /** Characters of link text, and number of links. */
  linkChars: number;
  links: number;
  /** Contains an h1 or a marked article body: never an appeal. */
  holdsArticle: boolean;
  /** Contains site navigation (nav, role=navigation): a page region, not an appeal box. */
  holdsNav: boolean;
}

export interface RuleContext {
  /** Inside a table cell: frequency / amount labels there are data, not choices. */
  inTable: boolean;
}

/**
 * An element's attribute names and class, read once by the walk and handed to every rule: most
 * elements have no attribute or only a class, and several rules look at both.
 */
export interface ElementAttributes {
  /** `getAttributeNames()`; empty when the element has none. */
  names: readonly string[];
  /** The class attribute, or "". */
  cls: string;
}

export interface AppealRule {
  name: string;
  /**
   * What the rule's evidence starts from: its observations, or phrases counted in the block's text.
   * A rule that declares it finds nothing in a block with neither; when every rule declares it, the
   * search skips judging such blocks (most of a page). A rule without it is asked about every block.
   */
  startsFrom?: 'observations' | 'phrases';
  /**
   * Looks at one element (not its subtree); `attributes` and `tag` (its tagName) are the element's,
   * when the caller read them: the walk reads both once for every rule.
   */
  observe?(element: Element, context: RuleContext, attributes?: ElementAttributes, tag?: string): Observation | Observation[] | null;
  /**
   * Turns a block's pooled observations and text into evidence; `facts` remembers what rules found
   * out about elements during one search (a fresh one when not given).
   */
  score(block: Block, facts?: ElementFacts): Evidence | Evidence[] | null;
}
