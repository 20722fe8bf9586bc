import { describe, expect, it } from 'vitest';
import { restrictedMessage } from '../../../src/popup/view-state.ts';
import { restrictedReason } from '../../../src/shared/restricted-url.ts';

describe('restrictedMessage', () => {
  it('gives each reason restricted-url.ts knows its own localised message', () => {
    const cases: Array<[string | undefined, string]> = [
      ['chrome://settings', 'restrictedBrowser'],
      ['about:config', 'restrictedBrowser'],
      ['chrome-extension://abc/page.html', 'restrictedExtension'],
      ['https://chromewebstore.google.com/detail/x', 'restrictedStore'],
      ['https://addons.mozilla.org/en/firefox/', 'restrictedStore'],
      ['https://example.org/file.pdf', 'restrictedPdf'],
      ['ftp://example.org/', 'restrictedOther'],
      [undefined, 'restrictedNoAccess'],
    ];
    for (const [url, key] of cases) expect(restrictedMessage(restrictedReason(url)!), String(url)).toBe(key);
  });

  it('maps the browser’s injection errors', () => {
    expect(restrictedMessage('Cannot access a chrome:// URL')).toBe('restrictedBrowser');
    expect(restrictedMessage('The extensions gallery cannot be scripted.')).toBe('restrictedBrowser');
    expect(
      restrictedMessage('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'),
    ).toBe('restrictedNoAccess');
  });
});

describe('loadView on a page that never answers', () => {
  it('gives up after the timeout and offers a reload instead of spinning', async () => {
    const { loadView, DEFAULT_READ_TIMEOUT_MS } = await import('../../../src/popup/view-state.ts');
    const { defaults } = await import('../../../src/shared/settings.ts');
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
    const { loadView } = await import('../../../src/popup/view-state.ts');
    const { defaults } = await import('../../../src/shared/settings.ts');
    const readArticle = () => Promise.reject(new Error('Missing host permission for the tab'));
    const platform = { readArticle, readyState: async () => 'complete', pageText: readArticle } as unknown as Parameters<typeof loadView>[0];
    return loadView(platform, { id: 3, url, status: 'complete' }, defaults);
  };

  it('on a web address it was given: the tab shows Firefox’s error page, so the page did not load', async () => {
    expect(await refused('http://127.0.0.1:41234/article')).toEqual({ kind: 'unreachable', tabId: 3 });
  });

  it('on a site Firefox keeps from every extension: cannot read it', async () => {
    expect(await refused('https://support.mozilla.org/en-US/kb/x')).toEqual({ kind: 'restricted', message: 'restrictedBrowser' });
  });

  it('without the tab’s address (no grant): asks for the click', async () => {
    expect(await refused(undefined)).toEqual({ kind: 'restricted', message: 'restrictedNoAccess' });
  });
});
