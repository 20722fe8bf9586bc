// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { warmUpFinishing } from '../../../src/popup/stage-two.ts';
import { dom } from '../core/helpers.ts';

describe('the warm-up of stage 2 (popup/stage-two.ts)', () => {
  it('finishes its sample through the steps a real article takes: URLs, sanitiser, cleanup rules, text', () => {
    const view = dom('<!doctype html><title>view</title>', 'chrome-extension://lectern/src/popup/popup.html');
    const result = warmUpFinishing(view.defaultView!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    // The cleanup rules ran and took out the byline line and the related links, as on real pages.
    expect(article.removed.map((r) => r.reason.split(':')[0])).toEqual(['byline-line', 'related-links', 'related-links']);
    expect(article.byline).toBe('Jane Doe');
    // URLs made absolute, the image's srcset kept through the sanitiser.
    expect(article.contentHtml).toContain('href="https://news.example/news/plan"');
    expect(article.contentHtml).toContain('srcset="https://news.example/photo.jpg 1x, https://news.example/photo-2x.jpg 2x"');
    expect(article.wordCount).toBeGreaterThan(80);
  });
});
