import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_TIMEOUT_MS, loadView } from '../../../src/popup/view-state.ts';
import { defaults } from '../../../src/shared/settings.ts';
import { injectionRefusal, RESTRICTED_MESSAGE_KEYS, restrictedReason } from '../../../src/shared/restricted-url.ts';

describe('restricted pages', () => {
  it('gives each kind of page the browser keeps from extensions its own reason', () => {
    const cases: Array<[string | undefined, string | null]> = [
      ['chrome://settings', 'restricted-browser'],
      ['about:config', 'restricted-browser'],
      ['chrome-extension://abc/page.html', 'restricted-extension'],
      ['https://chromewebstore.google.com/detail/x', 'restricted-store'],
      ['https://addons.mozilla.org/en/firefox/', 'restricted-store'],
      ['https://example.org/file.pdf', 'restricted-pdf'],
      ['ftp://example.org/', 'restricted-other'],
      [undefined, 'restricted-no-access'],
      ['not a url', 'restricted-no-access'],
      ['https://example.org/news/story.html', null],
      ['file:///home/me/page.html', null],
    ];
    for (const [url, reason] of cases) expect(restrictedReason(url)?.reason ?? null, String(url)).toBe(reason);
  });

  it('has a message for every reason', () => {
    expect(Object.values(RESTRICTED_MESSAGE_KEYS)).toEqual([
      'restrictedBrowser',
      'restrictedExtension',
      'restrictedStore',
      'restrictedPdf',
      'restrictedOther',
      'restrictedNoAccess',
    ]);
  });

  it('classifies the browser’s injection errors, and leaves other failures alone', () => {
    expect(injectionRefusal(new Error('Cannot access a chrome:// URL'))).toBe('restricted-browser');
    expect(injectionRefusal(new Error('The extensions gallery cannot be scripted.'))).toBe('restricted-browser');
    expect(
      injectionRefusal(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')),
    ).toBe('restricted-no-access');
    expect(injectionRefusal(new Error('Missing host permission for the tab'))).toBe('restricted-no-access');
    expect(injectionRefusal(new Error('The page did not answer within 30 s.'))).toBeNull();
    expect(injectionRefusal('Frame with ID 0 was removed.')).toBeNull();
  });
});

describe('loadView on a page that never answers', () => {
  it('gives up after the timeout and offers a reload instead of spinning', async () => {
    expect(DEFAULT_READ_TIMEOUT_MS).toBe(30_000);
    const never = () => new Promise<never>(() => undefined);
    const platform = { readArticle: never, readyState: never, pageText: never } as unknown as Parameters<typeof loadView>[0];
    const tab = { id: 7, url: 'https://example.com/a', status: 'complete' as const };
    expect(await loadView(platform, tab, defaults, { timeoutMs: 20 })).toEqual({ kind: 'unreachable', tabId: 7 });
    // Also while the page is still loading (asking its readyState hangs too).
    expect(await loadView(platform, { ...tab, status: 'loading' }, defaults, { timeoutMs: 20 })).toEqual({
      kind: 'unreachable',
      tabId: 7,
    });
  });
});

describe('loadView when Firefox refuses to script the tab', () => {
  const refused = async (url: string | undefined) => {
    const readArticle = () => Promise.reject(new Error('Missing host permission for the tab'));
    const platform = { readArticle, readyState: async () => 'complete', pageText: readArticle } as unknown as Parameters<typeof loadView>[0];
    return loadView(platform, { id: 3, url, status: 'complete' }, defaults);
  };

  it('on a web address it was given: the tab shows Firefox’s error page, so the page did not load', async () => {
    expect(await refused('http://127.0.0.1:41234/article')).toEqual({ kind: 'unreachable', tabId: 3 });
  });

  it('on a site Firefox keeps from every extension: cannot read it', async () => {
    expect(await refused('https://support.mozilla.org/en-US/kb/x')).toEqual({ kind: 'restricted', reason: 'restricted-browser' });
  });

  it('without the tab’s address (no grant): asks for the click', async () => {
    expect(await refused(undefined)).toEqual({ kind: 'restricted', reason: 'restricted-no-access' });
  });
});

describe('loadView on a tab that is still loading', () => {
  const load = async (ready: DocumentReadyState | null, result: unknown, waitForLoad = true) => {
    const reads: number[] = [];
    const platform = {
      readyState: async () => ready,
      readArticle: async (id: number) => {
        reads.push(id);
        return result;
      },
      pageText: async () => ({ source: 'page', title: '', text: '' }),
    } as unknown as Parameters<typeof loadView>[0];
    const state = await loadView(platform, { id: 5, url: 'https://example.com/a', status: 'loading' }, defaults, { waitForLoad });
    return { state, reads };
  };
  const noArticle = { ok: false, reason: 'no-article', message: 'No article was found on this page.' };

  it('reads a document already parsed while its images still load', async () => {
    const { state, reads } = await load('interactive', { ok: true, article: { title: 'A' } });
    expect(state).toMatchObject({ kind: 'article', tabId: 5 });
    expect(reads).toEqual([5]);
  });

  it('asks the user to wait for a document still arriving, and reads nothing yet', async () => {
    const { state, reads } = await load('loading', noArticle);
    expect(state).toEqual({ kind: 'page-loading', tabId: 5 });
    expect(reads).toEqual([]);
  });

  it('waits for the load when a parsed document has no article yet (a page that builds it in script)', async () => {
    expect((await load('interactive', noArticle)).state).toEqual({ kind: 'page-loading', tabId: 5 });
    expect((await load('interactive', { ...noArticle, reason: 'empty' })).state).toEqual({ kind: 'page-loading', tabId: 5 });
  });

  it('says there is no article once the page has loaded, or when told not to wait', async () => {
    expect((await load('complete', noArticle)).state).toMatchObject({ kind: 'no-article', tabId: 5 });
    expect((await load('interactive', noArticle, false)).state).toMatchObject({ kind: 'no-article', tabId: 5 });
  });
});
