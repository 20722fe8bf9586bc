// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import type { ImageFetcher } from '../../../src/core/serialize/embed-images.ts';
import { articleFilename } from '../../../src/core/serialize/filename.ts';
import { articleToMarkdownWithImages, imagesFolderFor } from '../../../src/core/serialize/save-html.ts';
import { articleToMarkdown } from '../../../src/core/serialize/to-markdown.ts';
import { CORPUS, describeCorpus } from '../core/helpers.ts';

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN4+P//fwAJ0wPo9Nvt9wAAAABJRU5ErkJggg==', 'base64'));
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

const SAVED = new Date('2026-11-30T05:00:00Z');
const newDoc = () => new JSDOM('<!DOCTYPE html><title></title>', { virtualConsole: new VirtualConsole() }).window.document;

/** The Markdown rendered as HTML, as a note-taking tool would show it. */
const rendered = (markdown: string) =>
  new JSDOM(`<body>${marked.parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), { async: false })}</body>`).window.document;

const mock = (contentHtml: string): Article => ({
  title: 'A (draft) [1] #2: 100% sure?',
  byline: null,
  siteName: 'Example News',
  lang: 'en',
  dir: 'ltr',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  contentHtml,
  text: '',
  wordCount: 0,
  readingMinutes: 1,
  url: 'https://example.org/a',
  removed: [],
});

describe('Markdown with its images beside it', () => {
  it('names the files in document order, one per distinct image, typed by their bytes; links point at them', async () => {
    const article = mock(
      '<p>One <img src="https://img.example/a" alt="first"></p><p><img src="https://img.example/b.png" alt="second"></p><p><img src="https://img.example/a" alt="first again"></p>',
    );
    const fetchImage: ImageFetcher = async (url) => ({ bytes: url.endsWith('/a') ? JPEG : PNG, type: 'image/png' });
    const folder = imagesFolderFor(articleFilename(article, 'markdown'));
    const { markdown, files, report } = await articleToMarkdownWithImages(article, newDoc(), fetchImage, folder);
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['1.jpg', 'image/jpeg'],
      ['2.png', 'image/png'],
    ]);
    expect(report).toMatchObject({ embedded: 3, left: [] });
    const srcs = [...rendered(markdown).querySelectorAll('img')].map((img) => decodeURIComponent(img.getAttribute('src') ?? ''));
    expect(srcs).toEqual([`${folder}/1.jpg`, `${folder}/2.png`, `${folder}/1.jpg`]);
    // The folder's name holds brackets, parentheses, a hash and a percent sign: all escaped in the link.
    expect(folder).toMatch(/[()[\]#%]/);
  });

  it('leaves an unreadable or declined image at its address, after the note (in the language passed in)', async () => {
    const article = mock('<p><img src="https://img.example/gone.png" alt="gone"> <img src="https://other.example/x.png" alt="other"> <img src="https://img.example/ok.png" alt="ok"></p>');
    const fetchImage: ImageFetcher = async (url) => (url.includes('gone') ? null : { bytes: PNG, type: null });
    const { markdown, files, report } = await articleToMarkdownWithImages(article, newDoc(), fetchImage, 'x_files', {
      declined: (url) => url.startsWith('https://other.example/'),
      notes: { unreadable: 'Bild nicht gespeichert (nicht lesbar):', declined: 'Bild nicht gespeichert (keine Erlaubnis):' },
    });
    expect(files.map((f) => f.name)).toEqual(['1.png']);
    expect(report.left).toEqual([
      { url: 'https://img.example/gone.png', reason: 'unreadable' },
      { url: 'https://other.example/x.png', reason: 'declined' },
    ]);
    expect(markdown).toContain('Bild nicht gespeichert (nicht lesbar): ![gone](https://img.example/gone.png)');
    expect(markdown).toContain('Bild nicht gespeichert (keine Erlaubnis): ![other](https://other.example/x.png)');
    expect(markdown).toContain('![ok](x_files/1.png)');
  });

  it('keeps to the size caps: an image over the per-image cap stays a link with the limit named', async () => {
    const article = mock('<p><img src="https://img.example/big.png" alt="big"></p>');
    const big = new Uint8Array(2048);
    big.set(PNG);
    const { markdown, files } = await articleToMarkdownWithImages(article, newDoc(), async () => ({ bytes: big, type: null }), 'x_files', { maxImageBytes: 1024 });
    expect(files).toEqual([]);
    expect(markdown).toMatch(/Image not saved in this file \(larger than 0 MB\): !\[big\]\(https:\/\/img\.example\/big\.png\)/);
  });
});

describeCorpus('Markdown with images beside it, on corpus pages', () => {
  const PAGES = ['lazy-image-1', 'ars-1', 'wikipedia', 'nytimes-1', 'medium-2', 'guardian-1'];

  it.each(PAGES)('%s: every image is a file beside the copy or a noted link; each link resolves to its file', async (slug) => {
    const url = 'http://fakehost/test/page.html';
    const source = readFileSync(path.join(CORPUS, 'readability-test-pages', slug, 'source.html'), 'utf8');
    const doc = new JSDOM(source, { url, virtualConsole: new VirtualConsole() }).window.document;
    const result = readArticle(doc, { url, hide: [] });
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    const sourceImages = new JSDOM(`<body>${article.contentHtml}</body>`).window.document.querySelectorAll('img').length;
    expect(sourceImages, 'the page has images').toBeGreaterThan(0);

    // Every third distinct address cannot be read; the others alternate JPEG and PNG.
    const seen: string[] = [];
    const fetchImage: ImageFetcher = async (address) => {
      if (!seen.includes(address)) seen.push(address);
      const n = seen.indexOf(address);
      if (n % 3 === 2) return null;
      return { bytes: n % 2 ? PNG : JPEG, type: null };
    };
    const folder = imagesFolderFor(articleFilename(article, 'markdown'));
    const { markdown, files, report } = await articleToMarkdownWithImages(article, newDoc(), fetchImage, folder);
    const names = new Set(files.map((f) => f.name));
    expect(names.size).toBe(files.length);
    expect(files.map((f) => f.name)).toEqual(files.map((f, i) => `${i + 1}.${f.type === 'image/png' ? 'png' : 'jpg'}`));

    const out = rendered(markdown);
    const images = [...out.querySelectorAll('img')];
    // No image is lost: each is a file beside the copy, or its original address after a note.
    expect(images.length).toBe(sourceImages);
    const local = images.filter((img) => !/^https?:/.test(img.getAttribute('src') ?? ''));
    expect(local.length).toBe(report.embedded);
    for (const img of local) {
      const [dir, name, ...rest] = decodeURIComponent(img.getAttribute('src') ?? '').split('/');
      expect({ dir, rest }).toEqual({ dir: folder, rest: [] });
      expect(names.has(name ?? '')).toBe(true);
    }
    expect(new Set(local.map((img) => img.getAttribute('src'))).size).toBe(files.length);
    const left = images.filter((img) => /^https?:/.test(img.getAttribute('src') ?? ''));
    expect(left.length).toBe(report.left.length);
    expect(report.left.every((l) => l.reason === 'unreadable')).toBe(true);
    const notes = (markdown.match(/Image not saved in this file \(it could not be read\): !\[/g) ?? []).length;
    expect(notes).toBe(report.left.length);
    // Apart from the image addresses, the notes and white space, it is the plain Markdown copy (a table kept as
    // HTML holds its images as <img> elements).
    const plain = articleToMarkdown(article, { savedAt: SAVED });
    const withFiles = (await articleToMarkdownWithImages(article, newDoc(), fetchImage, folder, { savedAt: SAVED })).markdown;
    const same = (md: string) =>
      md.replace(/Image not saved in this file \([^)]*\): /g, '').replace(/(!\[(?:\\.|[^\]])*\])\([^)\s]*\)/g, '$1()').replace(/ (src|srcset)="[^"]*"/g, '').replace(/\s+/g, '');
    expect(same(withFiles)).toBe(same(plain));
  }, 30_000);
});
