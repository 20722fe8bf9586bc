import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/appeals');

interface Labels {
  url: string;
  lang: string;
  mustGo: string[];
  mustStay: string[];
  trap: boolean;
  notes: string;
  late?: string[];
}

const slugs = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The page's text as a reader sees it: no script/style/noscript/template, whitespace collapsed. */
function visibleText(html: string): string {
  const { document } = new JSDOM(html).window;
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  return normalise(document.documentElement.textContent ?? '');
}
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.trim().split(/\s+/).length;

const REQUIRED_LANGS = ['en', 'de', 'fr', 'es', 'it', 'ru', 'pl', 'pt', 'nl', 'uk'];

describe('appeal fixtures', () => {
  const all = slugs.map((slug) => ({
    slug,
    labels: JSON.parse(readFileSync(path.join(DIR, slug, 'labels.json'), 'utf8')) as Labels,
  }));

  it('has at least 40 pages, 12 of them traps, in the required languages', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.filter((f) => f.labels.trap).length).toBeGreaterThanOrEqual(12);
    const langs = new Set(all.map((f) => f.labels.lang));
    for (const lang of REQUIRED_LANGS) expect(langs, lang).toContain(lang);
  });

  it.each(slugs)('%s: labels.json is well formed', (slug) => {
    expect(existsSync(path.join(DIR, slug, 'source.html'))).toBe(true);
    const labels = JSON.parse(readFileSync(path.join(DIR, slug, 'labels.json'), 'utf8')) as Labels;
    expect(Object.keys(labels).sort()).toEqual(
      ['lang', 'mustGo', 'mustStay', 'notes', 'trap', 'url', ...(labels.late ? ['late'] : [])].sort(),
    );
    expect(labels.url).toBe(`http://127.0.0.1/${slug}/source.html`);
    expect(labels.lang).toMatch(/^[a-z]{2,3}$/);
    expect(typeof labels.trap).toBe('boolean');
    expect(labels.notes.length).toBeGreaterThan(20);
    for (const list of [labels.mustGo, labels.mustStay, labels.late ?? []]) {
      expect(Array.isArray(list)).toBe(true);
      expect(list.length).toBeLessThanOrEqual(6);
      for (const phrase of list) {
        expect(typeof phrase).toBe('string');
        expect(words(phrase), `"${phrase}" has 5+ words`).toBeGreaterThanOrEqual(5);
      }
    }
    expect(labels.mustGo.length + labels.mustStay.length).toBeGreaterThanOrEqual(2);
    expect(labels.mustStay.length).toBeGreaterThanOrEqual(labels.trap ? 2 : 1);
    // A page that is not a trap exists to carry an appeal, static or injected later.
    if (!labels.trap) expect(labels.mustGo.length + (labels.late?.length ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it.each(slugs)('%s: every phrase occurs in the page, go and stay phrases do not overlap', (slug) => {
    const html = readFileSync(path.join(DIR, slug, 'source.html'), 'utf8');
    const labels = JSON.parse(readFileSync(path.join(DIR, slug, 'labels.json'), 'utf8')) as Labels;
    const text = visibleText(html);
    expect(html).toMatch(/<head[\s>]/i);
    expect(html).toMatch(/<meta /i);
    for (const phrase of [...labels.mustGo, ...labels.mustStay]) {
      expect(text, `"${phrase}" in the visible text`).toContain(normalise(phrase));
    }
    for (const go of labels.mustGo) {
      for (const stay of labels.mustStay) {
        expect(go.includes(stay) || stay.includes(go), `"${go}" vs "${stay}"`).toBe(false);
      }
    }
    for (const phrase of labels.late ?? []) {
      // Injected by the page's own script: in the source, not in the static text.
      expect(html).toContain(phrase);
      expect(text).not.toContain(normalise(phrase));
    }
  });
});
