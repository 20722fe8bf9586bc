import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEntry, t } from '../../../src/shared/i18n.ts';

const LOCALES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../public/_locales');
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const load = (lang: string) => JSON.parse(readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, Entry>;

describe('UI strings', () => {
  const en = load('en');
  const de = load('de');

  it('keeps the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandOpen']) {
      expect(en[key]?.message).toBeTruthy();
      expect(de[key]?.message).toBeTruthy();
    }
  });

  it('has every English key in German, with the same placeholders, and no empty message', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message, key).not.toBe('');
      expect(Object.keys(de[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it('uses only key names the browser accepts', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('fills placeholders like the browser does', () => {
    expect(formatEntry({ message: '$COUNT$ appeals hidden', placeholders: { count: { content: '$1' } } }, ['3'])).toBe(
      '3 appeals hidden',
    );
    expect(formatEntry({ message: 'costs $$5' }, [])).toBe('costs $5');
    expect(t('readingTime', 4)).toBe('4 min read');
  });

  it('asks the browser first when it can', () => {
    const scope = globalThis as { chrome?: unknown };
    scope.chrome = { i18n: { getMessage: (key: string, subs: string[]) => `${key}:${subs.join(',')}` } };
    try {
      expect(t('appealsHiddenMany', 5)).toBe('appealsHiddenMany:5');
    } finally {
      delete scope.chrome;
    }
  });
});
