// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createLiveHider,
  findBackdrops,
  HIDDEN_ATTR,
  overlayAround,
  STYLE_ATTR,
} from '../../../src/content/live-hide.ts';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = `
    <article><p id="p1">A real paragraph of the article.</p>
      <div id="box"><p id="inner">Sign up for our newsletter</p><form><input type="email"></form></div>
      <p id="p2">Another paragraph.</p></article>`;
});

const $ = (id: string) => document.getElementById(id)!;
const visible = (el: Element) => getComputedStyle(el).display !== 'none';

describe('createLiveHider', () => {
  it('marks each target with its category and hides it with one injected rule', () => {
    const hider = createLiveHider(document);
    const added = hider.hide([{ element: $('box'), category: 'newsletter' }]);
    expect(added).toEqual([$('box')]);
    expect($('box').getAttribute(HIDDEN_ATTR)).toBe('newsletter');
    expect(document.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    expect(visible($('box'))).toBe(false);
    expect(visible($('p1'))).toBe(true);
    // Nothing was removed from the page.
    expect($('inner').textContent).toBe('Sign up for our newsletter');
  });

  it('does not mark twice, and skips blocks inside a hidden one', () => {
    const hider = createLiveHider(document);
    hider.hide([{ element: $('box'), category: 'newsletter' }]);
    expect(hider.hide([{ element: $('box'), category: 'newsletter' }])).toEqual([]);
    expect(hider.hide([{ element: $('inner'), category: 'newsletter' }])).toEqual([]);
    expect(hider.isHidden($('inner'))).toBe(true);
    expect(hider.hidden.size).toBe(1);
    expect(document.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
  });

  it('lets an enclosing block replace the marks inside it', () => {
    const hider = createLiveHider(document);
    hider.hide([{ element: $('inner'), category: 'newsletter' }]);
    const added = hider.hide([{ element: $('box'), category: 'donation' }]);
    expect(added).toEqual([$('box')]);
    expect($('inner').hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect([...hider.hidden]).toEqual([$('box')]);
  });

  it('restores everything: markers, styles, and the count of blocks shown', () => {
    const hider = createLiveHider(document);
    hider.hide([
      { element: $('box'), category: 'newsletter' },
      { element: $('p2'), category: 'donation' },
    ]);
    expect(hider.restore()).toBe(2);
    expect(document.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(0);
    expect(document.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(0);
    expect(visible($('box'))).toBe(true);
    expect(hider.hidden.size).toBe(0);
  });

  it('hides inside open shadow roots with a style in that root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="w"><p>Get our newsletter in your inbox</p></div>';
    const widget = shadow.getElementById('w')!;
    const hider = createLiveHider(document);
    hider.hide([{ element: widget, category: 'newsletter' }]);
    expect(widget.getAttribute(HIDDEN_ATTR)).toBe('newsletter');
    expect(shadow.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    expect(hider.isHidden(widget.firstElementChild!)).toBe(true);
    expect(hider.restore()).toBe(1);
    expect(shadow.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(0);
    expect(widget.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });
});

describe('overlayAround', () => {
  it('climbs to the fixed overlay that only wraps the block', () => {
    document.body.innerHTML = `<div id="overlay" style="position:fixed;inset:0"><div id="frame"><div id="dialog">
      <p>Join 80,000 readers who get our briefing</p><button>Close</button></div></div></div>`;
    expect(overlayAround($('dialog'))).toBe($('overlay'));
  });

  it('stays on the block when the fixed ancestor holds other text', () => {
    document.body.innerHTML = `<div id="sidebar" style="position:fixed"><div id="dialog"><p>Sign up for our newsletter</p></div>
      <p>${'Most read stories of the week and a lot of other text. '.repeat(4)}</p></div>`;
    expect(overlayAround($('dialog'))).toBe($('dialog'));
  });

  it('stays on the block when nothing around it is fixed', () => {
    expect(overlayAround($('box'))).toBe($('box'));
  });
});

describe('findBackdrops', () => {
  const cover = (el: Element, rect: Partial<DOMRect>) => {
    el.getBoundingClientRect = () => ({ left: 0, top: 0, right: 0, bottom: 0, ...rect }) as DOMRect;
  };

  it('finds empty fixed layers above the page covering the viewport, not content, decoration or small ones', () => {
    document.body.innerHTML = `<div id="backdrop" style="position:fixed;z-index:9998"></div>
      <div id="bar" style="position:fixed;z-index:10"></div>
      <div id="decor" style="position:fixed;z-index:-1"></div>
      <div id="header" style="position:fixed;z-index:10">Site header</div><p id="p">text</p>`;
    const full = { right: window.innerWidth, bottom: window.innerHeight };
    cover($('backdrop'), full);
    cover($('decor'), full);
    cover($('header'), full);
    cover($('bar'), { right: window.innerWidth, bottom: 40 });
    cover($('p'), full);
    expect(findBackdrops(document)).toEqual([$('backdrop')]);
  });
});
