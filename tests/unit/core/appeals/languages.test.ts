// @vitest-environment node
/**
 * A language is one file (phrases/<lang>.ts): its phrases, calls to action and markup words reach
 * every rule that matches them, so adding a language is adding that file and its tests.
 */
import { describe, expect, it } from 'vitest';
import { APPEAL_CATEGORIES, TOPIC_CATEGORIES } from '../../../../src/core/appeals/categories.ts';
import { PHRASES } from '../../../../src/core/appeals/phrases/index.ts';
import { classTokens } from '../../../../src/core/appeals/rules/class-tokens.ts';
import { ctaLinks } from '../../../../src/core/appeals/rules/cta-links.ts';
import { emailSignupForm } from '../../../../src/core/appeals/rules/email-signup-form.ts';
import { evidenceOf } from './helpers.ts';

/** A literal instance of a regular-expression source entry ("newsletters?(?:-[\\w-]+)?" → "newsletter"). */
const instance = (source: string) =>
  source
    .replace(/\(\?:[^)]*\)[?*]/g, '')
    .replace(/\(\?![^)]*\)/g, '')
    .replace(/\[([^\]])[^\]]*\]/g, '$1')
    .replace(/(.)[?*]/g, '')
    .replace(/\\/g, '');

describe.each(Object.entries(PHRASES))('language %s', (_lang, phrases) => {
  const { markup } = phrases;

  it('has phrases for every category and calls to action', () => {
    for (const c of TOPIC_CATEGORIES) expect(phrases[c].strong.length).toBeGreaterThan(0);
    expect(phrases.calls.length).toBeGreaterThan(0);
  });

  it.each(TOPIC_CATEGORIES)('its %s link paths and hosts reach cta-links', (category) => {
    for (const path of markup.linkPaths?.[category] ?? []) {
      const found = evidenceOf(ctaLinks, `<p><a href="https://example.test/${instance(path)}/">Go</a></p>`);
      expect(found.map((e) => e.target), path).toContain(category);
    }
    for (const host of markup.linkHosts?.[category] ?? []) {
      const found = evidenceOf(ctaLinks, `<p><a href="https://${instance(host)}.example.test/">Go</a></p>`);
      expect(found.map((e) => e.target), host).toContain(category);
    }
  });

  it.each(APPEAL_CATEGORIES)('its %s class fragments reach class-tokens', (category) => {
    for (const token of markup.classTokens?.[category] ?? []) {
      const found = evidenceOf(classTokens, `<div class="box-${instance(token)}-x"><p>Text</p></div>`);
      expect(found.map((e) => e.target), token).toContain(category);
    }
  });

  it('its email words name an email field for email-signup-form', () => {
    for (const word of markup.emailWords ?? []) {
      const found = evidenceOf(emailSignupForm, `<form><input type="text" placeholder="${instance(word)}"><button>OK</button></form>`);
      expect(found.length, word).toBeGreaterThan(0);
    }
  });
});
