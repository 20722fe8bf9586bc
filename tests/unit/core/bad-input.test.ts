// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DEPTH } from '../../../src/core/extract/tree-depth.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { articlePage, dom } from './helpers.ts';

const url = 'http://localhost/page.html';

describe('readArticle on bad input: a clear result, never a crash', () => {
  it('empty document', () => {
    expect(readArticle(dom(''), { url })).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('page without a body', () => {
    const doc = dom('<html><head><title>x</title></head></html>');
    doc.body?.remove();
    expect(readArticle(doc, { url })).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('frameset', () => {
    const doc = dom('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>');
    const result = readArticle(doc, { url });
    expect(result).toMatchObject({ ok: false, reason: 'frameset' });
    if (!result.ok) expect(result.message).toMatch(/frames/);
  });

  it('SVG / XML document', () => {
    const doc = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>hello</text></svg>', { contentType: 'image/svg+xml' }).window
      .document;
    expect(readArticle(doc, { url })).toMatchObject({ ok: false, reason: 'not-html' });
  });

  it('an XML document shown through an HTML tree (Chromium’s XML viewer)', () => {
    const typed = (contentType: string) => {
      const doc = new JSDOM(articlePage('<p>Not really HTML.</p>')).window.document;
      Object.defineProperty(doc, 'contentType', { value: contentType });
      return doc;
    };
    expect(readArticle(typed('application/xml'), { url })).toMatchObject({ ok: false, reason: 'not-html' });
    expect(readArticle(typed('application/xhtml+xml'), { url, hide: [] }).ok).toBe(true);
    expect(readArticle(typed('text/plain'), { url, hide: [] }).ok).toBe(true);
  });

  it('binary garbage parsed as HTML', () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const result = readArticle(dom(bytes), { url });
    expect(typeof result.ok).toBe('boolean');
  });

  it('nesting deeper than DEFAULT_MAX_DEPTH', () => {
    // Built with DOM calls; jsdom attaches and parses deep trees recursively and quadratically, so
    // the 10,000-level source case is covered where it is refused, before parsing (CLI tests).
    const doc = dom('<html><body></body></html>');
    let parent: Element = doc.body;
    for (let i = 0; i < DEFAULT_MAX_DEPTH + 500; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.textContent = 'deep text '.repeat(50);
    const result = readArticle(doc, { url });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/levels deep/);
  });

  it('nesting under the limit is read', () => {
    const doc = dom(articlePage(''));
    let parent: Element = doc.querySelector('article')!;
    for (let i = 0; i < 200; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.textContent = 'Nested but fine. '.repeat(20);
    expect(readArticle(doc, { url, hide: [] }).ok).toBe(true);
  });

  it('more elements than the limit', () => {
    const html = articlePage('<p>x</p>'.repeat(500));
    const result = readArticle(dom(html), { url, maxElements: 100 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('20 MB page', { timeout: 120_000 }, () => {
    const para = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1750)}</p>\n`;
    const html = `<html><body><article>${para.repeat(Math.ceil(20e6 / para.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(20e6);
    const result = readArticle(dom(html), { url, hide: [] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.wordCount).toBeGreaterThan(2_000_000);
  });
});
