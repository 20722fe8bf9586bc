// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/read-article.ts';
import { articlePage, dom, loadFixture } from './helpers.ts';

describe('readArticle on the seed page', () => {
  const { expected, doc } = loadFixture('seed-moscow-times');
  const before = doc.documentElement.outerHTML;
  const result = readArticle(doc, { url: expected.url, hide: [] });
  if (!result.ok) throw new Error(result.message);
  const { article } = result;

  it('gives the title', () => {
    expect(article.title).toBe('Putin Requested Assad Step Aside, But Syrian Leader Refused');
  });

  it('keeps all six paragraphs, with quotes and dashes repaired', () => {
    const paragraphs = article.text.split(/\n\n/);
    expect(expected.paragraphs).toHaveLength(6);
    for (const paragraph of expected.paragraphs) expect(paragraphs).toContain(paragraph);
    expect(article.text).not.toContain('?€');
    expect(article.contentHtml).not.toContain('?€');
    expect(article.contentHtml).toContain('Assad “angrily refused,”');
  });

  it('fills metadata and a language-aware length', () => {
    expect(article.lang).toBe('en');
    expect(article.publishedTime).toMatch(/^2016-01-22T/);
    expect(article.leadImage).toMatch(/^http:\/\/127\.0\.0\.1\/.+\.jpg$/);
    expect(article.wordCount).toBeGreaterThan(200);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(article.url).toBe(expected.url);
  });

  it('returns sanitised content and leaves the page untouched', () => {
    expect(article.contentHtml).not.toMatch(/<(script|form|input|button|iframe)\b|\son\w+=|javascript:/i);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readArticle pipeline', () => {
  it('resolves relative URLs against the page URL, also for a document parsed elsewhere', () => {
    const html = articlePage('<p><a href="/about">About us</a> and <img src="img/a.jpg" srcset="img/a.jpg 1x, img/a2.jpg 2x"></p>');
    const doc = dom(html, 'about:blank');
    const result = readArticle(doc, { url: 'https://news.example.org/2024/story.html', hide: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.contentHtml).toContain('href="https://news.example.org/about"');
    expect(result.article.contentHtml).toContain('src="https://news.example.org/2024/img/a.jpg"');
    expect(result.article.contentHtml).toContain('https://news.example.org/2024/img/a2.jpg 2x');
  });

  it('reports no article for a page of links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section number ${i} of the site</a></li>`).join('');
    const result = readArticle(dom(`<html><body><ul>${links}</ul></body></html>`), { url: 'http://localhost/' });
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
    if (!result.ok) expect(result.message).toMatch(/links/);
  });

  it('reports no article for a navigation-only page', () => {
    const result = readArticle(dom('<html><body><nav><a href="/">Home</a></nav></body></html>'), { url: 'http://localhost/' });
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('keeps a short but real page', () => {
    const result = readArticle(dom('<html><body><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></body></html>'), {
      url: 'http://localhost/',
      hide: [],
    });
    expect(result.ok).toBe(true);
  });
});
