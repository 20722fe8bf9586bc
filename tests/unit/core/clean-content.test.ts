// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveSrcset } from '../../../src/core/clean/absolute-urls.ts';
import { cleanContent } from '../../../src/core/clean/clean-content.ts';
import { fixLazyImages, fixNoscriptImages } from '../../../src/core/clean/lazy-images.ts';
import { isTrackingPixel } from '../../../src/core/clean/tracking-pixels.ts';
import { videoLink } from '../../../src/core/clean/video-embeds.ts';
import { dom } from './helpers.ts';

const BASE = 'https://news.example.org/world/story.html';

function clean(html: string): Element {
  const doc = dom(`<html><body><div id="c">${html}</div></body></html>`, BASE);
  const root = doc.getElementById('c')!;
  cleanContent(root, { baseUrl: BASE, window: doc.defaultView! });
  return root;
}

describe('cleanContent', () => {
  it('removes scripts, handlers, javascript: URLs, frames and form controls', () => {
    const root = clean(
      '<p onclick="x()">Text <a href="javascript:alert(1)">link</a></p><script>bad()</script><img src="a.jpg" onerror="bad()"><iframe src="https://ads.example/x"></iframe><form action="/s"><input name="q"><button>Go</button></form><style>p{}</style>',
    );
    const html = root.innerHTML;
    expect(html).not.toMatch(/<(script|iframe|form|input|button|style)\b|onclick|onerror|javascript:/i);
    expect(root.textContent).toContain('Text link');
  });

  it('keeps figures with captions, tables, code and math', () => {
    const root = clean(
      '<figure><img src="/p.jpg" alt="A photo"><figcaption>The caption</figcaption></figure><table><tr><th>h</th></tr><tr><td>1</td></tr></table><pre><code>let x = 1;\n  x++;</code></pre><math><mi>x</mi><mo>=</mo><mn>2</mn></math>',
    );
    for (const tag of ['figure', 'figcaption', 'table', 'td', 'pre', 'code', 'math', 'mi']) expect(root.querySelector(tag), tag).not.toBeNull();
    expect(root.querySelector('pre')!.textContent).toBe('let x = 1;\n  x++;');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://news.example.org/p.jpg');
  });

  it('makes srcset and <source> URLs absolute', () => {
    const root = clean('<picture><source srcset="/a.webp 1x, b.webp 2x" type="image/webp"><img src="//cdn.example.org/c.jpg"></picture>');
    expect(root.querySelector('source')!.getAttribute('srcset')).toBe(
      'https://news.example.org/a.webp 1x, https://news.example.org/world/b.webp 2x',
    );
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.org/c.jpg');
  });

  it('keeps in-page fragment links relative', () => {
    expect(clean('<a href="#notes">notes</a>').querySelector('a')!.getAttribute('href')).toBe('#notes');
  });

  it('turns a YouTube player into a link and drops tracking pixels', () => {
    const root = clean(
      '<p>Before</p><iframe src="https://www.youtube.com/embed/abc123XYZ" title="The interview"></iframe><img src="https://x.example/p.gif" width="1" height="1"><img src="https://www.google-analytics.com/collect?v=1">',
    );
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc123XYZ');
    expect(link.textContent).toContain('The interview');
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('lazy images', () => {
  it('uses data-src / data-srcset over a placeholder', () => {
    const doc = dom('<div id="c"><img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg" data-srcset="/r1.jpg 1x, /r2.jpg 2x"></div>');
    const root = doc.getElementById('c')!;
    fixLazyImages(root);
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/real.jpg');
    expect(img.getAttribute('srcset')).toBe('/r1.jpg 1x, /r2.jpg 2x');
  });

  it('replaces a placeholder with its <noscript> fallback', () => {
    const doc = dom('<div id="c"><img class="lazy" src="blank.gif"><noscript><img src="/full.jpg" alt="Full"></noscript></div>');
    const root = doc.getElementById('c')!;
    fixNoscriptImages(root);
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('/full.jpg');
    expect(root.querySelector('noscript')).toBeNull();
  });

  it('gives a <picture> without <img> one from its source', () => {
    const doc = dom('<div id="c"><picture><source data-srcset="/p.webp 1x"></picture></div>');
    const root = doc.getElementById('c')!;
    fixLazyImages(root);
    expect(root.querySelector('picture img')!.getAttribute('src')).toBe('/p.webp');
  });

  it('leaves real images alone', () => {
    const doc = dom('<div id="c"><img src="/a.jpg" data-src="/b.jpg"></div>');
    const root = doc.getElementById('c')!;
    fixLazyImages(root);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('/a.jpg');
  });
});

describe('helpers', () => {
  it('resolveSrcset keeps descriptors and commas inside URLs', () => {
    expect(resolveSrcset('a.jpg 1x,b.jpg 2x', 'http://h/x/')).toBe('http://h/x/a.jpg 1x, http://h/x/b.jpg 2x');
    expect(resolveSrcset('/i/w_300,h_200/a.jpg 300w', 'http://h/')).toBe('http://h/i/w_300,h_200/a.jpg 300w');
  });

  it('isTrackingPixel', () => {
    const doc = dom('');
    const img = (attrs: string) => {
      const d = doc.createElement('div');
      d.innerHTML = `<img ${attrs}>`;
      return d.firstElementChild!;
    };
    expect(isTrackingPixel(img('src="/a.gif" width="1" height="1"'))).toBe(true);
    expect(isTrackingPixel(img('src="/photo.jpg" width="640" height="1"'))).toBe(false);
    expect(isTrackingPixel(img('src="/photo.jpg"'))).toBe(false);
  });

  it('videoLink knows the common players only', () => {
    expect(videoLink('https://player.vimeo.com/video/123?h=1')).toEqual({ provider: 'Vimeo', url: 'https://vimeo.com/123' });
    expect(videoLink('https://example.com/embed/123')).toBeNull();
  });
});
