import { describe, expect, it } from 'vitest';
import { answerOne, answers, CONTRACTS, dispatch, parseMessage, READ_ARTICLE, senderAllowed, typesFor, unwrap } from '../../../src/shared/messages.ts';

describe('parseMessage', () => {
  it.each([
    [{ type: 'read-article', hide: ['newsletter', 'donation'] }, true],
    [{ type: 'read-article', hide: ['malware'] }, false],
    [{ type: 'read-article' }, false],
    [{ type: 'read-article', hide: ['newsletter'], keep: ['Sign up for our newsletter'] }, true],
    [{ type: 'read-article', hide: ['newsletter'], keep: 'Sign up' }, false],
    [{ type: 'read-article', hide: ['newsletter'], keep: [42] }, false],
    [{ type: 'read-article', hide: ['newsletter'], since: '0a1b2c3d4e5f6a7b' }, true],
    [{ type: 'read-article', hide: ['newsletter'], since: 'not a version' }, false],
    [{ type: 'read-article', hide: ['newsletter'], since: 7 }, false],
    [{ type: 'read-for-saving', hide: ['newsletter'], cleanup: true }, true],
    [{ type: 'read-for-saving', hide: ['newsletter'] }, false],
    [{ type: 'read-for-saving', hide: ['newsletter'], cleanup: 'yes' }, false],
    [{ type: 'read-for-saving', hide: 'newsletter', cleanup: false }, false],
    [{ type: 'hide-on-page', hide: ['donation'], keep: ['x'.repeat(1001)] }, false],
    [{ type: 'hide-on-page', hide: ['donation'], keep: Array(101).fill('x') }, false],
    [{ type: 'set-badge', count: 3 }, true],
    [{ type: 'set-badge', count: -1 }, false],
    [{ type: 'set-badge', count: 1.5 }, false],
    [{ type: 'save-file', filename: 'a.md', content: '# A', mime: 'text/markdown;charset=utf-8' }, true],
    [{ type: 'save-file', filename: '../etc/passwd', content: '', mime: 'text/plain;charset=utf-8' }, false],
    [{ type: 'save-file', filename: 'a.exe', content: '', mime: 'application/x-msdownload' }, false],
    [{ type: 'embed-images', contentHtml: '<p>x</p>', maxImageBytes: 5242880, maxTotalBytes: 26214400 }, true],
    [{ type: 'embed-images', contentHtml: '<p>x</p>' }, false],
    [{ type: 'embed-images', contentHtml: '<p>x</p>', maxImageBytes: 1, maxTotalBytes: 1, notes: { unreadable: 'Bild nicht lesbar:' } }, true],
    [{ type: 'embed-images', contentHtml: '<p>x</p>', maxImageBytes: 1, maxTotalBytes: 1, notes: { script: 'x' } }, false],
    [{ type: 'embed-images', contentHtml: '<p>x</p>', maxImageBytes: 1, maxTotalBytes: 1, notes: { video: 3 } }, false],
    [{ type: 'embed-images', contentHtml: '<p>x</p>', maxImageBytes: -1, maxTotalBytes: 1 }, false],
    [{ type: 'embed-images', contentHtml: 3, maxImageBytes: 1, maxTotalBytes: 1 }, false],
    [{ type: 'fetch-image', url: 'https://cdn.example/a.jpg', maxBytes: 5242880 }, true],
    [{ type: 'fetch-image', url: 'file:///etc/passwd', maxBytes: 100 }, false],
    [{ type: 'fetch-image', url: 'chrome-extension://abc/x.png', maxBytes: 100 }, false],
    [{ type: 'fetch-image', url: 'https://cdn.example/a.jpg', maxBytes: 0 }, false],
    [{ type: 'fetch-image', url: 'https://cdn.example/a.jpg', maxBytes: 2 ** 40 }, false],
    [{ type: 'fetch-image', url: `https://cdn.example/${'a'.repeat(9000)}`, maxBytes: 100 }, false],
    [{ type: 'read-finished', hide: ['donation'], cleanup: false }, true],
    [{ type: 'read-finished', hide: ['donation'] }, false],
    [{ type: 'take-click-read', tabId: 12 }, true],
    [{ type: 'take-click-read', tabId: -1 }, false],
    [{ type: 'take-click-read', tabId: '12' }, false],
    [{ type: 'unknown' }, false],
    [null, false],
    ['read-article', false],
  ])('%j valid: %s', (raw, valid) => {
    expect(parseMessage(raw) !== null).toBe(valid);
  });

  it('drops fields the protocol does not name', () => {
    expect(parseMessage({ type: 'restore-page', extra: '<script>' })).toEqual({ type: 'restore-page' });
  });
});

describe('dispatch and unwrap', () => {
  it('wraps a handler result as data and a thrown error as error', async () => {
    const ok = await dispatch({ 'set-badge': ({ count }) => (count > 1 ? null : Promise.reject(new Error('low'))) }, { type: 'set-badge', count: 2 }, {});
    expect(ok).toEqual({ data: null });
    const failed = await dispatch({ 'set-badge': () => { throw new Error('boom'); } }, { type: 'set-badge', count: 1 }, {});
    expect(failed).toEqual({ error: 'boom' });
    expect(await dispatch({}, { type: 'set-badge', count: 1 }, {})).toEqual({ error: 'No handler for set-badge.' });
    expect(await dispatch({}, { nope: true }, {})).toEqual({ error: 'Malformed message.' });
  });

  it('answerOne answers its one type, validated by the same contract as the table, and nothing else', async () => {
    expect(CONTRACTS['read-article']).toBe(READ_ARTICLE);
    const seen: unknown[] = [];
    const handler = (m: unknown) => {
      seen.push(m);
      return { unchanged: true as const, version: 'ab12' };
    };
    const ok = await answerOne('read-article', READ_ARTICLE, handler, { type: 'read-article', hide: ['newsletter'], since: 'ab12', extra: 1 }, null);
    expect(ok).toEqual({ data: { unchanged: true, version: 'ab12' } });
    expect(seen).toEqual([{ type: 'read-article', hide: ['newsletter'], since: 'ab12' }]);
    for (const bad of [{ type: 'set-badge', count: 1 }, { type: 'read-article', hide: ['spam'] }, { type: 'read-article', hide: [], since: 'not hex' }, null, 'read-article']) {
      expect(await answerOne('read-article', READ_ARTICLE, handler, bad, null)).toEqual({ error: 'Malformed message.' });
    }
    expect(seen).toHaveLength(1);
    const failed = await answerOne('read-article', READ_ARTICLE, () => { throw new Error('boom'); }, { type: 'read-article', hide: [] }, null);
    expect(failed).toEqual({ error: 'boom' });
  });

  it('unwrap returns data and throws errors and missing replies', () => {
    expect(unwrap<'set-badge'>({ data: null })).toBeNull();
    expect(() => unwrap({ error: 'No article' })).toThrow('No article');
    expect(() => unwrap(undefined)).toThrow('No reply');
  });
});

describe('the contract table: each message type has one receiver', () => {
  it('gives each context its own types, and every type to exactly one context', () => {
    expect(typesFor('reading-script')).toEqual(['read-article']);
    expect(typesFor('finishing-script')).toEqual(['read-finished']);
    expect(typesFor('saving-script').sort()).toEqual(['embed-images', 'read-for-saving']);
    expect(typesFor('live-script').sort()).toEqual(['hide-on-page', 'restore-page']);
    expect(typesFor('background').sort()).toEqual(['fetch-image', 'save-file', 'set-badge', 'take-click-read']);
    const all = (['reading-script', 'finishing-script', 'saving-script', 'live-script', 'background'] as const).flatMap(typesFor).sort();
    expect(all).toEqual(Object.keys(CONTRACTS).sort());
  });

  it('answers only known types owned by the receiver', () => {
    expect(answers('live-script', 'restore-page')).toBe(true);
    expect(answers('live-script', 'read-for-saving')).toBe(false);
    expect(answers('background', 'toString')).toBe(false);
    expect(answers('background', undefined)).toBe(false);
  });
});

describe('senderAllowed: each message only from the contexts that send it', () => {
  const id = 'lectern-id';
  const origin = 'chrome-extension://lectern-id/';
  const popup = { id, url: `${origin}src/popup/popup.html?tab=3` };
  const readerTab = { id, url: `${origin}src/popup/popup.html?tab=3&full=1`, tab: { id: 9 } };
  const worker = { id, url: `${origin}service-worker-loader.js` };
  const contentScript = { id, url: 'https://news.example/story', tab: { id: 3 } };
  const otherExtension = { id: 'other', url: 'chrome-extension://other/page.html' };
  const webPage = { url: 'https://evil.example/', tab: { id: 5 } };

  it('names a sender kind for every message type', () => {
    expect(Object.keys(CONTRACTS).sort()).toEqual(['embed-images', 'fetch-image', 'hide-on-page', 'read-article', 'read-finished', 'read-for-saving', 'restore-page', 'save-file', 'set-badge', 'take-click-read']);
  });

  it.each([
    ['read-article', popup, true],
    ['read-article', readerTab, true],
    ['hide-on-page', worker, true],
    ['read-article', contentScript, false],
    ['save-file', popup, true],
    ['save-file', contentScript, false],
    ['save-file', otherExtension, false],
    ['save-file', webPage, false],
    ['set-badge', contentScript, true],
    ['set-badge', popup, false],
    ['set-badge', webPage, false],
    ['embed-images', worker, true],
    ['embed-images', contentScript, false],
    ['read-for-saving', worker, true],
    ['read-for-saving', contentScript, false],
    ['fetch-image', contentScript, true],
    ['fetch-image', popup, false],
    ['fetch-image', webPage, false],
    ['read-finished', worker, true],
    ['read-finished', contentScript, false],
    ['take-click-read', popup, true],
    ['take-click-read', contentScript, false],
    ['take-click-read', webPage, false],
    ['unknown', popup, false],
    [undefined, popup, false],
  ] as const)('%s from %j: %s', (type, sender, allowed) => {
    expect(senderAllowed(type, sender, id, origin)).toBe(allowed);
  });
});
