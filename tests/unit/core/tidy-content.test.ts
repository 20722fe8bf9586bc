// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropEmptyGraphics, repairNoscriptBreakouts, unwrapDeadLinks } from '../../../src/core/clean/tidy-content.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { articlePage, dom } from './helpers.ts';

const body = (html: string) => {
  const doc = dom(`<body>${html}</body>`);
  return doc.body;
};

describe('unwrapDeadLinks', () => {
  it('turns links without a usable target into their text, keeps real links and in-page anchors', () => {
    const root = body(
      '<p><a>no href</a> <a href="">empty</a> <a href="#">hash</a> <a href="ftp://x/">ftp</a> <a href="https://a.example/">web</a> <a href="#notes">note</a> <a href="mailto:x@y.z">mail</a> <a id="top">anchor</a> <a name="old">named</a></p>',
    );
    expect(unwrapDeadLinks(root)).toBe(6);
    expect(root.innerHTML).toBe(
      '<p>no href empty hash ftp <a href="https://a.example/">web</a> <a href="#notes">note</a> <a href="mailto:x@y.z">mail</a> <span id="top">anchor</span> <span id="old">named</span></p>',
    );
  });
});

describe('dropEmptyGraphics', () => {
  it('drops SVGs that draw nothing or have no size, keeps drawings and nested SVGs', () => {
    const root = body(
      [
        '<svg id="empty"></svg>',
        '<svg id="only-defs"><defs><linearGradient id="g"></linearGradient></defs><title>t</title></svg>',
        '<svg id="zero-w" width="0" height="20"><circle r="5"></circle></svg>',
        '<svg id="zero-box" viewBox="0 0 0 0"><circle r="5"></circle></svg>',
        '<svg id="circle" viewBox="0 0 10 10"><circle r="5"></circle></svg>',
        '<svg id="text"><text x="1" y="10">label</text></svg>',
        '<svg id="outer"><svg id="inner"></svg><rect width="4" height="4"></rect></svg>',
      ].join(''),
    );
    expect(dropEmptyGraphics(root)).toBe(4);
    expect([...root.querySelectorAll('svg')].map((s) => s.id)).toEqual(['circle', 'text', 'outer', 'inner']);
  });

  it('drops figures left with nothing, keeps those with media or a caption', () => {
    const root = body(
      '<figure id="a"></figure><figure id="b"> <figcaption> </figcaption></figure><figure id="c"><svg></svg></figure><figure id="d"><img src="x.png"></figure><figure id="e"><figcaption>Only a caption</figcaption></figure>',
    );
    dropEmptyGraphics(root);
    expect([...root.querySelectorAll('figure')].map((f) => f.id)).toEqual(['d', 'e']);
  });
});

describe('repairNoscriptBreakouts', () => {
  /** The tree Chromium builds (scripts on) for `<noscript><p title="</noscript><img src=x onerror=…>"></p>`. */
  function brokenOut(doc: Document, after = '"></p>') {
    const noscript = doc.createElement('noscript');
    noscript.textContent = '<p title="';
    const img = doc.createElement('img');
    img.setAttribute('src', 'x');
    img.setAttribute('onerror', 'alert(1)');
    const p = doc.createElement('p');
    p.textContent = 'Story text after it.';
    doc.body.append(noscript, img, doc.createTextNode(after), p);
  }

  it('removes the nodes that were the attribute value, up to the ">" that closed it', () => {
    const doc = dom('<body></body>');
    brokenOut(doc, '"> Next words.');
    expect(repairNoscriptBreakouts(doc)).toBe(1);
    expect(doc.body.innerHTML).toBe(' Next words.<p>Story text after it.</p>');
  });

  it('leaves a page alone when no closing quote follows', () => {
    const doc = dom('<body></body>');
    const noscript = doc.createElement('noscript');
    noscript.textContent = '<p title="';
    doc.body.append(noscript, doc.createTextNode('no quote here'));
    expect(repairNoscriptBreakouts(doc)).toBe(0);
    expect(doc.body.textContent).toBe('<p title="no quote here');
  });

  it('leaves noscript elements with parsed children (scripts off) and plain fallbacks alone', () => {
    const doc = dom('<body><noscript><img src="a.png"></noscript></body>');
    const text = doc.createElement('noscript');
    text.textContent = '<img src="b.png">';
    doc.body.append(text, doc.createTextNode('"> text'));
    expect(repairNoscriptBreakouts(doc)).toBe(0);
  });

  it('through the pipeline: no stray "> and no payload image in the article', () => {
    const doc = dom(articlePage('<p id="marker">Before the picture.</p>'));
    const marker = doc.getElementById('marker')!;
    const holder = doc.createElement('div');
    marker.after(holder);
    const noscript = doc.createElement('noscript');
    noscript.textContent = '<p title="';
    const img = doc.createElement('img');
    img.setAttribute('src', 'https://example.com/x.png');
    holder.append(noscript, img, doc.createTextNode('">'), doc.createTextNode('After the picture.'));
    const result = readArticle(doc, { url: 'https://example.com/story', hide: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).not.toContain('">');
    expect(result.article.contentHtml).not.toContain('x.png');
    expect(result.article.text).toContain('After the picture.');
  });
});

describe('sanitiser: data: URLs only as images', () => {
  it('drops non-image data: URLs that DOMPurify lets through on media, keeps image ones', async () => {
    const { sanitizeHtml } = await import('../../../src/core/clean/sanitize-html.ts');
    const doc = dom('<body></body>');
    const out = sanitizeHtml(
      '<img id="a" src="data:text/html,<b>x</b>"><img id="b" src="data:image/png;base64,iVBORw0KGgo="><img id="c" srcset="https://x.example/a.png 1x, data:text/html,x 2x"><video id="d" src=" data:text/html,x"></video>',
      doc,
    );
    const root = dom(`<body>${out}</body>`).body;
    expect(root.querySelector('#a')?.hasAttribute('src')).toBe(false);
    expect(root.querySelector('#b')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(root.querySelector('#c')?.hasAttribute('srcset')).toBe(false);
    expect(root.querySelector('#d')?.hasAttribute('src')).toBe(false);
  });
});
