// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Article } from '../../../src/core/article.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { yamlString } from '../../../src/core/serialize/front-matter.ts';
import { serializeArticle } from '../../../src/core/serialize/index.ts';
import { CORPUS, describeCorpus, loadFixture } from '../core/helpers.ts';

const SAVED = new Date('2026-11-30T05:00:00Z');

const mock = (over: Partial<Article> = {}): Article => ({
  title: 'A title',
  byline: 'Ada Lovelace',
  siteName: 'Example News',
  lang: 'en',
  dir: 'ltr',
  publishedTime: '2024-03-05T10:00:00Z',
  excerpt: 'What happened.',
  leadImage: null,
  contentHtml: '<p>Body text.</p>',
  text: 'Body text.',
  wordCount: 2,
  readingMinutes: 1,
  url: 'https://example.org/news/a',
  removed: [],
  ...over,
});

/** Splits a Markdown copy into its parsed front matter and the Markdown after it. */
function split(markdown: string): { meta: Record<string, unknown>; body: string } {
  const match = markdown.match(/^---\n([\s\S]*?)\n---\n/);
  if (!match) throw new Error(`no front matter in ${markdown.slice(0, 200)}`);
  return { meta: parse(match[1]!) as Record<string, unknown>, body: markdown.slice(match[0].length) };
}

/** The Markdown rendered to a DOM by a CommonMark/GFM parser, as a note app or site generator would. */
const rendered = (markdown: string) =>
  new JSDOM(`<body>${marked.parse(markdown, { async: false })}</body>`, { virtualConsole: new VirtualConsole() }).window.document;

const markdownOf = (article: Article) => serializeArticle(article, 'markdown', { savedAt: SAVED });

describe('Markdown front matter', () => {
  it('holds title, author, source, site, published, saved, language and excerpt', () => {
    const { meta, body } = split(markdownOf(mock()));
    expect(meta).toEqual({
      title: 'A title',
      author: 'Ada Lovelace',
      source: 'https://example.org/news/a',
      site: 'Example News',
      published: '2024-03-05T10:00:00Z',
      saved: '2026-11-30T05:00:00.000Z',
      language: 'en',
      excerpt: 'What happened.',
    });
    expect(body.trimStart().startsWith('# A title\n')).toBe(true);
  });

  it('leaves out what the page did not give', () => {
    const { meta } = split(markdownOf(mock({ byline: null, siteName: '  ', publishedTime: null, lang: null, excerpt: null })));
    expect(Object.keys(meta)).toEqual(['title', 'source', 'saved']);
  });

  const HOSTILE = [
    'He said: "no" — and left',
    "It's a 'quote'",
    'key: value: more',
    'Line one\nLine two\r\nthree',
    '---',
    'Title\n---\nsource: https://evil.example/',
    '<script>alert(1)</script><img src=x onerror=alert(2)>',
    '# not a heading * [link](javascript:alert(1))',
    '- list? | pipe | ~~strike~~',
    '@at %percent `tick` !bang &amp; {brace} [bracket] >quote',
    'yes',
    'null',
    '2024-01-01',
    '0x1F',
    'Tab\there, back\\slash, bell\u0007, DEL\u007f, C1\u0085\u009b, sep\u2028\u2029, nbsp\u00a0',
    'Emoji 🗞️ and RTL עברית and CJK 新闻',
    `Long ${'x'.repeat(5000)}`,
  ];

  it.each(HOSTILE.map((title) => [title]))('a title of %j parses back unchanged, as the only heading, inert', (title) => {
    const markdown = markdownOf(mock({ title, byline: title, excerpt: title, siteName: title }));
    const { meta, body } = split(markdown);
    for (const key of ['title', 'author', 'site', 'excerpt']) expect(meta[key], key).toBe(title.trim());
    expect(Object.keys(meta)).toEqual(['title', 'author', 'source', 'site', 'published', 'saved', 'language', 'excerpt']);
    expect(meta.source).toBe('https://example.org/news/a');
    const doc = rendered(body);
    // The title is one h1 of text: no element, link or script came out of it.
    expect(doc.querySelectorAll('h1').length).toBe(1);
    expect(doc.querySelector('h1')?.textContent).toBe(title.replace(/\s+/g, ' ').trim().replace(/&amp;/g, '&amp;'));
    expect(doc.querySelectorAll('script, img, h2, ul li, table, del').length).toBe(0);
    // Links: the source, and at most a bare URL of the title that GFM shows as itself.
    const links = [...doc.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links.filter(([href, text]) => href !== text && href !== 'https://example.org/news/a')).toEqual([]);
    expect(links.filter(([href]) => !/^https:/.test(href ?? ''))).toEqual([]);
    expect(doc.querySelectorAll('p')[0]?.textContent).toContain('1 min read');
  });

  it('escapes lone surrogates, which YAML cannot hold, as U+FFFD', () => {
    expect(parse(yamlString('a\uD800b\uDC00c'))).toBe('a\uFFFDb\uFFFDc');
    expect(parse(yamlString('pair 😀'))).toBe('pair 😀');
  });
});

describe('Markdown body', () => {
  it('keeps raw HTML in the text as text, never as live markup', () => {
    const contentHtml =
      '<p>Use &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; carefully; &amp;lt; stays literal.</p>';
    const doc = rendered(split(markdownOf(mock({ contentHtml }))).body);
    expect(doc.querySelectorAll('script, img').length).toBe(0);
    expect(doc.body.textContent).toContain('Use <script>alert(1)</script> and <img src=x onerror=alert(2)> carefully; &lt; stays literal.');
  });

  it('writes fenced code with its language, with a fence longer than any run of backticks inside', () => {
    const contentHtml = '<pre data-lang="ts"><code>const a = 1;\n```\nnot a fence</code></pre><pre><code class="language-py">x = 1</code></pre>';
    const markdown = markdownOf(mock({ contentHtml }));
    expect(markdown).toContain('````ts\nconst a = 1;\n```\nnot a fence\n````');
    expect(markdown).toContain('```py\nx = 1\n```');
    const codes = [...rendered(markdown).querySelectorAll('pre > code')];
    expect(codes.map((c) => [c.className, c.textContent])).toEqual([
      ['language-ts', 'const a = 1;\n```\nnot a fence\n'],
      ['language-py', 'x = 1\n'],
    ]);
  });

  it('keeps the seed article: front matter from its metadata, every paragraph, no appeal', () => {
    const { expected, doc } = loadFixture('seed-moscow-times');
    const result = readArticle(doc, { url: expected.url });
    if (!result.ok) throw new Error(result.message);
    const { meta, body } = split(markdownOf(result.article));
    expect(meta).toMatchObject({
      title: expected.title,
      author: 'The Moscow Times',
      source: expected.url,
      site: 'The Moscow Times',
      published: '2016-01-22T14:10:00+03:00',
      language: 'en',
    });
    const paragraphs = [...rendered(body).querySelectorAll('p')].map((p) => p.textContent);
    for (const paragraph of expected.paragraphs as string[]) expect(paragraphs).toContain(paragraph);
    for (const appeal of (expected.mustGo ?? []) as string[]) expect(body).not.toContain(appeal);
  });
});

const STRUCTURE = ['h2', 'h3', 'h4', 'ul', 'ol', 'li', 'a[href]', 'img', 'pre', 'blockquote', 'table'] as const;
type Counts = Record<(typeof STRUCTURE)[number] | 'tr' | 'em' | 'strong', number>;

const count = (doc: Document): Counts => {
  const counts = Object.fromEntries(STRUCTURE.map((s) => [s, doc.querySelectorAll(s).length])) as Counts;
  counts.tr = doc.querySelectorAll('tr').length;
  return counts;
};

describeCorpus('Markdown of corpus pages', () => {
  const PAGES = [
    // slug: what it exercises
    ['001', 'code, lists, links'],
    ['v8-blog', 'code with languages, headings'],
    ['ars-1', 'code, quotes, images'],
    ['wikipedia', 'tables, lists, many links, headings'],
    ['keep-tabular-data', 'data tables'],
    ['medium-2', 'quotes'],
    ['lazy-image-1', 'images'],
    ['aclu', 'quotes, links'],
    ['toc-missing', 'many code blocks, headings'],
  ] as const;

  it.each(PAGES)('%s (%s): front matter parses with the metadata, and the structure survives', (slug) => {
    const dir = path.join(CORPUS, 'readability-test-pages', slug);
    const url = 'http://fakehost/test/page.html';
    const doc = new JSDOM(readFileSync(path.join(dir, 'source.html'), 'utf8'), { url, virtualConsole: new VirtualConsole() }).window.document;
    const result = readArticle(doc, { url, hide: [] });
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    const { meta, body } = split(markdownOf(article));
    const expectedMeta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8'));
    expect(meta.title).toBe(article.title);
    // Readability's title, or its headline part when the site's name was glued to it.
    expect(expectedMeta.title.replace(/\s+/g, ' ').trim()).toContain(meta.title);
    expect(meta.source).toBe(url);
    expect(meta.excerpt ?? null).toBe(article.excerpt);
    if (article.byline) expect(meta.author).toBe(article.byline);
    if (article.lang) expect(meta.language).toBe(article.lang);

    const source = count(new JSDOM(`<body>${article.contentHtml}</body>`).window.document);
    const out = count(rendered(body));
    // The copy's header adds one link (the source URL).
    expect({ ...out, 'a[href]': out['a[href]'] - 1, tr: 0 }).toEqual({ ...source, tr: 0 });
    // GFM tables need a header row: a table without one gains an empty one, never loses a row.
    expect(out.tr - source.tr).toBeGreaterThanOrEqual(0);
    expect(out.tr - source.tr).toBeLessThanOrEqual(source.table);
    const languages = [...rendered(body).querySelectorAll('pre > code')].map((c) => c.className.replace('language-', ''));
    const marked = [...new JSDOM(`<body>${article.contentHtml}</body>`).window.document.querySelectorAll('pre')].map((p) => p.getAttribute('data-lang') ?? '');
    expect(languages).toEqual(marked);
    if (slug === 'v8-blog') expect(new Set(languages.filter(Boolean))).toEqual(new Set(['bash', 'c', 'cpp', 'js', 'lisp']));
  }, 30_000);
});
