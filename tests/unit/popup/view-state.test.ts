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
