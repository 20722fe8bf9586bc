// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { embedImages, type ImageFetcher, imageType, pickCandidate } from '../../../src/core/serialize/embed-images.ts';
import { articleToHtmlWithImages } from '../../../src/core/serialize/save-html.ts';
import { SAVED_CSP } from '../../../src/core/serialize/to-html.ts';
import { CORPUS, describeCorpus, loadFixture } from '../core/helpers.ts';

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN4+P//fwAJ0wPo9Nvt9wAAAABJRU5ErkJggg==', 'base64'));
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"></svg>');
const HTML_PAGE = new TextEncoder().encode('<!doctype html><title>404</title>');

const body = (html: string) => {
  const doc = new JSDOM(`<body>${html}</body>`, { virtualConsole: new VirtualConsole() }).window.document;
  return doc.body;
};

/** A fetcher serving `files` by URL, recording what it was asked for. */
function fakeFetcher(files: Record<string, Uint8Array | 'throw'>) {
  const asked: Array<[string, number]> = [];
  const fetchImage: ImageFetcher = async (url, maxBytes) => {
    asked.push([url, maxBytes]);
    const file = files[url];
    if (file === 'throw') throw new Error('network down');
    if (!file) return null;
    return file.length > maxBytes ? 'too-large' : { bytes: file, type: 'image/jpeg' };
  };
  return { fetchImage, asked };
}

const dataUri = (type: string, bytes: Uint8Array) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

describe('embedImages', () => {
  it('puts each image inside as a data: URI, typed by its bytes, fetching a repeated image once', async () => {
    const root = body(
      '<p><img src="https://a.example/1.png" alt="one" loading="lazy"></p><figure><img src="https://b.example/2" alt="two"></figure>' +
        '<img src="https://a.example/1.png"><img src="https://c.example/v.svg">',
    );
    const { fetchImage, asked } = fakeFetcher({ 'https://a.example/1.png': PNG, 'https://b.example/2': JPEG, 'https://c.example/v.svg': SVG });
    const report = await embedImages(root, fetchImage);
    expect(report).toEqual({ embedded: 4, bytes: PNG.length + JPEG.length + SVG.length, left: [] });
    expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      dataUri('image/png', PNG),
      dataUri('image/jpeg', JPEG),
      dataUri('image/png', PNG),
      dataUri('image/svg+xml', SVG),
    ]);
    expect(asked.map(([url]) => url).sort()).toEqual(['https://a.example/1.png', 'https://b.example/2', 'https://c.example/v.svg']);
    expect(root.querySelector('img[loading]')).toBeNull();
  });

  it('leaves an image over the per-image cap as a visible note with a link, and asks the fetcher to stop there', async () => {
    const root = body('<p>Before <img src="https://a.example/big.jpg" alt="A big chart"> after</p>');
    const big = new Uint8Array(2000).fill(0xff);
    const { fetchImage, asked } = fakeFetcher({ 'https://a.example/big.jpg': big });
    const report = await embedImages(root, fetchImage, { maxImageBytes: 1000 });
    expect(asked).toEqual([['https://a.example/big.jpg', 1000]]);
    expect(report.left).toEqual([{ url: 'https://a.example/big.jpg', reason: 'too-large' }]);
    const note = root.querySelector('.image-note');
    expect(note?.textContent).toBe('Image not saved in this file (larger than 0 MB): A big chart');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('https://a.example/big.jpg');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('p')?.textContent).toMatch(/^Before Image not saved.* after$/);
  });

  it('fetches nothing when the per-image cap is 0', async () => {
    const root = body('<img src="https://a.example/1.png" alt="one">');
    const { fetchImage, asked } = fakeFetcher({ 'https://a.example/1.png': PNG });
    const report = await embedImages(root, fetchImage, { maxImageBytes: 0 });
    expect(asked).toEqual([]);
    expect(report.left).toEqual([{ url: 'https://a.example/1.png', reason: 'too-large' }]);
  });

  it('stops embedding at the total cap, in document order', async () => {
    const files = Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [`https://x.example/${n}.png`, PNG]));
    const root = body(['a', 'b', 'c', 'd'].map((n) => `<img src="https://x.example/${n}.png" alt="${n}">`).join(''));
    const report = await embedImages(root, fakeFetcher(files).fetchImage, { maxTotalBytes: PNG.length * 2 + 1, concurrency: 4 });
    expect(report.embedded).toBe(2);
    expect(report.left.map((l) => [l.url.slice(-5), l.reason])).toEqual([
      ['c.png', 'total-reached'],
      ['d.png', 'total-reached'],
    ]);
    expect(root.querySelectorAll('img[src^="data:image/png"]').length).toBe(2);
    expect(root.querySelectorAll('.image-note').length).toBe(2);
  });

  it('notes what is not an image, what fails, what was declined (never fetched), and what has no address', async () => {
    const root = body(
      '<img src="https://a.example/error.jpg" alt="e"><img src="https://a.example/down.jpg" alt="d">' +
        '<img src="https://private.example/p.png" alt="p"><img src="blob:https://a.example/1" alt="b"><a href="https://a.example/"><img src="https://a.example/gone.jpg" alt="in a link"></a>',
    );
    const { fetchImage, asked } = fakeFetcher({ 'https://a.example/error.jpg': HTML_PAGE, 'https://a.example/down.jpg': 'throw', 'https://private.example/p.png': PNG });
    const report = await embedImages(root, fetchImage, { declined: (url) => url.startsWith('https://private.example/') });
    expect(report.left.map((l) => l.reason)).toEqual(['not-an-image', 'unreadable', 'declined', 'unreadable', 'unreadable']);
    expect(asked.map(([u]) => u)).not.toContain('https://private.example/p.png');
    expect(root.querySelectorAll('img').length).toBe(0);
    // A note inside a link does not nest a second link.
    expect(root.querySelectorAll('a a').length).toBe(0);
    expect(root.querySelector('a .image-note')?.textContent).toBe('Image not saved in this file (it could not be read): in a link');
  });

  it('settles <picture> and srcset on one URL, and turns video and audio into links', async () => {
    const root = body(
      '<picture><source srcset="https://a.example/s-800.webp 800w, https://a.example/s-1600.webp 1600w, https://a.example/s-3200.webp 3200w" type="image/webp"><img alt="p"></picture>' +
        '<img src="https://a.example/small.jpg" srcset="https://a.example/x1.jpg 1x, https://a.example/x2.jpg 2x, https://a.example/x3.jpg 3x" sizes="50vw">' +
        '<video src="https://a.example/v.mp4" poster="https://a.example/poster.jpg"></video><audio><source src="https://a.example/a.mp3"></audio>' +
        '<table background="https://a.example/bg.png"><tr><td>x</td></tr></table>',
    );
    const { fetchImage, asked } = fakeFetcher({ 'https://a.example/s-1600.webp': PNG, 'https://a.example/x2.jpg': JPEG });
    await embedImages(root, fetchImage);
    expect(asked.map(([u]) => u).sort()).toEqual(['https://a.example/s-1600.webp', 'https://a.example/x2.jpg']);
    expect(root.querySelectorAll('picture, source, video, audio, [srcset], [sizes], [poster], [background]').length).toBe(0);
    expect([...root.querySelectorAll('.media-note')].map((n) => n.textContent)).toEqual([
      'Video (not saved in this file): https://a.example/v.mp4',
      'Audio (not saved in this file): https://a.example/a.mp3',
    ]);
  });

  it('writes its notes in the language passed in, the limit filled in', async () => {
    const root = body('<img src="https://a.example/big.jpg" alt="Groß"><video src="https://a.example/v.mp4"></video><audio></audio>');
    const { fetchImage } = fakeFetcher({ 'https://a.example/big.jpg': new Uint8Array(3 * 1024 * 1024) });
    await embedImages(root, fetchImage, {
      maxImageBytes: 2 * 1024 * 1024,
      notes: { 'too-large': 'Bild nicht in dieser Datei gespeichert (größer als $1):', video: 'Video (nicht gespeichert):', audio: 'Audio (nicht gespeichert):' },
    });
    expect(root.querySelector('.image-note')?.textContent).toBe('Bild nicht in dieser Datei gespeichert (größer als 2 MB): Groß');
    expect([...root.querySelectorAll('.media-note')].map((n) => n.textContent)).toEqual(['Video (nicht gespeichert): https://a.example/v.mp4', 'Audio (nicht gespeichert).']);
  });

  it('takes from inline SVG every reference to another file, keeping in-file ones', async () => {
    const root = body(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><circle id="c" r="2"/></defs>' +
        '<image href="https://a.example/i.png"/><image xlink:href="https://a.example/j.png"/><use href="#c"/><use href="https://a.example/s.svg#c"/>' +
        '<filter id="f"><feImage href="https://a.example/k.png"/></filter></svg>',
    );
    await embedImages(root, async () => null);
    const refs = [...root.querySelectorAll('image, use, feImage, feimage')].map((el) => el.getAttribute('href') ?? el.getAttribute('xlink:href'));
    expect(refs).toEqual([null, null, '#c', null, null]);
  });

  it.each([
    ['a.jpg 400w, b.jpg 1200w, c.jpg 2400w', 'b.jpg'],
    ['c.jpg 2400w, d.jpg 3000w', 'c.jpg'],
    ['a.jpg, b.jpg 2x', 'b.jpg'],
    ['https://x.example/i.jpg?w=1,2 800w', 'https://x.example/i.jpg?w=1,2'],
    ['', null],
  ])('picks %j → %j', (srcset, url) => {
    expect(pickCandidate(srcset)).toBe(url);
  });

  it('types images by their bytes only', () => {
    expect([PNG, JPEG, SVG, HTML_PAGE].map((b) => imageType(b))).toEqual(['image/png', 'image/jpeg', 'image/svg+xml', null]);
  });
});

/** Every attribute that makes a browser fetch something, anywhere in the saved file. */
function requestingUrls(doc: Document): string[] {
  const found: string[] = [];
  const attrs = ['src', 'srcset', 'poster', 'background', 'data', 'href', 'xlink:href', 'action', 'formaction', 'manifest', 'ping'];
  for (const el of doc.querySelectorAll('*')) {
    for (const name of attrs) {
      const value = el.getAttribute(name);
      if (!value) continue;
      // Links are followed only when clicked; everything else would load on open.
      if (name === 'href' && el.localName === 'a') continue;
      if (!value.startsWith('data:')) found.push(`${el.localName}[${name}]=${value.slice(0, 80)}`);
    }
  }
  for (const el of doc.querySelectorAll('script, link, base, iframe, object, embed, style[src], meta[http-equiv=refresh]')) found.push(el.localName);
  return found;
}

async function savedHtml(article: Article, fetchImage: ImageFetcher) {
  const doc = new JSDOM('', { virtualConsole: new VirtualConsole() }).window.document;
  const { html, report } = await articleToHtmlWithImages(article, doc, fetchImage);
  return { html, report, saved: new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document };
}

describe('the saved HTML with images', () => {
  const anyImage: ImageFetcher = async () => ({ bytes: PNG, type: 'image/png' });

  it('has a CSP with no network and no script, and nothing in it asks for a URL', async () => {
    const { expected, doc } = loadFixture('tables-images-report');
    const result = readArticle(doc, { url: expected.url });
    if (!result.ok) throw new Error(result.message);
    const sourceImages = (result.article.contentHtml.match(/<img\b/g) ?? []).length;
    expect(sourceImages).toBeGreaterThan(0);
    const { saved, report } = await savedHtml(result.article, anyImage);
    expect(saved.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(SAVED_CSP);
    expect(SAVED_CSP).toMatch(/default-src 'none'/);
    expect(SAVED_CSP).not.toMatch(/script-src|https?:|\*/);
    expect(report.embedded).toBe(sourceImages);
    expect(saved.querySelectorAll('img[src^="data:image/png;base64,"]').length).toBe(sourceImages);
    expect(requestingUrls(saved)).toEqual([]);
  });

  it('sanitises again and never copies <base>, scripts or handlers from the content', async () => {
    const article = {
      ...loadFixtureArticle(),
      contentHtml: '<base href="https://evil.example/"><p>Text</p><img src="https://a.example/x.png" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">j</a>',
    };
    const { saved, html } = await savedHtml(article, anyImage);
    expect(html).not.toMatch(/<base|<script|onerror|javascript:/i);
    expect(saved.querySelectorAll('img[src^="data:"]').length).toBe(1);
    expect(requestingUrls(saved)).toEqual([]);
  });
});

function loadFixtureArticle(): Article {
  const { expected, doc } = loadFixture('seed-moscow-times');
  const result = readArticle(doc, { url: expected.url });
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

describeCorpus('the saved HTML of corpus pages', () => {
  it.each(['lazy-image-1', 'wikipedia', 'medium-2', 'nytimes-1', 'guardian-1', 'bbc-1'])('%s: every image inside, no URL loads', async (slug) => {
    const url = 'http://fakehost/test/page.html';
    const html = readFileSync(path.join(CORPUS, 'readability-test-pages', slug, 'source.html'), 'utf8');
    const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    const result = readArticle(doc, { url, hide: [] });
    if (!result.ok) throw new Error(result.message);
    const asked: string[] = [];
    const { saved, report } = await savedHtml(result.article, async (u) => {
      asked.push(u);
      return { bytes: PNG, type: 'image/png' };
    });
    expect(report.left).toEqual([]);
    expect(saved.querySelectorAll('img').length).toBe(report.embedded);
    expect(asked.every((u) => /^https?:\/\//.test(u))).toBe(true);
    expect(requestingUrls(saved)).toEqual([]);
    // The text is all there.
    const words = (s: string) => s.replace(/\s+/g, '');
    expect(words(saved.body.textContent ?? '')).toContain(words(result.article.text).slice(0, 200));
  }, 30_000);
});
