import { describe, expect, it } from 'vitest';
import { CLICK_READ_TTL_MS, clickReadStore } from '../../../src/background/click-reads.ts';
import type { ReadResult } from '../../../src/core/article.ts';

const answer = (title: string) => ({
  hide: ['newsletter' as const],
  cleanup: true,
  result: { ok: false, reason: 'no-article', message: title } as ReadResult,
});

describe('clickReadStore', () => {
  it('hands the read of the clicked tab to the view once', async () => {
    const store = clickReadStore();
    store.hold(4, Promise.resolve(answer('a1')));
    expect(await store.take(4)).toEqual(answer('a1'));
    expect(await store.take(4)).toBeNull();
  });

  it('gives nothing for another tab, and keeps the read for its own', async () => {
    const store = clickReadStore();
    store.hold(4, Promise.resolve(answer('a1')));
    expect(await store.take(5)).toBeNull();
    expect(await store.take(4)).toEqual(answer('a1'));
  });

  it('a new click replaces the read before it', async () => {
    const store = clickReadStore();
    store.hold(4, Promise.resolve(answer('a1')));
    store.hold(6, Promise.resolve(answer('b2')));
    expect(await store.take(4)).toBeNull();
    expect(await store.take(6)).toEqual(answer('b2'));
  });

  it('hands over a read still running as it is; a stale one is dropped', async () => {
    let clock = 0;
    const store = clickReadStore(() => clock);
    let finish!: (value: ReturnType<typeof answer>) => void;
    store.hold(4, new Promise((resolve) => { finish = resolve; }));
    const taken = store.take(4);
    finish(answer('c3'));
    expect(await taken).toEqual(answer('c3'));
    store.hold(4, Promise.resolve(answer('d4')));
    clock += CLICK_READ_TTL_MS + 1;
    expect(await store.take(4)).toBeNull();
  });
});
