// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CPU_SHARE, DEFAULT_OBSERVE_MS, observeLateAppeals } from '../../../src/content/observe-late-appeals.ts';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers) c.abort();
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

function watch(options: Partial<Parameters<typeof observeLateAppeals>[1]> = {}) {
  const controller = new AbortController();
  controllers.push(controller);
  const batches: Element[][] = [];
  const observer = observeLateAppeals(document, {
    signal: controller.signal,
    batchDelayMs: 5,
    onAdded: (roots) => batches.push(roots),
    ...options,
  });
  return { controller, batches, observer };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('observeLateAppeals', () => {
  it('watches for the page\'s life by default, within a CPU budget', () => {
    expect(DEFAULT_OBSERVE_MS).toBe(Number.POSITIVE_INFINITY);
    expect(DEFAULT_CPU_SHARE).toBeLessThanOrEqual(0.05);
  });

  it('still catches a subtree added long after the watch began (no deadline by default)', async () => {
    vi.useFakeTimers();
    try {
      const { batches } = watch();
      await vi.advanceTimersByTimeAsync(60_000);
      const modal = document.createElement('div');
      document.body.append(modal);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(batches).toEqual([[modal]]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits while the tab is hidden and resumes when it is shown', async () => {
    let state: DocumentVisibilityState = 'hidden';
    const spy = vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => state);
    try {
      const { batches } = watch();
      const modal = document.createElement('div');
      document.body.append(modal);
      await wait(40);
      expect(batches).toEqual([]);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await wait(40);
      expect(batches).toEqual([[modal]]);
    } finally {
      spy.mockRestore();
    }
  });

  it('holds to its CPU budget: after a slow batch the next one waits', async () => {
    const started: number[] = [];
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end) {}
    };
    watch({
      cpuShare: 0.1,
      onAdded: () => {
        started.push(performance.now());
        busy(10);
      },
    });
    document.body.append(document.createElement('div'));
    await wait(30);
    document.body.append(document.createElement('div'));
    await wait(200);
    expect(started).toHaveLength(2);
    // 10 ms of work at a 10% share: at least 100 ms before the next batch.
    expect(started[1]! - started[0]!).toBeGreaterThanOrEqual(95);
  });

  it('hands added subtrees over in one batch, outermost only, skipping inert nodes', async () => {
    const { batches } = watch();
    const modal = document.createElement('div');
    modal.innerHTML = '<p>Sign up</p>';
    document.body.append(modal);
    modal.append(document.createElement('form'));
    document.body.append(document.createElement('script'));
    await wait(40);
    expect(batches).toEqual([[modal]]);
  });

  it('caps the roots per batch and hands the rest over later', async () => {
    const { batches } = watch({ maxRootsPerBatch: 2 });
    const divs = [1, 2, 3, 4, 5].map(() => document.createElement('div'));
    document.body.append(...divs);
    await wait(80);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat()).toEqual(divs);
  });

  it('ends the watch after its maximum number of batches', async () => {
    const { batches } = watch({ maxBatches: 2 });
    for (let i = 0; i < 4; i++) {
      document.body.append(document.createElement('div'));
      await wait(30);
    }
    expect(batches).toHaveLength(2);
  });

  it('skips ignored and removed nodes', async () => {
    const { batches } = watch({ ignore: (el) => el.id === 'skip' });
    const skip = Object.assign(document.createElement('div'), { id: 'skip' });
    const gone = document.createElement('div');
    document.body.append(skip, gone);
    gone.remove();
    await wait(40);
    expect(batches).toEqual([]);
  });

  it('stops when aborted and when its time is up', async () => {
    const aborted = watch();
    aborted.controller.abort();
    const timed = watch({ durationMs: 20 });
    await wait(50);
    document.body.append(document.createElement('div'));
    await wait(40);
    expect(aborted.batches).toEqual([]);
    expect(timed.batches).toEqual([]);
  });

  it('sees subtrees added inside a watched open shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    await wait(20);
    const { batches, observer } = watch();
    observer.watchShadowRoot(shadow);
    const widget = document.createElement('section');
    shadow.append(widget);
    await wait(40);
    expect(batches).toEqual([[widget]]);
  });

  it('reports style changes on body (a scroll lock set again)', async () => {
    const onRootStyle = vi.fn();
    watch({ onRootStyle });
    document.body.style.overflow = 'hidden';
    await wait(10);
    expect(onRootStyle).toHaveBeenCalled();
  });
});
