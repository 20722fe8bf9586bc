// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ctaLinks, DEFAULT_CTA_CALL_WEIGHT, DEFAULT_CTA_LINK_WEIGHT } from '../../../../src/core/appeals/rules/cta-links.ts';
import { findAppeals } from '../../../../src/core/appeals/index.ts';
import { evidenceOf, page } from './helpers.ts';

const targets = (html: string) => evidenceOf(ctaLinks, html).map((e) => e.target).sort();

describe('cta-links', () => {
  it('sees links to sign-up, giving and joining pages', () => {
    expect(targets('<p><a href="/newsletters/preview">Preview</a></p>')).toEqual(['newsletter']);
    expect(targets('<p><a href="/contribute?frequency=monthly">Continue</a></p>')).toEqual(['donation']);
    expect(targets('<p><a href="https://example.org/donate-now">Give</a></p>')).toEqual(['donation']);
    expect(targets('<p><a href="/sostienici">Dona ora</a></p>')).toEqual(['donation']);
    expect(targets('<p><a href="/membership">Join</a></p>')).toEqual(['membership']);
    // A site's named premium page; a story's slug ending in the word is no offer.
    expect(targets('<p><a href="/example-premium">Premium</a></p>')).toEqual(['membership']);
    expect(targets('<p><a href="/news/insurers-raise-premium">story</a></p>')).toEqual([]);
    expect(evidenceOf(ctaLinks, '<p><a href="/donate">Donate</a></p>')[0]?.weight).toBe(DEFAULT_CTA_LINK_WEIGHT);
  });

  it('weighs a link whose own words call for the ask it leads to as the ask\'s button', () => {
    // mozilla.org: "Firefox is coming soon to iOS! Sign up to learn more." under the download buttons.
    const line = '<p>Firefox is coming soon to iOS! <a href="/en-US/newsletter/ios/">Sign up to learn more</a>.</p>';
    expect(evidenceOf(ctaLinks, line)[0]?.weight).toBe(DEFAULT_CTA_CALL_WEIGHT);
    expect(findAppeals(page(`<div>${line}</div>`), { categories: ['newsletter'] }).map((m) => m.category)).toEqual(['newsletter']);
    // Words that call for another ask, or a bare call that is also a menu's item, weigh as any link there.
    expect(evidenceOf(ctaLinks, '<p><a href="/newsletter/">Donate to the fund</a></p>')[0]?.weight).toBe(DEFAULT_CTA_LINK_WEIGHT);
    expect(evidenceOf(ctaLinks, '<p><a href="/newsletter/">Subscribe</a></p>')[0]?.weight).toBe(DEFAULT_CTA_LINK_WEIGHT);
    expect(findAppeals(page('<div><p>Our archive: <a href="/en-US/newsletter/ios/">past issues</a>.</p></div>'), { categories: ['newsletter'] })).toEqual([]);
  });

  it('matches whole path words only, and never the domain name', () => {
    expect(targets('<p><a href="/books/don-quixote">Don Quixote</a></p>')).toEqual([]);
    expect(targets('<p><a href="https://newsletter.example.com/story">story</a></p>')).toEqual([]);
    expect(targets('<p><a href="/news/supporters-rally">rally</a></p>')).toEqual([]);
  });

  it('reads the ask from a sign-up host (a newsletter host only for its front page or a sign-up path)', () => {
    // businessinsider.com: "You can also subscribe to this newsletter here" → newsletter.<site>/join/free.
    expect(targets('<p><a href="https://newsletter.example.com/join/free">here</a></p>')).toEqual(['membership', 'newsletter']);
    expect(targets('<p><a href="https://donate.example.org/">Give</a></p>')).toEqual(['donation']);
    expect(targets('<p><a href="http://subscription.example.com/herald/offers">Subscribe</a></p>')).toEqual(['membership']);
    // A story the newsletter published is a citation.
    expect(targets('<p><a href="https://newsletter.example.com/p/the-week-in-chips">wrote</a></p>')).toEqual([]);
    expect(targets('<p><a href="https://support.example.com/">Help centre</a></p>')).toEqual([]);
  });

  it('needs a cluster of social links before it says "social"', () => {
    const one = '<div><a href="https://twitter.com/someone">@someone</a></div>';
    const three = '<div><a href="https://twitter.com/site">t</a><a href="https://facebook.com/site">f</a><a href="https://instagram.com/site">i</a></div>';
    expect(targets(one)).toEqual([]);
    expect(targets(three)).toEqual(['social']);
  });
});
