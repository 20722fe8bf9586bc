// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanupArticle } from '../../../../src/core/cleanup/index.ts';
import { readArticle } from '../../../../src/core/read-article.ts';
import { articlePage, dom } from '../helpers.ts';
import { PROSE } from './helpers.ts';

describe('cleanupArticle', () => {
  it('removes clutter, reports it as clutter, and removes containers left empty', () => {
    const doc = dom(`<body><div id="root"><div class="credit"><p>Photo: Jane Doe, AP</p></div>${PROSE}</div></body>`);
    const root = doc.getElementById('root')!;
    const removed = cleanupArticle(root);
    expect(removed).toEqual([{ category: 'clutter', reason: expect.stringMatching(/^photo-credit: /), text: 'Photo: Jane Doe, AP' }]);
    expect(root.querySelector('.credit')).toBeNull();
  });
  it('finds clutter in inline text between blocks, and removes only that text', () => {
    const doc = dom(`<body><div id="root"><section><span><img src="a.jpg"></span><span>© Amazon</span>${PROSE}</section></div></body>`);
    const root = doc.getElementById('root')!;
    expect(cleanupArticle(root).map((r) => r.text)).toEqual(['© Amazon']);
    expect(root.querySelector('img')).not.toBeNull();
    expect(root.textContent).toContain('The council met');
  });
  it('takes the text of a block that holds an image, and leaves the image', () => {
    const doc = dom(`<body><div id="root"><div><img src="logo.png"><span>https://www.example.com/news/story-1484.php</span></div>${PROSE}</div></body>`);
    const root = doc.getElementById('root')!;
    expect(cleanupArticle(root).map((r) => r.text)).toEqual(['https://www.example.com/news/story-1484.php']);
    expect(root.querySelector('img')).not.toBeNull();
  });
  it('keeps what the user put back', () => {
    const doc = dom(`<body><div id="root"><p>Photo: Jane Doe, AP</p>${PROSE}</div></body>`);
    expect(cleanupArticle(doc.getElementById('root')!, { keep: ['Photo: Jane Doe, AP'] })).toEqual([]);
  });
  it('runs in readArticle when hiding is on, and can be put back there', () => {
    const html = articlePage('<p>Lesen Sie auch: <a href="/other">Was die Reform bringt</a></p>');
    const on = readArticle(dom(html), { url: 'http://example.com/news/story.html' });
    expect(on.ok && on.article.removed.map((r) => r.category)).toEqual(['clutter']);
    expect(on.ok && on.article.text).not.toContain('Lesen Sie auch');
    const kept = readArticle(dom(html), { url: 'http://example.com/news/story.html', keep: [on.ok ? on.article.removed[0]!.text : ''] });
    expect(kept.ok && kept.article.text).toContain('Lesen Sie auch');
    const off = readArticle(dom(html), { url: 'http://example.com/news/story.html', hide: [] });
    expect(off.ok && off.article.removed).toEqual([]);
  });
});
