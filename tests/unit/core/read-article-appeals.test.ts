// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { removeAppeals } from '../../../src/core/appeals/index.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { articlePage, dom } from './helpers.ts';

vi.mock('../../../src/core/appeals/index.ts', () => ({ removeAppeals: vi.fn() }));
const mocked = vi.mocked(removeAppeals);
const url = 'http://example.com/story';

describe('readArticle and the appeals step', () => {
  beforeEach(() => {
    mocked.mockReset();
  });

  it('runs removeAppeals once, on the page clone before Readability, and reports its removals', () => {
    const seen: string[] = [];
    mocked.mockImplementation((root, options) => {
      seen.push(`${root.nodeType === 9 ? 'document' : 'element'}:${options.categories.join(',')}`);
      const box = root.querySelector('.ask');
      box?.remove();
      return box ? [{ category: 'donation', reason: 'test rule', text: box.textContent ?? '' }] : [];
    });
    const doc = dom(articlePage('<div class="ask">Please give us money today.</div>'));
    const result = readArticle(doc, { url, hide: ['donation'] });
    if (!result.ok) throw new Error(result.message);
    expect(seen).toEqual(['document:donation']);
    expect(result.article.removed).toEqual([{ category: 'donation', reason: 'test rule', text: 'Please give us money today.' }]);
    expect(result.article.text).not.toContain('give us money');
    // The live page keeps everything.
    expect(doc.querySelector('.ask')).not.toBeNull();
  });

  it('does not call it when hiding is off', () => {
    const result = readArticle(dom(articlePage('')), { url, hide: [] });
    expect(result.ok).toBe(true);
    expect(mocked).not.toHaveBeenCalled();
  });

  it('still gives the article when the appeals step throws', () => {
    mocked.mockImplementation(() => {
      throw new Error('rule bug');
    });
    const result = readArticle(dom(articlePage('<p>Body.</p>')), { url, hide: ['newsletter'] });
    expect(result.ok && result.article.removed).toEqual([]);
  });
});
