// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtureCases } from '../../../bench/lib/appeal-fixtures.ts';
import { DEFAULT_HIDDEN_CATEGORIES } from '../../../src/core/article.ts';
import { HEADING_RUN } from '../../../src/core/appeals/heading-run.ts';
import { RULES } from '../../../src/core/appeals/rules/index.ts';
import { describe as describeVerdict } from '../../../src/core/appeals/score.ts';
import { CLEANUP_RULES } from '../../../src/core/cleanup/rules/index.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { reasonParts } from '../../../src/core/removal-reason.ts';
import { dom, ROOT } from './helpers.ts';

const APPEAL_RULES = [...RULES.map((r) => r.name), HEADING_RUN];
const CLUTTER_RULES = CLEANUP_RULES.map((r) => r.name);
const locale = (lang: string) => JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, unknown>;

describe('reasonParts', () => {
  it("reads a verdict's description back into its rules and what each saw, weights left out", () => {
    const reason = describeVerdict({
      category: 'donation',
      score: 1.3,
      evidence: [
        { rule: 'class-tokens', kind: 'markup', target: 'donation', weight: 0.3, saw: '"site-banner--support"' },
        { rule: 'cta-links', kind: 'structure', target: 'donation', weight: 0.9, saw: 'link /support-us?utm=banner (+2)' },
        { rule: 'email-signup-form', kind: 'structure', target: 'newsletter', weight: -0.5, saw: 'email field in a comment/contact/login/share form' },
        { rule: 'overlay-dialog', kind: 'structure', target: 'any', weight: 0.3, saw: '' },
      ],
    });
    expect(reasonParts(reason)).toEqual([
      { rule: 'class-tokens', saw: '"site-banner--support"' },
      { rule: 'cta-links', saw: 'link /support-us?utm=banner (+2)' },
      { rule: 'email-signup-form', saw: 'email field in a comment/contact/login/share form' },
      { rule: 'overlay-dialog', saw: '' },
    ]);
  });

  it("reads a clutter rule's sentence", () => {
    expect(reasonParts('related-links: "Read more" and 2 linked headlines')).toEqual([{ rule: 'related-links', saw: '"Read more" and 2 linked headlines' }]);
  });

  it('gives null for a reason in neither form, which is then shown as it is', () => {
    expect(reasonParts('removed by hand')).toBeNull();
    expect(reasonParts('donation 1.30: ')).toBeNull();
  });

  // Every removal the pipeline makes on the appeal fixtures and the seed page reads back into known
  // rules: fails when a rule writes its reason in another form, or a new rule is not in the lists.
  const removals = loadFixtureCases().flatMap((c) => {
    const result = readArticle(dom(c.html, c.url), { url: c.url, hide: DEFAULT_HIDDEN_CATEGORIES });
    return result.ok ? result.article.removed : [];
  });

  it('reads every reason the pipeline gives on the appeal fixtures', () => {
    expect(removals.filter((r) => r.category !== 'clutter').length).toBeGreaterThan(40);
    for (const removal of removals) {
      const parts = reasonParts(removal.reason);
      expect(parts, removal.reason).not.toBeNull();
      const known = removal.category === 'clutter' ? CLUTTER_RULES : APPEAL_RULES;
      for (const part of parts!) expect(known, removal.reason).toContain(part.rule);
      if (removal.category !== 'clutter') expect(parts!.every((p) => removal.reason.includes(`(${p.saw})`)), removal.reason).toBe(true);
    }
  });

  it('has every appeal rule named in words in each UI language', () => {
    for (const lang of ['en', 'de']) {
      const messages = locale(lang);
      for (const rule of APPEAL_RULES) expect(messages, `${lang} ${rule}`).toHaveProperty(`rule_${rule.replaceAll('-', '_')}`);
    }
  });
});
