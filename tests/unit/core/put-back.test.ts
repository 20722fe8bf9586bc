// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppeals } from '../../../src/core/appeals/index.ts';
import { readArticle } from '../../../src/core/read-article.ts';
import { dom, loadFixture, ROOT } from './helpers.ts';

const APPEALS = path.join(ROOT, 'tests/fixtures/appeals');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('putting a removed appeal back (ReadOptions.keep)', () => {
  const { expected, html } = loadFixture('seed-moscow-times');
  const read = (keep?: string[]) => {
    const result = readArticle(dom(html, expected.url), { url: expected.url, keep });
    if (!result.ok) throw new Error(result.message);
    return result.article;
  };
  const first = read();

  it('removes the seed page’s support banner, newsletter box and donation letter, one line per paragraph in each excerpt', () => {
    expect(first.removed.map((r) => r.category).sort()).toEqual(['donation', 'donation', 'newsletter']);
    const newsletter = first.removed.find((r) => r.category === 'newsletter')!;
    expect(newsletter.text.split('\n')[0]).toBe('Sign up for our free weekly newsletter');
  });

  // The banner sits above the site header, outside what Readability keeps: the two blocks of the story.
  it.each([
    ['newsletter', 'Sign up for our free weekly newsletter'],
    ['donation', 'A Message from The Moscow Times:'],
  ])('brings the %s block back into the article and removes the rest', (category, heading) => {
    const removal = first.removed.find((r) => r.category === category && r.text.startsWith(heading))!;
    const again = read([removal.text]);
    expect(again.removed.map((r) => r.category)).toEqual(first.removed.filter((r) => r !== removal).map((r) => r.category));
    expect(flat(again.text)).toContain(flat(removal.text.split('\n')[0]!));
    expect(flat(first.text)).not.toContain(flat(removal.text.split('\n')[0]!));
  });

  it('ignores excerpts that match nothing', () => {
    expect(read(['No such block on this page']).removed).toHaveLength(first.removed.length);
  });

  it('keeps the blocks around a put-back block too', () => {
    const doc = dom(
      '<body><article><p>Story text that is long enough to be the article of this page, and then some more.</p>' +
        '<div class="newsletter-wrap"><h3>Sign up for our newsletter</h3><form class="newsletter-form"><input type="email"><button>Subscribe</button></form></div></article></body>',
    );
    const found = findAppeals(doc, { categories: ['newsletter'] });
    expect(found).toHaveLength(1);
    const inner = found[0]!.element.querySelector('form');
    expect(inner).not.toBeNull();
    // Putting back the outer block leaves nothing inside it to remove.
    expect(findAppeals(doc, { categories: ['newsletter'], keep: [found[0]!.text] })).toEqual([]);
  });
});

describe('putting back every removal gives the article read with hiding off', () => {
  const slugs = readdirSync(APPEALS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it.each(slugs)('%s', (slug) => {
    const html = readFileSync(path.join(APPEALS, slug, 'source.html'), 'utf8');
    const { url } = JSON.parse(readFileSync(path.join(APPEALS, slug, 'labels.json'), 'utf8')) as { url: string };
    const on = readArticle(dom(html, url), { url });
    const off = readArticle(dom(html, url), { url, hide: [] });
    if (!on.ok || !off.ok) {
      expect(on.ok).toBe(off.ok);
      return;
    }
    const kept = readArticle(dom(html, url), { url, keep: on.article.removed.map((r) => r.text) });
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.article.removed).toEqual([]);
    expect(kept.article.text).toBe(off.article.text);
  });
});
