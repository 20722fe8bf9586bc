// @vitest-environment node
/**
 * The XSS corpus (tests/fixtures/xss) through the core pipeline and every save format: the
 * article HTML, the saved HTML file and the Markdown (rendered by markdown-it with raw HTML
 * allowed) contain nothing active, as the sanitiser's own check (findActiveContent) sees it.
 * The e2e twin (tests/e2e/hostile-pages.e2e.test.ts) proves the same in real Chromium.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { hostilePage, XSS_VECTORS } from '../../fixtures/xss/vectors.ts';
import { activeInHtml, activeInOutputs } from './inert.ts';

const URL_OF_PAGE = 'https://news.example/2024/03/council-votes.html';

function read(html: string): Article {
  const doc = new JSDOM(html, { url: URL_OF_PAGE, virtualConsole: new VirtualConsole() }).window.document;
  const result = readArticle(doc, { url: URL_OF_PAGE });
  if (!result.ok) throw new Error(`no article: ${result.message}`);
  return result.article;
}

describe('XSS corpus: nothing active survives the pipeline or the save formats', () => {
  it('has at least 60 labelled vectors with unique ids', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_VECTORS.map((v) => v.id)).size).toBe(XSS_VECTORS.length);
    for (const v of XSS_VECTORS) expect(v.label.length).toBeGreaterThan(3);
  });

  it('the checker passes ordinary article markup', () => {
    const ordinary = [
      '<p id="top">Text with <a href="https://example.com/a?b=1#c">a link</a> and <a href="#notes">a note</a>.</p>',
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="javascript: the good parts">',
      '<figure><img srcset="https://example.com/a.jpg 1x, https://example.com/b.jpg 2x"><figcaption>onload</figcaption></figure>',
      '<svg viewBox="0 0 10 10"><use href="#icon"></use><circle r="4"></circle></svg><math><mi>x</mi></math>',
      '<p title="javascript:void(0)">A title is not a URL.</p>',
    ];
    for (const html of ordinary) expect(activeInHtml(html), html).toEqual([]);
  });

  it('the checker finds each vector active before sanitising (where it is markup)', () => {
    // The checker must be able to fail: the raw content vectors are active to it.
    // Not markup to a parser: Markdown tricks, markup in comments or raw text, IE-only syntax, a
    // second <body> or a <frameset> (which a parser merges away or ignores outside a document).
    const notMarkup = /^md-|^mxss-comment$|^mxss-xmp$|^style-behavior$|^backtick-attr$|^body-onload$|^frameset-onload$/;
    const raw = XSS_VECTORS.filter((v) => v.slot === 'content' && !notMarkup.test(v.id));
    const missed = raw.filter((v) => activeInHtml(v.html).length === 0).map((v) => v.id);
    expect(missed).toEqual([]);
  });

  it.each(XSS_VECTORS.map((v) => [`${v.id} (${v.slot}): ${v.label}`, v] as const))('%s', (_, vector) => {
    const article = read(hostilePage(vector));
    expect(activeInOutputs(article)).toEqual([]);
    // The lead image is loaded by the view: only http(s).
    if (article.leadImage) expect(article.leadImage).toMatch(/^https?:\/\//);
    if (article.lang) expect(article.lang).not.toMatch(/[<>"]/);
    // The article is still there around the vector.
    expect(article.text).toContain('second public hearing');
  });
});
