// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callInPage, READING_HANDLE, READING_WAITERS } from '../../../src/shared/page-call.ts';
import { PAGE_FIXTURES } from '../core/helpers.ts';

const SEED = readFileSync(path.join(PAGE_FIXTURES, 'seed-moscow-times/source.html'), 'utf8');

describe('calls into the reading script (shared/page-call.ts)', () => {
  it('answers null before the script is there; a call that waits is answered by the script once it has set up', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(SEED, 'text/html').documentElement.innerHTML;
    const message = { type: 'read-article', hide: ['newsletter', 'donation', 'membership'] };
    expect(callInPage(READING_HANDLE, message)).toBeNull();
    let answered = false;
    const waiting = Promise.resolve(callInPage(READING_HANDLE, message, READING_WAITERS)).then((reply) => {
      answered = true;
      return reply as { data: { ok: boolean; page?: { title: string; removed: unknown[] } } };
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    // What the injection does: the reading script sets up, then answers the calls waiting for it.
    await import('../../../src/content/content-script.ts');
    const reply = await waiting;
    expect(reply.data.ok).toBe(true);
    expect(reply.data.page?.title).toMatch(/Assad Step Aside/);
    expect(reply.data.page?.removed.length).toBeGreaterThan(0);
    // Once it is there, a call is answered at once; one it refuses says so (the view's check that it started).
    expect(await callInPage(READING_HANDLE, null)).toEqual({ error: 'Malformed message.' });
  });
});
