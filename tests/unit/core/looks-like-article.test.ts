import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READERABLE_MIN_CHARS,
  DEFAULT_READERABLE_MIN_SCORE,
  looksLikeArticle,
} from '../../../src/core/extract/looks-like-article.ts';
import { articlePage, dom, loadFixture } from './helpers.ts';

const looks = (doc: Document) => looksLikeArticle(DEFAULT_READERABLE_MIN_CHARS, DEFAULT_READERABLE_MIN_SCORE, doc);

describe('looksLikeArticle: whether to open the reading view by itself', () => {
  it('takes the news fixtures for articles and the front page for none', () => {
    expect(looks(loadFixture('seed-moscow-times').doc)).toBe(true);
    expect(looks(loadFixture('rtl-arabic-news').doc)).toBe(true);
    expect(looks(loadFixture('no-article-front-page').doc)).toBe(false);
  });

  it('never takes a site’s front page (its path is /) for an article', () => {
    const html = articlePage('<p>More text.</p>'.repeat(3));
    expect(looks(dom(html, 'https://example.com/news/story.html'))).toBe(true);
    expect(looks(dom(html, 'https://example.com/'))).toBe(false);
  });

  it('counts only long, visible paragraphs outside comments and footers', () => {
    const long = 'A sentence of the story that goes on for a while. '.repeat(8);
    const page = (body: string) => dom(`<!doctype html><body>${body}</body>`, 'https://example.com/a');
    expect(looks(page(`<p>${long}</p>`.repeat(4)))).toBe(true);
    expect(looks(page(`<p>${long}</p>`))).toBe(false);
    expect(looks(page(`<div class="comments">${`<p class="comment">${long}</p>`.repeat(6)}</div>`))).toBe(false);
    expect(looks(page(`<p hidden>${long}</p>`.repeat(6)))).toBe(false);
    expect(looks(page(`<ul>${`<li><p>${long}</p></li>`.repeat(6)}</ul>`))).toBe(false);
    expect(looks(page('<p>Short.</p>'.repeat(50)))).toBe(false);
  });

  it('uses nothing outside its own body, so the page can run its source', () => {
    const rebuilt = new Function(`return (${looksLikeArticle.toString()})`)() as typeof looksLikeArticle;
    expect(rebuilt(DEFAULT_READERABLE_MIN_CHARS, DEFAULT_READERABLE_MIN_SCORE, loadFixture('seed-moscow-times').doc)).toBe(true);
  });
});
