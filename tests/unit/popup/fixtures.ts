import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import type { Article } from '../../../src/core/article.ts';
import type { Platform } from '../../../src/popup/platform.ts';
import { normalizeSettings, type Settings } from '../../../src/shared/settings.ts';

export function mockArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Rain records broken across the region',
    byline: 'Maya Lindqvist',
    siteName: 'The Weather Desk',
    lang: 'en',
    dir: 'ltr',
    publishedTime: '2025-02-03T07:00:00Z',
    excerpt: 'The wettest winter since 1891.',
    leadImage: 'https://example.org/img/lead.jpg',
    contentHtml:
      '<div><h1>Rain records broken across the region</h1><p>First paragraph with <a href="https://example.org/data">a link</a> and <a href="#note">a note</a>.</p>' +
      '<figure><img src="https://example.org/img/chart.png" alt="chart"><figcaption>Chart caption</figcaption></figure>' +
      '<table><tr><th>Station</th><th>mm</th></tr><tr><td>City</td><td>412</td></tr></table><p>Second paragraph.</p></div>',
    text: 'First paragraph with a link. Second paragraph.',
    wordCount: 820,
    readingMinutes: 4,
    url: 'https://www.example.org/news/rain.html',
    removed: [],
    ...overrides,
  };
}

export interface FakePlatform extends Platform {
  calls: Array<[string, ...unknown[]]>;
  stored: Settings;
}

/** A Platform that records calls; each method can be overridden per test. */
export function fakePlatform(overrides: Partial<Platform> = {}, initial: unknown = undefined): FakePlatform {
  const calls: Array<[string, ...unknown[]]> = [];
  const record =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
    (...args: A): R => {
      calls.push([name, ...args]);
      return fn(...args);
    };
  const platform: FakePlatform = {
    calls,
    stored: normalizeSettings(initial),
    targetTab: record('targetTab', async () => ({ id: 7, url: 'https://www.example.org/news/rain.html', status: 'complete' as const })),
    getTab: record('getTab', async (id: number) => ({ id, url: 'https://www.example.org/news/rain.html', status: 'complete' as const })),
    readyState: record('readyState', async () => 'loading' as const),
    readArticle: record('readArticle', async () => ({ ok: true as const, article: mockArticle() })),
    pageText: record('pageText', async () => ({ source: 'page' as const, title: 'Front page', text: 'Headline one\nHeadline two' })),
    hideOnPage: record('hideOnPage', async () => 2),
    restorePage: record('restorePage', async () => 2),
    reloadTab: record('reloadTab', async () => undefined),
    openReaderTab: record('openReaderTab', async () => undefined),
    openOptions: record('openOptions', async () => undefined),
    save: record('save', async () => ({})),
    copy: record('copy', async () => undefined),
    closeView: record('closeView', () => undefined),
    loadSettings: record('loadSettings', async () => platform.stored),
    saveSettings: record('saveSettings', async (s: Settings) => {
      platform.stored = s;
    }),
    onSettingsChanged: () => undefined,
    ...overrides,
  };
  return platform;
}

/** Lets pending promises, Preact's renders and its effects (run after the next frame) settle. */
export async function settle(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * Gives every test of the calling `describe` a fresh element in the document to render into
 * (handed to `use` before each test), unmounted and removed after it.
 */
export function withRoot(use: (root: HTMLElement) => void): void {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    use(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
}
