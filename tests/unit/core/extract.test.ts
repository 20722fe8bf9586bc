// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleText, collectText } from '../../../src/core/extract/article-text.ts';
import { normalizeDate, pageMetadata, readPageMetadata } from '../../../src/core/extract/page-metadata.ts';
import { measureText } from '../../../src/core/extract/word-count.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { articlePage, dom } from './helpers.ts';

const URL_ = 'https://example.com/a/story.html';

describe('readPageMetadata', () => {
  it('reads JSON-LD first (also inside @graph)', () => {
    const doc = dom(
      `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00+01:00","image":{"url":"/img/lead.jpg"},"author":[{"@type":"Person","name":"Ana Ruiz"},{"name":"Bo Li"}],"inLanguage":"es"}]}</script>
      <meta property="article:published_time" content="2020-01-01T00:00:00Z"></head><body><h1> Storm closes the
      harbour </h1><h1>Most read</h1></body></html>`,
      URL_,
    );
    expect(pageMetadata(readPageMetadata(doc), URL_)).toEqual({
      publishedTime: '2024-03-05T10:00:00+01:00',
      leadImage: 'https://example.com/img/lead.jpg',
      byline: 'Ana Ruiz, Bo Li',
      lang: 'es',
      dir: null,
      h1: 'Storm closes the harbour',
    });
  });

  it('falls back to Open Graph, meta and <time>, ignoring broken JSON-LD', () => {
    const doc = dom(
      `<html lang="ar"><head><script type="application/ld+json">{broken</script><meta property="og:image" content="//cdn.example.com/og.png"></head>
      <body><time datetime="2019-07-01">1 July</time></body></html>`,
      URL_,
    );
    expect(pageMetadata(readPageMetadata(doc), URL_)).toMatchObject({
      publishedTime: '2019-07-01',
      leadImage: 'https://cdn.example.com/og.png',
      lang: 'ar',
      dir: 'rtl',
    });
  });

  it('finds candidates in the page as written, and judges them in stage 2 (the first valid one wins)', () => {
    const doc = dom(
      `<html lang="en_GB"><head><meta name="date" content="yesterday"><meta property="og:image" content="javascript:x"><link rel="image_src" href="/lead.jpg"></head>
      <body dir="RTL"><time datetime="2019-07-01T08:00">1 July</time></body></html>`,
      URL_,
    );
    const found = readPageMetadata(doc);
    expect(found).toMatchObject({ ld: null, metaDate: 'yesterday', time: '2019-07-01T08:00', metaImage: 'javascript:x', imageLink: '/lead.jpg', lang: 'en_GB', dir: 'RTL' });
    expect(pageMetadata(JSON.parse(JSON.stringify(found)), URL_)).toMatchObject({
      publishedTime: '2019-07-01T08:00',
      leadImage: 'https://example.com/lead.jpg',
      lang: 'en-GB',
      dir: 'rtl',
    });
  });

  it('normalizeDate', () => {
    expect(normalizeDate('2016-01-22 14:10')).toBe('2016-01-22T14:10');
    expect(normalizeDate('Fri, 22 Jan 2016 11:10:00 GMT')).toBe('2016-01-22T11:10:00.000Z');
    expect(normalizeDate('1453461000')).toBe('2016-01-22T11:10:00.000Z');
    expect(normalizeDate('yesterday')).toBeNull();
    expect(normalizeDate('January 5')).toBeNull();
  });
});

describe('measureText', () => {
  it('counts words in space-separated text and characters in CJK', () => {
    expect(measureText('The quick brown fox — it’s well-known.').wordCount).toBe(6);
    expect(measureText('日本語の文章です').wordCount).toBe(8);
    expect(measureText('Tokyo 東京 2024').wordCount).toBe(4);
  });

  it('estimates reading minutes, at least one', () => {
    expect(measureText('word ').readingMinutes).toBe(1);
    expect(measureText('word '.repeat(2300)).readingMinutes).toBe(10);
    expect(measureText('字'.repeat(5000)).readingMinutes).toBe(10);
  });
});

describe('articleText', () => {
  it('separates blocks and never glues words across tags', () => {
    const doc = dom('<div id="c"><h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table></div>');
    expect(articleText(doc.getElementById('c')!)).toBe('Title\n\nOne\ntwo\n\na\n\nb\n\nx y');
  });

  it('keeps <pre> whitespace and counts link text', () => {
    const doc = dom('<div id="c"><p>See <a href="/x">this link</a>.</p><pre>a\n  b</pre></div>');
    const { text, linkChars } = collectText(doc.getElementById('c')!);
    expect(text).toBe('See this link.\n\na\n  b');
    expect(linkChars).toBe('this link'.length);
  });
});

describe('readArticle metadata', () => {
  it('takes lang, dir and date from the page when Readability has none', () => {
    const head = '<meta name="parsely-pub-date" content="2023-05-01T08:00:00Z"><meta property="og:image" content="/lead.jpg">';
    const result = readArticle(dom(articlePage('<p>Body text.</p>', head), URL_), { url: URL_, hide: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.article).toMatchObject({ lang: 'en', publishedTime: '2023-05-01T08:00:00Z', leadImage: 'https://example.com/lead.jpg' });
  });
});
