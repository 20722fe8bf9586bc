// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/popup/App.tsx';
import { readView } from '../../../src/popup/view-state.ts';
import { fakePlatform, mockArticle, settle, withRoot } from './fixtures.ts';

describe('App (the reading view)', () => {
  let root: HTMLElement;
  withRoot((el) => {
    root = el;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const alert = () => root.querySelector('[role=alert]');

  it('reads the tab named in ?tab= with the categories the settings hide', async () => {
    const platform = fakePlatform({}, { hide: { newsletter: true, donation: false } });
    render(<App platform={platform} search="?tab=7" />, root);
    await settle();
    expect(root.querySelector('article.reader h1')?.textContent).toBe(mockArticle().title);
    const read = platform.calls.find(([name]) => name === 'readArticle');
    expect(read).toEqual(['readArticle', 7, { hide: ['newsletter', 'membership'], cleanup: true }]);
  });

  it('leaves the clutter in when the settings say so, and on a site where hiding is off', async () => {
    for (const [stored, want] of [
      [{ removeClutter: false }, { hide: ['newsletter', 'donation', 'membership'], cleanup: false }],
      [{ sites: { 'example.org': { disabled: true } } }, { hide: [], cleanup: false }],
    ] as const) {
      const platform = fakePlatform({}, stored);
      render(<App platform={platform} search="?tab=7" />, root);
      await settle();
      expect(platform.calls.find(([name]) => name === 'readArticle')).toEqual(['readArticle', 7, want]);
      render(null, root);
    }
  });

  it('reads the settings from storage once per open, and later reads use the ones it holds', async () => {
    const removal = { category: 'donation' as const, reason: 'payment-choices', text: 'Support us monthly' };
    const reads: unknown[][] = [];
    const platform = fakePlatform(
      {
        readArticle: async (...args) => {
          reads.push(args);
          return { ok: true as const, article: mockArticle({ removed: [removal] }) };
        },
      },
      { hide: { newsletter: false }, reading: { theme: 'sepia' } },
    );
    render(<App platform={platform} search="?tab=7" firstRead={readView(platform, '?tab=7')} />, root);
    await settle();
    expect(platform.calls.filter(([name]) => name === 'loadSettings')).toHaveLength(1);
    expect(document.documentElement.dataset.theme).toBe('sepia');
    expect(reads).toEqual([[7, { hide: ['donation', 'membership'], cleanup: true }]]);
    // A put-back reads the page again: still no storage read, still the stored categories.
    root.querySelector<HTMLButtonElement>('.removal .link-button')!.click();
    await settle();
    expect(reads.at(-1)).toEqual([7, { hide: ['donation', 'membership'], cleanup: true, keep: ['Support us monthly'] }]);
    expect(platform.calls.filter(([name]) => name === 'loadSettings')).toHaveLength(1);
  });

  it('renders a read that finished before it in its first frame, in the reader\'s settings, without reading them again', async () => {
    const platform = fakePlatform({}, { reading: { theme: 'sepia' } });
    const settingsRead = platform.loadSettings();
    const settings = await settingsRead;
    const state = { kind: 'article' as const, tabId: 7, article: mockArticle() };
    const loads = platform.calls.length;
    render(
      <App platform={platform} search="?tab=7" firstRead={Promise.resolve(state)} firstSettings={settingsRead} settled={{ state, settings }} />,
      root,
    );
    // No await: the first render already holds the article, and the layout effect set the theme.
    expect(root.querySelector('article.reader h1')?.textContent).toBe(mockArticle().title);
    expect(document.documentElement.dataset.theme).toBe('sepia');
    await settle();
    expect(platform.calls.slice(loads).filter(([name]) => name === 'loadSettings' || name === 'readArticle')).toEqual([]);
  });

  it('shows the loading state first when only the read had settled, not the settings', () => {
    const platform = fakePlatform({});
    const state = { kind: 'article' as const, tabId: 7, article: mockArticle() };
    render(<App platform={platform} search="?tab=7" firstRead={Promise.resolve(state)} settled={{ state }} />, root);
    expect(root.querySelector('article.reader')).toBeNull();
  });

  it('puts a removed appeal back by reading the page again with it kept, and can remove it again', async () => {
    const removal = { category: 'newsletter' as const, reason: 'email-signup-form', text: 'Sign up for our newsletter' };
    const donation = { category: 'donation' as const, reason: 'payment-choices', text: 'Support us monthly' };
    const reads: unknown[][] = [];
    const platform = fakePlatform({
      readArticle: async (...args) => {
        reads.push(args);
        const keep = args[1].keep;
        return keep?.length
          ? { ok: true as const, article: mockArticle({ removed: [donation], contentHtml: '<p>Story.</p><h3>Sign up for our newsletter</h3>' }) }
          : { ok: true as const, article: mockArticle({ removed: [removal, donation] }) };
      },
    });
    render(<App platform={platform} search="?tab=7" />, root);
    await settle();
    root.querySelector<HTMLButtonElement>('.removal .link-button')!.click();
    await settle();
    expect(reads.at(-1)).toEqual([7, { hide: ['newsletter', 'donation', 'membership'], cleanup: true, keep: ['Sign up for our newsletter'] }]);
    expect(root.querySelector('.content h3')?.textContent).toBe('Sign up for our newsletter');
    // Marked where it now stands, so the reader sees where it went.
    expect(root.querySelector('.content .put-back')?.tagName).toBe('H3');
    expect(root.querySelector('.removed summary')?.textContent).toBe('1 appeal hidden · 1 put back');
    // "Hide on page too" spares it on the page as well.
    root.querySelector<HTMLButtonElement>('.removed-actions button')!.click();
    await settle();
    expect(platform.calls.find(([name]) => name === 'hideOnPage')).toEqual(['hideOnPage', 7, ['donation'], ['Sign up for our newsletter']]);

    root.querySelector<HTMLButtonElement>('.removal-kept .link-button')!.click();
    await settle();
    expect(reads.at(-1)).toEqual([7, { hide: ['newsletter', 'donation', 'membership'], cleanup: true }]);
    expect(root.querySelector('.removed summary')?.textContent).toBe('2 appeals hidden');
    expect(root.querySelector('.content h3')).toBeNull();
  });

  it('shows no spinner for the first 150 ms, then a spinner', async () => {
    vi.useFakeTimers();
    const platform = fakePlatform({ readArticle: () => new Promise(() => undefined) });
    render(<App platform={platform} search="" />, root);
    await vi.advanceTimersByTimeAsync(100);
    expect(root.querySelector('.spinner.visible')).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(root.querySelector('.spinner.visible')?.textContent).toBe('Reading the page…');
  });

  it('explains a browser page without trying to read it', async () => {
    const platform = fakePlatform({ targetTab: async () => ({ id: 3, url: 'chrome://settings', status: 'complete' }) });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(alert()?.querySelector('h1')?.textContent).toBe('Lectern cannot read this page');
    expect(alert()?.textContent).toContain('browser’s own pages');
    expect(platform.calls.some(([name]) => name === 'readArticle')).toBe(false);
  });

  it('explains the PDF viewer and web stores', async () => {
    for (const [url, text] of [
      ['https://example.org/report.pdf', 'PDF'],
      ['https://chromewebstore.google.com/detail/x', 'stores'],
    ]) {
      const platform = fakePlatform({ targetTab: async () => ({ id: 3, url, status: 'complete' }) });
      render(<App platform={platform} search="" />, root);
      await settle();
      expect(alert()?.textContent).toContain(text);
      render(null, root);
    }
  });

  it('maps a refused injection to a readable reason, never the raw error', async () => {
    const platform = fakePlatform({
      targetTab: async () => ({ id: 3, url: undefined, status: 'complete' }),
      readArticle: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(alert()?.textContent).toContain('browser’s own pages');
    expect(alert()?.textContent).not.toContain('Cannot access');
  });

  it('offers a reload when the page does not answer, and reloads it', async () => {
    const platform = fakePlatform({
      readArticle: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(alert()?.querySelector('h1')?.textContent).toBe('Lectern could not reach this page');
    expect(alert()?.textContent).not.toContain('Receiving end');
    alert()!.querySelector('button')!.click();
    await settle();
    expect(platform.calls.some(([name, id]) => name === 'reloadTab' && id === 7)).toBe(true);
    expect(alert()?.querySelector('h1')?.textContent).toBe('The page is still loading');
  });

  it('waits for a loading page, then reads it', async () => {
    let status: 'loading' | 'complete' = 'loading';
    const platform = fakePlatform({
      targetTab: async () => ({ id: 7, url: 'https://example.org/a', status }),
      getTab: async (id) => ({ id, url: 'https://example.org/a', status }),
    });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(alert()?.querySelector('h1')?.textContent).toBe('The page is still loading');
    status = 'complete';
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(root.querySelector('article.reader')).not.toBeNull();
  });

  it('reads a tab whose status lags behind its finished document', async () => {
    const platform = fakePlatform({
      targetTab: async () => ({ id: 7, url: 'https://example.org/a', status: 'loading' }),
      readyState: async () => 'complete',
    });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(root.querySelector('article.reader')).not.toBeNull();
  });

  it('explains a page with no article and shows its text on request', async () => {
    const platform = fakePlatform({
      readArticle: async () => ({ ok: false, reason: 'no-article', message: 'No article was found on this page.' }),
    });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(alert()?.querySelector('h1')?.textContent).toBe('No article here');
    expect(alert()?.textContent).toContain('select the part you want to read');
    alert()!.querySelector('button')!.click();
    await settle();
    const paragraphs = [...root.querySelectorAll('article.reader.plain .content p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['Headline one', 'Headline two']);
  });

  it('shows the text the user selected on a page with no article', async () => {
    const platform = fakePlatform({
      readArticle: async () => ({ ok: false, reason: 'no-article', message: 'No article was found on this page.' }),
      pageText: async () => ({ source: 'selection', title: 'Forum thread', text: 'The reply I wanted to read.' }),
    });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(root.querySelector('article.reader.plain .site')?.textContent).toBe('Selected text');
    expect(root.querySelector('article.reader.plain .content p')?.textContent).toBe('The reply I wanted to read.');
  });

  it('never shows a blank view when there is no tab', async () => {
    const platform = fakePlatform({ targetTab: async () => null });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(alert()?.querySelector('h1')?.textContent).toBe('There is no tab to read');
  });

  it('changes the text size with + and -, saves it, and closes on Esc', async () => {
    const platform = fakePlatform();
    render(<App platform={platform} search="" />, root);
    await settle();
    const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('+');
    press('+');
    press('-');
    await settle();
    expect(document.documentElement.style.getPropertyValue('--font-size')).toBe('20px');
    expect(platform.stored.reading.fontSize).toBe(20);
    press('Escape');
    expect(platform.calls.some(([name]) => name === 'closeView')).toBe(true);
  });

  it('applies theme and font from settings to the document', async () => {
    const platform = fakePlatform({}, { reading: { theme: 'sepia', font: 'dyslexic', lineWidth: 56, lineHeight: 1.85 } });
    render(<App platform={platform} search="" />, root);
    await settle();
    const html = document.documentElement;
    expect(html.dataset.theme).toBe('sepia');
    expect(html.dataset.font).toBe('dyslexic');
    expect(html.style.getPropertyValue('--measure')).toBe('56ch');
    expect(html.style.getPropertyValue('--line-height')).toBe('1.85');
  });

  it('saves in the chosen format and opens the same view in a tab', async () => {
    const platform = fakePlatform();
    render(<App platform={platform} search="?tab=7" />, root);
    await settle();
    const button = (name: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name)!;
    button('Save').click();
    await settle();
    button('Markdown').click();
    await settle();
    const limits = { maxImageBytes: 5 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024 };
    expect(platform.calls.find(([name]) => name === 'save')?.slice(2)).toEqual(['markdown', { ...limits, markdownImages: false }]);
    // "Pictures in a folder beside it", under Markdown: a saving setting, off by default.
    button('Save').click();
    await settle();
    const beside = root.querySelector<HTMLInputElement>('.save-popover input[name="markdownImages"]')!;
    expect(beside.checked).toBe(false);
    beside.click();
    await settle();
    expect(platform.stored.saving.markdownImages).toBe(true);
    button('Markdown').click();
    await settle();
    expect(platform.calls.filter(([name]) => name === 'save').at(-1)?.slice(2)).toEqual(['markdown', { ...limits, markdownImages: true }]);
    button('Open in tab').click();
    expect(platform.calls.find(([name]) => name === 'openReaderTab')?.[1]).toBe(7);
  });

  it('copies as Markdown or text from the Save menu, and says so', async () => {
    let fail = false;
    const copies: unknown[][] = [];
    const platform = fakePlatform({
      copy: async (...args) => {
        copies.push(args);
        if (fail) throw new Error('NotAllowedError');
      },
    });
    render(<App platform={platform} search="?tab=7" />, root);
    await settle();
    const button = (name: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name)!;
    expect(root.querySelector('.toast')).toBeNull();
    button('Save').click();
    await settle();
    button('Copy as Markdown').click();
    await settle();
    expect(copies[0]?.[1]).toBe('markdown');
    expect((copies[0]?.[0] as { title: string } | undefined)?.title).toBe('Rain records broken across the region');
    expect(root.querySelector('.toast[role=status]')?.textContent).toBe('Copied as Markdown.');
    button('Save').click();
    await settle();
    button('Copy as text').click();
    await settle();
    expect(copies.at(-1)?.[1]).toBe('text');
    expect(root.querySelector('.toast[role=status]')?.textContent).toBe('Copied as text.');
    fail = true;
    button('Save').click();
    await settle();
    button('Copy as text').click();
    await settle();
    expect(root.querySelector('.toast[role=status]')).toBeNull();
    expect(root.querySelector('.toast[role=alert]')?.textContent).toBe('The browser did not allow copying to the clipboard.');
  });

  it('is the print page with ?full=1: Print instead of Open in tab, and Esc does not close it', async () => {
    const platform = fakePlatform();
    render(<App platform={platform} search="?tab=7&full=1" />, root);
    await settle();
    const labels = [...root.querySelectorAll('.toolbar button')].map((b) => b.textContent);
    expect(labels).toContain('Print');
    expect(labels).not.toContain('Open in tab');
    expect(document.documentElement.classList.contains('full-tab')).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(platform.calls.some(([name]) => name === 'closeView')).toBe(false);
  });

  it('says so when saving fails', async () => {
    const platform = fakePlatform({
      save: async () => {
        throw new Error('Download failed');
      },
    });
    render(<App platform={platform} search="?tab=7" />, root);
    await settle();
    const button = (name: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name)!;
    button('Save').click();
    await settle();
    button('Plain text').click();
    await settle();
    expect(root.querySelector('.toast')?.textContent).toBe('The copy could not be saved.');
  });
});

describe('App when the browser fails', () => {
  it('explains instead of spinning when finding the tab throws', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const platform = fakePlatform({
      targetTab: async () => {
        throw new Error('Extension context invalidated.');
      },
    });
    render(<App platform={platform} search="" />, root);
    await settle();
    expect(root.querySelector('[role=alert] h1')?.textContent).toBe('There is no tab to read');
    render(null, root);
    root.remove();
  });
});
