// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callInPage, FINISHED_HANDLE, FINISHED_WAITERS, READING_HANDLE, READING_WAITERS } from '../../../src/shared/page-call.ts';
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

  it('the finishing script answers a waiting call with the reading script\'s extraction finished: sanitised, appeals out', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(SEED, 'text/html').documentElement.innerHTML;
    // A script the page put in the article: the finished article must not carry it.
    document.querySelector('article p, p')!.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.hacked = 1"><script>window.hacked = 2</script>');
    // The finishing script works on the reading script's extraction, in the same (isolated) world.
    await import('../../../src/content/content-script.ts');
    const message = { type: 'read-finished', hide: ['newsletter', 'donation', 'membership'], cleanup: true };
    expect(callInPage(FINISHED_HANDLE, message)).toBeNull();
    const waiting = Promise.resolve(callInPage(FINISHED_HANDLE, message, FINISHED_WAITERS));
    await import('../../../src/content/finish-script.ts');
    const reply = (await waiting) as { data: { ok: boolean; article?: { title: string; contentHtml: string; removed: { category: string }[] } } };
    expect(reply.data.ok).toBe(true);
    const article = reply.data.article!;
    expect(article.title).toMatch(/Assad Step Aside/);
    expect(article.removed.map((r) => r.category).filter((c) => c !== 'clutter').sort()).toEqual(['donation', 'donation', 'newsletter']);
    expect(article.contentHtml).toContain('Sergun');
    expect(article.contentHtml).not.toMatch(/onerror|<script|Sign up for our free weekly newsletter/i);
    expect(await callInPage(FINISHED_HANDLE, { type: 'read-article', hide: [] })).toEqual({ error: 'Malformed message.' });
  });
});
