// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseHeadline, withoutSiteName } from '../../../../src/core/extract/headline.ts';

describe('withoutSiteName', () => {
  it.each([
    ['Mangos werden teurer | Hamburger Abendblatt', 'Hamburger Abendblatt', null, 'Mangos werden teurer'],
    ['Storm closes the harbour – Valley Gazette', 'Valley Gazette', null, 'Storm closes the harbour'],
    ['NYTimes.com: The campaign ends', null, 'https://www.nytimes.com/2016/11/08/story.html', 'The campaign ends'],
    ['Brexit and the border - The Guardian', null, 'https://www.theguardian.com/politics/x', 'Brexit and the border'],
    ['Markets | Stocks slide on rate fears | Example News', 'Example News', null, 'Markets | Stocks slide on rate fears'],
  ])('%s → its headline', (title, site, url, expected) => {
    expect(withoutSiteName(title, site, url)).toBe(expected);
  });

  it.each([
    // No part names the site.
    ['Stocks slide - and bonds follow', 'Example News', null],
    // Nothing else would be left.
    ['Example News', 'Example News', null],
    // The site name inside the headline itself, not glued on by a separator.
    ['Why The Guardian changed its paywall', 'The Guardian', null],
    ['Warum Mangos teurer werden', null, null],
  ])('keeps %s', (title, site, url) => {
    expect(withoutSiteName(title, site, url)).toBe(title);
  });
});

describe('chooseHeadline', () => {
  it('takes the page\'s h1 when the title is that h1 with a section or tagline glued on', () => {
    expect(chooseHeadline({ title: 'Stocks slide on rate fears | Markets', siteName: null, url: null, h1: 'Stocks slide on rate fears' })).toBe('Stocks slide on rate fears');
  });

  it('keeps the title when the h1 is something else (a site logo, a section name)', () => {
    expect(chooseHeadline({ title: 'Stocks slide on rate fears', siteName: null, url: null, h1: 'Markets' })).toBe('Stocks slide on rate fears');
    expect(chooseHeadline({ title: 'Stocks slide on rate fears', siteName: null, url: null, h1: 'Example News Today' })).toBe('Stocks slide on rate fears');
  });
});
