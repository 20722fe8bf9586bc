// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, STYLE_ATTR } from '../../../src/content/live-hide.ts';
import { createLivePage, type FindAppeals, type LivePage } from '../../../src/content/live-page.ts';
import type { AppealCategory } from '../../../src/core/article.ts';

/**
 * A stand-in for the detector: blocks marked data-appeal="<category>" below the root (never the
 * root itself, like findAppeals), outermost only, in the wanted categories.
 */
const calls: Array<Document | Element> = [];
const fakeFind: FindAppeals = (root, { categories }) => {
  calls.push(root);
  const all = [...root.querySelectorAll('[data-appeal]')].filter(
    (el) => !el.parentElement?.closest('[data-appeal]') || el.parentElement.closest('[data-appeal]') === root,
  );
  return all
    .filter((el) => categories.includes(el.getAttribute('data-appeal') as AppealCategory))
    .map((element) => ({
      element,
      category: element.getAttribute('data-appeal') as AppealCategory,
      reason: 'fake',
      score: 2,
      text: element.textContent ?? '',
    }));
};

const PAGE = `<article>
  <p id="p1">The first paragraph of the article.</p>
  <div id="nl" data-appeal="newsletter"><p>Sign up for our newsletter</p><form><input type="email"><button>Go</button></form></div>
  <p id="p2">The second paragraph of the article.</p>
  <aside id="give" data-appeal="donation"><p>Please support us monthly</p></aside>
</article>`;

const pages: LivePage[] = [];
function setUp(observeMs = 2_000) {
  document.head.innerHTML = '';
  document.body.innerHTML = PAGE;
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  calls.length = 0;
  const counts: number[] = [];
  const page = createLivePage(document, { find: fakeFind, onCount: (n) => counts.push(n), observeMs });
  pages.push(page);
  return { page, counts };
}
afterEach(() => {
  for (const p of pages) p.restore();
  pages.length = 0;
});

const $ = (id: string) => document.getElementById(id)!;
const shown = (el: Element) => getComputedStyle(el).display !== 'none';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createLivePage', () => {
  it('hides the appeals of the wanted categories and keeps the article', () => {
    const { page, counts } = setUp();
    expect(page.hide(['newsletter', 'donation'])).toBe(2);
    expect(shown($('nl'))).toBe(false);
    expect(shown($('give'))).toBe(false);
    expect(shown($('p1'))).toBe(true);
    expect(shown($('p2'))).toBe(true);
    expect($('give').getAttribute(HIDDEN_ATTR)).toBe('donation');
    expect(counts.at(-1)).toBe(2);
  });

  it('only looks for the categories asked for; none means nothing', () => {
    const { page } = setUp();
    expect(page.hide(['donation'])).toBe(1);
    expect(shown($('nl'))).toBe(true);
    expect(page.hide([])).toBe(0);
    expect(shown($('give'))).toBe(true);
  });

  it('restores everything in one call and reports zero', () => {
    const { page, counts } = setUp();
    page.hide(['newsletter', 'donation']);
    expect(page.restore()).toBe(2);
    expect(document.querySelectorAll(`[${HIDDEN_ATTR}], style[${STYLE_ATTR}]`)).toHaveLength(0);
    expect(shown($('nl'))).toBe(true);
    expect(counts.at(-1)).toBe(0);
    expect(page.count).toBe(0);
  });

  it('hiding again replaces the earlier hide instead of adding to it', () => {
    const { page } = setUp();
    page.hide(['newsletter', 'donation']);
    expect(page.hide(['newsletter', 'donation'])).toBe(2);
    expect(document.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
  });

  it('catches a modal added later, releases the scroll lock it sets, and undoes both', async () => {
    const { page, counts } = setUp();
    page.hide(['newsletter']);
    calls.length = 0;
    const modal = document.createElement('div');
    modal.id = 'modal';
    modal.setAttribute('data-appeal', 'newsletter');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    modal.innerHTML = '<p>Join 80,000 readers</p><form><input type="email"></form>';
    document.body.append(modal);
    document.body.style.overflowY = 'hidden';
    await wait(400);
    expect(shown(modal)).toBe(false);
    expect(counts.at(-1)).toBe(2);
    // The late subtree was judged in its parent's context, not by scanning everything again per node.
    expect(calls).toEqual([document.body]);
    expect(getComputedStyle(document.body).overflowY).not.toBe('hidden');

    page.restore();
    expect(shown(modal)).toBe(true);
    expect(document.body.style.overflowY).toBe('hidden');
  });

  it('leaves a scroll lock alone when no overlay was hidden', () => {
    const { page } = setUp();
    document.body.style.overflowY = 'hidden';
    page.hide(['newsletter']);
    expect(getComputedStyle(document.body).overflowY).toBe('hidden');
  });

  it('stops watching after its time window', async () => {
    const { page } = setUp(30);
    page.hide(['newsletter']);
    await wait(60);
    const late = document.createElement('div');
    late.setAttribute('data-appeal', 'newsletter');
    document.body.append(late);
    await wait(300);
    expect(shown(late)).toBe(true);
  });

  it('hides appeals found inside open shadow roots', () => {
    const { page } = setUp();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="w">Metro AM newsletter</div>';
    const widget = shadow.getElementById('w')!;
    const find: FindAppeals = (root, options) => [
      ...fakeFind(root, options),
      { element: widget, category: 'newsletter', reason: 'fake', score: 2, text: 'Metro AM' },
    ];
    const shadowPage = createLivePage(document, { find, observeMs: 100 });
    pages.push(shadowPage);
    page.restore();
    expect(shadowPage.hide(['newsletter'])).toBe(2);
    expect(shadow.querySelector(`style[${STYLE_ATTR}]`)).not.toBeNull();
    expect(widget.getAttribute(HIDDEN_ATTR)).toBe('newsletter');
  });
});
