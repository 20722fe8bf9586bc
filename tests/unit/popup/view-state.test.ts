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
