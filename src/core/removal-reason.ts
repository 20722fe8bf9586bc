/**
 * A removal's reason read back into its parts, so a view can say in words which rule saw what.
 * Appeals carry the verdict's description (appeals/score.ts `describe`: "category score: rule
 * weight (saw); …"), clutter its rule and a sentence (cleanup: "rule: sentence"). The weights are
 * left out: they explain a verdict to whoever tunes the rules, not to a reader.
 */
export interface ReasonPart {
  /** The rule's name, e.g. "email-signup-form". */
  rule: string;
  /** What it saw, as the rule wrote it ("email input + submit button"); may be empty. */
  saw: string;
}

const RULE_NAME = '[a-z]+(?:-[a-z]+)+';
const VERDICT = /^[a-z]+ -?\d+\.\d\d: /;
const EVIDENCE = new RegExp(`(?:^|; )(${RULE_NAME}) -?\\d+\\.\\d\\d \\(`, 'g');
const RULE_SENTENCE = new RegExp(`^(${RULE_NAME}): ([^]+)$`);

/** The parts of `reason`, or null when it is in neither form (it is then shown as it is). */
export function reasonParts(reason: string): ReasonPart[] | null {
  const verdict = VERDICT.exec(reason);
  if (!verdict) {
    const clutter = RULE_SENTENCE.exec(reason);
    return clutter ? [{ rule: clutter[1]!, saw: clutter[2]! }] : null;
  }
  const body = reason.slice(verdict[0].length);
  const starts = [...body.matchAll(EVIDENCE)];
  if (starts[0]?.index !== 0) return null;
  // Each part runs to the next part's start: what a rule saw may itself hold parentheses.
  return starts.map((start, i) => {
    const end = starts[i + 1]?.index ?? body.length;
    const saw = body.slice(start.index + start[0].length, end);
    return { rule: start[1]!, saw: saw.endsWith(')') ? saw.slice(0, -1) : saw };
  });
}
