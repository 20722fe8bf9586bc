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
import { sizeVeto } from '../../../../src/core/appeals/score.ts';
import type { AppealRule } from '../../../../src/core/appeals/types.ts';
import { article, blockOf, page } from './helpers.ts';

const SIGNUP = `<div class="newsletter-box"><h3>Sign up for our newsletter</h3>
  <form><input type="email"><button>Subscribe</button></form></div>`;
const ALL = { categories: ['newsletter', 'donation', 'membership'] as const };

describe('appeal options', () => {
  it('defaults: combined evidence ≥ 1, a single kind ≥ 1.5, blocks up to 3,000 characters', () => {
    expect(DEFAULT_APPEAL_THRESHOLD).toBe(1);
    expect(DEFAULT_SINGLE_KIND_THRESHOLD).toBe(1.5);
    expect(DEFAULT_MAX_BLOCK_CHARS).toBe(3000);
    expect(DEFAULT_THRESHOLDS).toMatchObject({ appeal: 1, singleKind: 1.5, maxBlockChars: 3000 });
  });

  it('vetoes a block longer than maxBlockChars, and not one within it', () => {
    const box = (chars: number) => blockOf(`<div class="newsletter-box"><h3>Sign up</h3><ul>${'<li>Weekly picks</li>'.repeat(Math.ceil(chars / 12))}</ul></div>`);
    const big = box(3100);
    expect(big.len).toBeGreaterThan(3000);
    expect(sizeVeto(big, 100_000)).toBe('too long');
    expect(sizeVeto(big, 100_000, { ...DEFAULT_THRESHOLDS, maxBlockChars: 10_000 })).not.toBe('too long');
    expect(sizeVeto(box(2000), 100_000)).not.toBe('too long');
  });

  it('thresholds and rules can be overridden', () => {
    const doc = page(article(SIGNUP));
    expect(findAppeals(doc, ALL)).toHaveLength(1);
    expect(findAppeals(doc, { ...ALL, thresholds: { appeal: 10 } })).toEqual([]);
    // With only the form rule there is one kind of evidence (0.8), below both thresholds.
    expect(findAppeals(doc, { ...ALL, rules: [emailSignupForm] })).toEqual([]);
  });

  it('asks a rule about every block unless it declares what it starts from', () => {
    // A rule reading only the tag: no observation, no phrase in the box.
    const byTag: AppealRule = {
      name: 'by-tag',
      score: (block) =>
        block.element.tagName === 'ASIDE'
          ? [
              { rule: 'by-tag', kind: 'structure', target: 'newsletter', weight: 1, saw: 'aside' },
              { rule: 'by-tag', kind: 'markup', target: 'newsletter', weight: 1, saw: 'aside' },
            ]
          : null,
    };
    const doc = page(article('<aside><p>Our picks</p></aside>'));
    expect(findAppeals(doc, { ...ALL, rules: [byTag] }).map((m) => m.element.tagName)).toEqual(['ASIDE']);
    // Declaring it starts from observations lets the search skip a block with none.
    expect(findAppeals(doc, { ...ALL, rules: [{ ...byTag, startsFrom: 'observations' }] })).toEqual([]);
  });
});
