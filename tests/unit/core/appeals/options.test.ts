// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_APPEAL_THRESHOLD,
  DEFAULT_MAX_BLOCK_CHARS,
  DEFAULT_SINGLE_KIND_THRESHOLD,
  DEFAULT_THRESHOLDS,
  findAppeals,
} from '../../../../src/core/appeals/index.ts';
import { emailSignupForm } from '../../../../src/core/appeals/rules/email-signup-form.ts';
import { article, page } from './helpers.ts';

const SIGNUP = `<div class="newsletter-box"><h3>Sign up for our newsletter</h3>
  <form><input type="email"><button>Subscribe</button></form></div>`;
const ALL = { categories: ['newsletter', 'donation', 'membership'] as const };

describe('appeal options', () => {
  it('defaults: combined evidence ≥ 1, a single kind ≥ 1.5, text alone never', () => {
    expect(DEFAULT_APPEAL_THRESHOLD).toBe(1);
    expect(DEFAULT_SINGLE_KIND_THRESHOLD).toBe(1.5);
    expect(DEFAULT_THRESHOLDS).toMatchObject({ appeal: DEFAULT_APPEAL_THRESHOLD, maxBlockChars: DEFAULT_MAX_BLOCK_CHARS });
  });

  it('thresholds and rules can be overridden', () => {
    const doc = page(article(SIGNUP));
    expect(findAppeals(doc, ALL)).toHaveLength(1);
    expect(findAppeals(doc, { ...ALL, thresholds: { appeal: 10 } })).toEqual([]);
    // With only the form rule there is one kind of evidence (0.8), below both thresholds.
    expect(findAppeals(doc, { ...ALL, rules: [emailSignupForm] })).toEqual([]);
  });
});
