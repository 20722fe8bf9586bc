import { textLength } from './util.ts';

/** A fact about one element that rules ask for; it may ask `facts` for others (its parent's, its siblings'). */
export type Fact<T> = (el: Element, facts: ElementFacts) => T;

/**
 * Facts about elements, remembered for one search (findAppeals makes one and hands it to every
 * rule's score): the DOM does not change while it runs, and nested blocks ask the same of the same
 * elements (the login box around them, the prose beside them, their text's length).
 * A rule scored without one (a test of a single rule) gets a fresh one, remembering nothing.
 */
export class ElementFacts {
  private readonly known = new Map<Fact<unknown>, Map<Element, unknown>>();
  /** Text lengths: exact when ≥ 0; -1 - n when only known to be above n. */
  private readonly lengths = new Map<Element, number>();

  /** `fact(el)`, computed once per element. */
  of<T>(fact: Fact<T>, el: Element): T {
    let answers = this.known.get(fact as Fact<unknown>);
    if (!answers) {
      answers = new Map();
      this.known.set(fact as Fact<unknown>, answers);
    }
    const known = answers.get(el);
    if (known !== undefined || answers.has(el)) return known as T;
    const answer = fact(el, this);
    answers.set(el, answer);
    return answer;
  }

  /** util.ts `textLength(el, cap)`: a result above `cap` means "longer than cap". */
  textLength(el: Element, cap = Number.POSITIVE_INFINITY): number {
    const known = this.lengths.get(el);
    if (known !== undefined) {
      if (known >= 0) return known > cap ? cap + 1 : known;
      if (cap <= -1 - known) return cap + 1;
    }
    const length = textLength(el, cap);
    this.lengths.set(el, length > cap ? -1 - cap : length);
    return length;
  }
}
