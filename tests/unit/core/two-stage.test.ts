// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../src/core/article.ts';
import { findActiveInHtml } from '../../../src/core/clean/find-active-content.ts';
import { finishPageRead, readArticle, readPage } from '../../../src/core/read-article.ts';
import { CORPUS, describeCorpus, dom, PAGE_FIXTURES } from './helpers.ts';

/**
 * The extension reads in two places: the page extracts (readPage) and sends the raw content once,
 * as HTML; the view finishes it (finishPageRead). The CLI and the benchmarks run both stages in
 * one place (readArticle). Both ways must give the same article, up to how the HTML round trip
 * re-nests markup and collapses runs of spaces.
 */
const HIDE = ['newsletter', 'donation', 'membership'] as const;

function twoStage(doc: Document, url: string, hide: readonly (typeof HIDE)[number][]): ReadResult {
  // What crosses from the page to the view: plain data, as the browser serialises it.
  const sent = JSON.parse(JSON.stringify(readPage(doc, { url, hide: [...hide] })));
  if (!sent.ok) return sent;
  const view = dom('<!doctype html><title>view</title>', 'chrome-extension://lectern/src/popup/popup.html');
  return finishPageRead(sent.page, { window: view.defaultView!, cleanup: hide.length > 0 });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function expectSameArticle(one: ReadResult, two: ReadResult): void {
  expect(two.ok).toBe(one.ok);
  if (!one.ok || !two.ok) {
    expect(two).toEqual(one);
    return;
  }
  const { contentHtml: _a, text: textOne, ...restOne } = one.article;
  const { contentHtml, text: textTwo, ...restTwo } = two.article;
  expect(restTwo).toEqual(restOne);
  expect(squash(textTwo)).toBe(squash(textOne));
  // Finished in the view from raw page HTML, the content is sanitised all the same.
  expect(findActiveInHtml(contentHtml, dom(''))).toEqual([]);
}

const FIXTURES = readdirSync(PAGE_FIXTURES).filter((slug) => !slug.startsWith('.'));

// jsdom reads a page in about a second; twice over four pages on a busy machine needs more than 5 s.
describe('reading in two stages (page, then view) gives the article read in one place', { timeout: 60_000 }, () => {
  it.each(FIXTURES)('%s', (slug) => {
    const url = 'http://127.0.0.1/page.html';
    const doc = dom(readFileSync(path.join(PAGE_FIXTURES, slug, 'source.html'), 'utf8'), url);
    for (const hide of [HIDE, []] as const) expectSameArticle(readArticle(doc, { url, hide: [...hide] }), twoStage(doc, url, hide));
  });

  it('never sends the page text twice: the page sends raw HTML and no text', () => {
    const doc = dom(readFileSync(path.join(PAGE_FIXTURES, 'seed-moscow-times', 'source.html'), 'utf8'));
    const sent = readPage(doc, { url: 'http://example.com/', hide: [...HIDE] });
    if (!sent.ok) throw new Error(sent.message);
    expect(Object.keys(sent.page)).not.toContain('text');
    expect(sent.page.rawContentHtml.length).toBeGreaterThan(1000);
  });

  it('repairs noscript images and video players in the page, and lazy images, tracking pixels and URLs in the view', () => {
    const doc = dom(
      `<!doctype html><html><head><title>Story</title></head><body><article><h1>Story</h1>${'<p>The council met on Tuesday to discuss the budget, and residents spoke in favour of the plan for the library.</p>'.repeat(6)}<p><img src="blank.gif" data-src="/real.jpg"><img src="https://www.google-analytics.com/collect?v=1"><a href="notes.html">notes</a></p><p><img src="spacer.gif"></p><noscript><img src="/full.jpg"></noscript><iframe src="https://www.youtube.com/embed/abc123XYZ" title="The interview"></iframe></article></body></html>`,
      'http://example.com/news/story.html',
    );
    const sent = readPage(doc, { url: 'http://example.com/news/story.html', hide: [] });
    if (!sent.ok) throw new Error(sent.message);
    const raw = sent.page.rawContentHtml;
    // The page: the noscript fallback is in place and the player is a link (both before defusing).
    expect(raw).toContain('full.jpg');
    expect(raw).not.toContain('<noscript');
    expect(raw).toContain('https://www.youtube.com/watch?v=abc123XYZ');
    // The rest is left to the view.
    expect(raw).toMatch(/<img src="[^"]*blank\.gif" data-src="\/real\.jpg">/);
    expect(raw).toContain('google-analytics.com');
    const finished = twoStage(doc, 'http://example.com/news/story.html', []);
    if (!finished.ok) throw new Error(finished.message);
    const html = finished.article.contentHtml;
    expect(html).toContain('src="http://example.com/real.jpg"');
    expect(html).not.toContain('google-analytics.com');
    expect(html).toContain('href="http://example.com/news/notes.html"');
    expect(finished).toEqual(readArticle(doc, { url: 'http://example.com/news/story.html', hide: [] }));
  });

  it('sends nothing that acts when parsed (handlers, scripts, styles, frames, base), and sanitises the rest in the view', () => {
    const doc = dom(
      `<!doctype html><html><head><title>Story</title></head><body><article><h1>Story</h1>${'<p>The council met on Tuesday to discuss the budget, and residents spoke in favour of the plan for the library.</p>'.repeat(6)}<p><img src="x.png" onerror="alert(1)"><a href="javascript:alert(2)">link</a><svg><style>&lt;img src=x onerror=alert(3)&gt;</style></svg><iframe srcdoc="<script>alert(4)</script>"></iframe></p></article></body></html>`,
      'http://example.com/story.html',
    );
    const sent = readPage(doc, { url: 'http://example.com/story.html', hide: [] });
    if (!sent.ok) throw new Error(sent.message);
    const raw = sent.page.rawContentHtml;
    expect(raw).not.toMatch(/onerror|<script|<style|<iframe|srcdoc/i);
    const finished = twoStage(doc, 'http://example.com/story.html', []);
    if (!finished.ok) throw new Error(finished.message);
    expect(finished.article.contentHtml).not.toMatch(/onerror|javascript:/);
    expect(findActiveInHtml(finished.article.contentHtml, dom(''))).toEqual([]);
  });
});

describeCorpus('the same on real pages', { timeout: 60_000 }, () => {
  const PAGES = path.join(CORPUS, 'readability-test-pages');
  // Pages whose markup the round trip re-nests (a heading inside a paragraph, tables, lists).
  it.each(['tmz-1', 'wikipedia-4', 'clean-links', 'dropbox-blog', 'yahoo-3'])('%s', (slug) => {
    const url = 'http://fakehost/test/page.html';
    const doc = dom(readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8'), url);
    expectSameArticle(readArticle(doc, { url, hide: [...HIDE] }), twoStage(doc, url, HIDE));
  });
});
