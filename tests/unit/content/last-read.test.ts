// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { lastRead } from '../../../src/content/last-read.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function keptRead() {
  document.body.innerHTML = '<article><h1 id="t">Title</h1><p>First paragraph.</p></article>';
  const last = lastRead<string>(document);
  last.set('key', 'answer');
  return last;
}

describe('lastRead', () => {
  it('gives the kept answer back while the document is unchanged, for the same key only', () => {
    const last = keptRead();
    expect(last.get('key')).toBe('answer');
    expect(last.get('key')).toBe('answer');
    expect(last.get('other key')).toBeUndefined();
    expect(last.get('key')).toBe('answer');
  });

  it('keeps nothing before an answer is set', () => {
    expect(lastRead<string>(document).get('key')).toBeUndefined();
  });

  const changes: Array<[string, () => void]> = [
    ['a text changed', () => { document.querySelector('p')!.firstChild!.nodeValue = 'Edited.'; }],
    ['a node added', () => document.body.append(document.createElement('div'))],
    ['a node removed', () => document.querySelector('p')!.remove()],
    ['an attribute changed', () => document.querySelector('h1')!.setAttribute('hidden', '')],
    ['the head changed', () => { document.title = 'Another title'; }],
  ];
  for (const [what, change] of changes) {
    it(`drops the answer once the document changed (${what}), in the same task too`, async () => {
      const last = keptRead();
      change();
      expect(last.get('key')).toBeUndefined();
      await Promise.resolve();
      expect(last.get('key')).toBeUndefined();
    });
  }

  it('drops the answer on a change delivered to the observer, and keeps a new one after', async () => {
    const last = keptRead();
    document.body.append(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(last.get('key')).toBeUndefined();
    last.set('key', 'second answer');
    expect(last.get('key')).toBe('second answer');
  });

  it('keeps one answer: a new one replaces the last', () => {
    const last = keptRead();
    last.set('other key', 'other answer');
    expect(last.get('key')).toBeUndefined();
    expect(last.get('other key')).toBe('other answer');
  });
});
