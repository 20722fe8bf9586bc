// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { articleFilename, serializeArticle } from '../../../src/core/serialize/index.ts';

const mock = (over: Partial<Article> = {}): Article => ({
  title: 'Tables & <Code>',
  byline: 'Ada Lovelace',
  siteName: 'Example News',
  lang: 'en',
  dir: 'ltr',
  publishedTime: '2024-03-05T10:00:00Z',
  excerpt: null,
  leadImage: null,
  contentHtml:
    '<div><p>First &amp; foremost.</p><h2>Data</h2><table><thead><tr><th>City</th><th>Pop</th></tr></thead>' +
    '<tbody><tr><td>Oslo</td><td>700k</td></tr></tbody></table><pre><code>let x = 1;</code></pre>' +
    '<ul><li>one</li><li>two</li></ul><figure><img src="https://example.org/a.jpg" alt="A chart"><figcaption>Source: agency</figcaption></figure></div>',
  text: '',
  wordCount: 12,
  readingMinutes: 1,
  url: 'https://example.org/news/tables',
  removed: [],
  ...over,
});

describe('serializeArticle', () => {
  it('writes a standalone HTML file with a script-blocking CSP and escaped title', () => {
    const html = serializeArticle(mock(), 'html');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>Tables &amp; &lt;Code&gt;</title>');
    expect(html).not.toMatch(/<script|<link\b/i);
    expect(html).toContain('<table>');
    expect(html).toContain('lang="en"');
  });

  it('writes Markdown with a GFM table, fenced code and the figure caption', () => {
    const md = serializeArticle(mock(), 'markdown');
    expect(md.split('\n').find((line) => line.startsWith('# '))).toBe('# Tables & \\<Code\\>');
    expect(md.startsWith('---\ntitle: "Tables & \\u003cCode>"\n')).toBe(true);
    expect(md).toContain('| City | Pop |');
    expect(md).toContain('```\nlet x = 1;\n```');
    expect(md).toContain('_Source: agency_');
    expect(md).toContain('<https://example.org/news/tables>');
  });

  it('writes text with blocks separated and entities decoded', () => {
    const text = serializeArticle(mock(), 'text');
    expect(text.startsWith('Tables & <Code>\nAda Lovelace · Example News\n')).toBe(true);
    expect(text).toContain('First & foremost.\n\nData');
    expect(text).toContain('• one\n• two');
    expect(text.slice(text.indexOf('First'))).not.toMatch(/<\/?[a-z]+[ >]/i);
  });

  it('keeps every paragraph of the seed article in every format', () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages/seed-moscow-times');
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    const doc = new JSDOM(readFileSync(path.join(dir, 'source.html'), 'utf8'), { url: expected.url }).window.document;
    const result = readArticle(doc, { url: expected.url, hide: [] });
    if (!result.ok) throw new Error(result.message);
    const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const format of ['html', 'markdown', 'text'] as const) {
      const out = words(serializeArticle(result.article, format).replace(/<[^>]+>/g, ' '));
      for (const paragraph of expected.paragraphs as string[]) {
        expect(out).toContain(words(paragraph).split(' ').slice(0, 10).join(' '));
      }
    }
  });
});

describe('articleFilename', () => {
  const url = 'https://example.org/a';
  it.each([
    // title, site, format, name
    ['Putin Requested Assad Step Aside', null, 'html', 'Putin Requested Assad Step Aside.html'],
    ['Putin Requested Assad Step Aside', 'The Moscow Times', 'markdown', 'Putin Requested Assad Step Aside - The Moscow Times.md'],
    ['Headline – The Moscow Times', 'The Moscow Times', 'text', 'Headline - The Moscow Times.txt'],
    ['Headline | The Moscow Times', 'The Moscow Times', 'text', 'Headline - The Moscow Times.txt'],
    ['Headline — the moscow times', 'The Moscow Times', 'text', 'Headline - The Moscow Times.txt'],
    ['Headline - Site', 'Site', 'text', 'Headline - Site.txt'],
    ['Site: Headline', 'Site', 'text', 'Headline - Site.txt'],
    ['Site | Headline', 'Site', 'text', 'Headline - Site.txt'],
    ['Well-Known Site-Headline', 'Site', 'text', 'Well-Known Site-Headline - Site.txt'],
    ['The Moscow Times', 'The Moscow Times', 'html', 'The Moscow Times.html'],
    ['a/b\\c:d*e?"f"<g>|h~i', null, 'markdown', 'a b c d e f g h i.md'],
    ['../../etc/passwd', null, 'text', 'etc passwd.txt'],
    ['...', null, 'text', 'example.org.txt'],
    ['. . .', 'Site', 'text', 'Site.txt'],
    ['.hidden file.', null, 'text', 'hidden file.txt'],
    ['', null, 'html', 'example.org.html'],
    ['   \n\t ', 'Example News', 'html', 'Example News.html'],
    ['CON', null, 'text', 'example.org.txt'],
    ['con.report', null, 'text', 'example.org.txt'],
    ['LPT1', 'Site', 'text', 'Site.txt'],
    ['NUL', 'CON', 'text', 'example.org.txt'],
    ['Console wars', null, 'text', 'Console wars.txt'],
    ['Line\none\u0000two\u200bthree\u202eevil', null, 'text', 'Line one twothreeevil.txt'],
    ['Family 👨‍👩‍👧 news 🗞️', null, 'markdown', 'Family 👨👩👧 news 🗞️.md'],
    ['x'.repeat(300), null, 'html', `${'x'.repeat(80)}.html`],
    ['x'.repeat(300), 'Site', 'html', `${'x'.repeat(73)} - Site.html`],
  ] as const)('%j of %j as %s → %j', (title, siteName, format, name) => {
    expect(articleFilename({ title, url, siteName }, format)).toBe(name);
  });

  it('cuts long names between characters, under 200 UTF-8 bytes, never inside an emoji', () => {
    for (const unit of ['新', '🗞️', '👨‍👩‍👧', 'é', 'e\u0301']) {
      const name = articleFilename({ title: unit.repeat(300), url, siteName: 'Site'.repeat(20) }, 'markdown');
      expect(new TextEncoder().encode(name).length, unit).toBeLessThanOrEqual(200);
      const stem = name.slice(0, name.indexOf(' - '));
      expect(stem.length).toBeGreaterThan(0);
      // Whole graphemes only: 🗞️ keeps its variation selector; the family loses its ZWJs (format
      // characters Chromium refuses in names) and so may be cut between its people.
      const whole = unit.includes('\u200d') ? [...unit.replace(/\u200d/g, '')] : [unit.normalize('NFC')];
      expect(whole.reduce((rest, u) => rest.replaceAll(u, ''), stem)).toBe('');
      expect(name.endsWith(`${'Site'.repeat(7)}Si.md`)).toBe(true);
    }
  });

  it('gives names the browser downloads API and every file system accept', () => {
    const titles = ['a/b', 'CON', '...', '', ' x ', '~tilde~', 'x'.repeat(300), '👨‍👩‍👧', 'a\u202eb', 'tab\there', '<>:"/\\|?*'];
    for (const title of titles) {
      for (const siteName of [null, '', 'Site', '...', '/']) {
        const name = articleFilename({ title, url, siteName }, 'text');
        expect(name).toMatch(/^(?![\s.])[^\\/:*?"<>|~\p{Cc}\p{Cf}]*[^\s.]\.txt$/u);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      }
    }
  });
});
