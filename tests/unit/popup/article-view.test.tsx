// @vitest-environment jsdom
import { render } from 'preact';
import type { Removal } from '../../../src/core/article.ts';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '../../../src/popup/ArticleView.tsx';
import { needsLeadImage } from '../../../src/popup/components/LeadImage.tsx';
import { mockArticle, settle, withRoot } from './fixtures.ts';

describe('ArticleView', () => {
  let root: HTMLElement;
  withRoot((el) => {
    root = el;
  });

  it('shows site, title, byline, date and reading time, then the content', () => {
    render(<ArticleView article={mockArticle()} />, root);
    expect(root.querySelector('article.reader .site')?.textContent).toBe('The Weather Desk');
    expect(root.querySelector('h1.title')?.textContent).toBe('Rain records broken across the region');
    const meta = [...root.querySelectorAll('.meta-part')].map((m) => m.textContent);
    expect(meta).toEqual(['Maya Lindqvist', 'February 3, 2025', '4 min read']);
    expect(root.querySelector('.content figcaption')?.textContent).toBe('Chart caption');
    expect(root.querySelectorAll('.content table td')).toHaveLength(2);
  });

  it('drops the content heading that repeats the title, and only that', () => {
    render(<ArticleView article={mockArticle()} />, root);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    render(
      <ArticleView article={mockArticle({ contentHtml: '<div><h2>Another heading</h2><p>Text.</p></div>' })} />,
      root,
    );
    expect(root.querySelector('.content h2')?.textContent).toBe('Another heading');
  });

  it('opens links in a new tab without opener, but keeps in-page anchors', () => {
    render(<ArticleView article={mockArticle()} />, root);
    const [external, anchor] = [...root.querySelectorAll<HTMLAnchorElement>('.content a')];
    expect(external?.target).toBe('_blank');
    expect(external?.rel).toBe('noopener noreferrer');
    expect(anchor?.hasAttribute('target')).toBe(false);
  });

  it('wraps tables so wide ones scroll instead of overflowing', () => {
    render(<ArticleView article={mockArticle()} />, root);
    expect(root.querySelector('.table-scroll > table')).not.toBeNull();
  });

  it('shows the lead image only when the content does not already have it', () => {
    render(<ArticleView article={mockArticle()} />, root);
    expect(root.querySelector('.lead-image img')?.getAttribute('src')).toBe('https://example.org/img/lead.jpg');
    expect(needsLeadImage(mockArticle({ leadImage: 'https://cdn.example.org/x/chart.png' }))).toBe(false);
    expect(needsLeadImage(mockArticle({ leadImage: null }))).toBe(false);
  });

  it('omits a byline that only repeats the site name', () => {
    render(<ArticleView article={mockArticle({ byline: 'the weather desk' })} />, root);
    expect([...root.querySelectorAll('.meta-part')].map((m) => m.textContent)).toEqual(['February 3, 2025', '4 min read']);
  });

  it('falls back to the host when there is no site name, and skips a date it cannot read', () => {
    render(<ArticleView article={mockArticle({ siteName: null, publishedTime: 'soon' })} />, root);
    expect(root.querySelector('.site')?.textContent).toBe('example.org');
    expect(root.querySelectorAll('.meta-part')).toHaveLength(2);
  });

  it('sets the language and direction of the article', () => {
    render(<ArticleView article={mockArticle({ lang: 'ar', dir: 'rtl' })} />, root);
    const article = root.querySelector('article.reader')!;
    expect(article.getAttribute('lang')).toBe('ar');
    expect(article.getAttribute('dir')).toBe('rtl');
  });

  /** The view with page actions that record their calls and answer with the number of removals. */
  const renderWithPageActions = (removed: Removal[], calls: string[]) =>
    render(
      <ArticleView
        article={mockArticle({ removed })}
        pageActions={{
          hideOnPage: async (categories) => {
            calls.push(`hide ${categories.join(',')}`);
            return removed.length;
          },
          restorePage: async () => {
            calls.push('restore');
            return removed.length;
          },
        }}
      />,
      root,
    );

  it('lists removed appeals and applies or undoes the hiding on the page', async () => {
    const calls: string[] = [];
    const removed = [
      {
        category: 'newsletter' as const,
        reason: 'newsletter 1.70: email-signup-form 0.80 (email input + submit button); appeal-phrases 0.90 ("sign up for our newsletter")',
        text: 'Sign up for our newsletter',
      },
      { category: 'donation' as const, reason: 'donation-amounts: Once / Monthly buttons', text: 'Support us from $2' },
    ];
    renderWithPageActions(removed, calls);
    expect(root.querySelector('.removed summary')?.textContent).toBe('2 appeals hidden');
    const items = [...root.querySelectorAll('.removal')];
    expect(items.map((i) => i.querySelector('.removal-category')?.textContent)).toEqual(['Newsletter', 'Donation']);
    // Why, in words: each rule by its name in the UI and what it saw; the weights only in the tooltip.
    const reason = items[0]?.querySelector<HTMLElement>('.removal-reason');
    expect([...(reason?.querySelectorAll('.reason-part') ?? [])].map((p) => p.textContent)).toEqual([
      'Sign-up form: email input + submit button',
      'Wording: "sign up for our newsletter"',
    ]);
    expect(reason?.title).toBe(removed[0]!.reason);
    // A rule without a name in the UI (clutter rules write a sentence) says what it saw alone.
    expect(items[1]?.querySelector('.removal-reason')?.textContent).toBe('Once / Monthly buttons');
    expect(items[1]?.querySelector('.removal-text')?.textContent).toBe('Support us from $2');

    const [hide, restore] = [...root.querySelectorAll<HTMLButtonElement>('.removed-actions button')];
    hide!.click();
    await settle();
    expect(calls).toEqual(['hide newsletter,donation']);
    expect(root.querySelector('.removed-status')?.textContent).toBe('Hidden on the page: 2');
    restore!.click();
    await settle();
    expect(calls).toEqual(['hide newsletter,donation', 'restore']);
    expect(root.querySelector('.removed-status')?.textContent).toBe('The page is back as it was.');
  });

  it('counts clutter apart from appeals, and never hides clutter on the page', async () => {
    const calls: string[] = [];
    const removed = [
      { category: 'newsletter' as const, reason: 'r1', text: 'Sign up for our newsletter' },
      { category: 'clutter' as const, reason: 'photo-credit: a credit line', text: 'Photo: AP' },
      { category: 'clutter' as const, reason: 'date-stamp: an update line', text: 'Updated 11:21 pm' },
    ];
    renderWithPageActions(removed, calls);
    expect(root.querySelector('.removed summary')?.textContent).toBe('1 appeal hidden · 2 lines of clutter removed');
    root.querySelector<HTMLButtonElement>('.removed-actions button')!.click();
    await settle();
    expect(calls).toEqual(['hide newsletter']);
  });

  it('puts a removal back and removes it again', () => {
    const calls: string[] = [];
    const newsletter = { category: 'newsletter' as const, reason: 'r1', text: 'Sign up for our newsletter\nEvery Friday' };
    const donation = { category: 'donation' as const, reason: 'r2', text: 'Support us' };
    const putBack = {
      kept: [donation],
      putBack: (r: { text: string }) => calls.push(`back ${r.text}`),
      removeAgain: (r: { text: string }) => calls.push(`again ${r.text}`),
    };
    render(<ArticleView article={mockArticle({ removed: [newsletter] })} putBack={putBack} />, root);
    const details = root.querySelector<HTMLDetailsElement>('.removed')!;
    expect(details.querySelector('summary')?.textContent).toBe('1 appeal hidden · 1 put back');
    // Open while something is put back, so the way to undo it stays in view.
    expect(details.open).toBe(true);
    const items = [...root.querySelectorAll('.removal')];
    expect(items.map((i) => i.classList.contains('removal-kept'))).toEqual([false, true]);
    const [back, again] = items.map((i) => i.querySelector<HTMLButtonElement>('.link-button')!);
    expect([back!.textContent, again!.textContent]).toEqual(['Put back', 'Remove again']);
    back!.click();
    again!.click();
    expect(calls).toEqual(['back Sign up for our newsletter\nEvery Friday', 'again Support us']);
  });

  it('says "1 appeal hidden" for one, and nothing for none', () => {
    render(<ArticleView article={mockArticle({ removed: [{ category: 'membership', reason: 'r', text: 't' }] })} />, root);
    expect(root.querySelector('.removed summary')?.textContent).toBe('1 appeal hidden');
    render(<ArticleView article={mockArticle({ removed: [] })} />, root);
    expect(root.querySelector('.removed')).toBeNull();
  });
});

describe('content clean-up', () => {
  it('finds where a put-back block stands: the innermost element holding its first line', async () => {
    const { findPutBack } = await import('../../../src/popup/components/ArticleContent.tsx');
    const root = document.createElement('div');
    root.innerHTML =
      '<div><p>Story.</p><div class="box"><h3>Sign up for our  <em>weekly</em> newsletter</h3><p>Every Friday.</p></div><p>More story.</p></div>';
    expect(findPutBack(root, 'Sign up for our weekly newsletter')?.tagName).toBe('H3');
    expect(findPutBack(root, 'Every Friday.')?.textContent).toBe('Every Friday.');
    expect(findPutBack(root, 'Not in this article')).toBeNull();
    expect(findPutBack(root, '  ')).toBeNull();
  });

  it('drops a leading byline paragraph that repeats the header, not a later one', async () => {
    const { dropRepeatedByline } = await import('../../../src/popup/components/ArticleContent.tsx');
    const root = document.createElement('div');
    root.innerHTML = '<div><p>By <a href="/maya">Maya Lindqvist</a></p><p>Maya Lindqvist said nothing.</p></div>';
    dropRepeatedByline(root, 'Maya Lindqvist');
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Maya Lindqvist said nothing.']);
    root.innerHTML = '<p>A long first paragraph that mentions Maya Lindqvist among many other words, far too long to be a byline line at all.</p>';
    dropRepeatedByline(root, 'Maya Lindqvist');
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });
});

describe('failed images', () => {
  it('give way to their alt text, or disappear; a figure left empty goes, a caption stays', async () => {
    const { collapseFailedImages } = await import('../../../src/popup/components/ArticleContent.tsx');
    const root = document.createElement('div');
    root.innerHTML = [
      '<p>Chart: <img id="a" src="https://x.example/a.png" alt=" Spending  by year "></p>',
      '<figure id="f1"><picture><source srcset="b.webp"><img id="b" src="b.png"></picture></figure>',
      '<figure id="f2"><img id="c" src="c.png"><figcaption>The hall</figcaption></figure>',
      '<p><img id="ok" src="ok.png" alt="fine"></p>',
    ].join('');
    document.body.append(root);
    const controller = new AbortController();
    collapseFailedImages(root, controller.signal);
    for (const id of ['a', 'b', 'c']) root.querySelector(`#${id}`)!.dispatchEvent(new Event('error'));
    expect(root.querySelector('p .img-alt')?.textContent).toBe('Spending by year');
    expect(root.querySelector('#f1')).toBeNull();
    expect(root.querySelector('#f2')?.textContent).toBe('The hall');
    expect(root.querySelector('#ok')).not.toBeNull();
    controller.abort();
    root.querySelector('#ok')!.dispatchEvent(new Event('error'));
    expect(root.querySelector('#ok')).not.toBeNull();
    root.remove();
  });
});
