// @vitest-environment node
/**
 * Asks laid out without a box of their own: a heading that asks, followed by the loose siblings
 * that carry its action (heading-run.ts). Examples are the markup of real pages, trimmed.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTR } from '../../../../src/content/live-hide.ts';
import { createLivePage } from '../../../../src/content/live-page.ts';
import { headingRun } from '../../../../src/core/appeals/heading-run.ts';
import { findAppeals, removeAppeals } from '../../../../src/core/appeals/index.ts';
import { RULES } from '../../../../src/core/appeals/rules/index.ts';
import { reasonParts } from '../../../../src/core/removal-reason.ts';
import { PROSE, page } from './helpers.ts';

const DEFAULTS = { categories: ['newsletter', 'donation', 'membership'] as const };
const squash = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

// royal-road: after a web-fiction chapter, the author's support box is a heading and a button row, with no box around them.
const AUTHOR_SUPPORT = `<div class="chapter"><p>${PROSE[0]}</p><p>${PROSE[1]}</p><hr><a id="donate"></a>
  <h5 class="uppercase bold">Support "Super Supportive "</h5>
  <div class="row"><div class="col"><button class="btn" disabled>PayPal</button></div><div class="col"><a class="btn" href="https://www.patreon.com/someone">Patreon</a></div></div>
  <hr><div class="nav"><a href="/chapter/1">Previous Chapter</a> <a href="/chapter/3">Next Chapter</a></div></div>`;
// politifact: a donate fragment written into a sidebar's list (heading, line and image link as loose siblings).
const LIST_FRAGMENT = `<aside><div class="widget"><h3>Browse</h3><ul><li><a href="/a/">See our latest rulings</a></li><li><a href="/b/">Search by subject</a></li>
  <p></p><h3 class="widget__header">Support independent fact-checking</h3><p>In a world of wild talk and fake news, help us stand up for the facts.</p>
  <a href="//membership.example.org/"><img src="/logo.jpg" title="Support us"></a><p></p></ul></div></aside>`;
// An Indonesian sidebar: a bold line asking for alms and the bank account to send them to, between link lines.
const BANK_ACCOUNT = `<div class="textwidget"><p><a href="/ad1">Jual Beli Sepeda Motor</a></p><p><strong>Ayo Infaq Dakwah</strong></p>
  <p>Rekening BCA 0061947069 a/n Nizami</p><p><a href="/haji">Sejarah Melempar Jumrah</a></p><p><a href="/rukun">Rukun-Rukun Haji</a></p></div>`;

describe('a heading and the loose siblings that carry its action', () => {
  it.each([
    ['a button row with a Patreon link', AUTHOR_SUPPORT, 'Support "Super Supportive "', ['PayPalPatreon']],
    ['a line and an image link to the membership site', LIST_FRAGMENT, 'Support independent fact-checking', ['In a world of wild talk and fake news, help us stand up for the facts.', '']],
    ['a bank account beside words of giving', BANK_ACCOUNT, 'Ayo Infaq Dakwah', ['Rekening BCA 0061947069 a/n Nizami']],
  ])('takes the heading with %s, and nothing after it', (_, html, heading, rest) => {
    const matches = findAppeals(page(html), DEFAULTS);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match!.category).toBe('donation');
    expect(squash(match!.element)).toBe(heading);
    expect((match!.also ?? []).map(squash)).toEqual(rest);
    expect(match!.reason).toMatch(/^donation 1\.00: heading-run 1\.00 \(heading ".+" followed by .+\)$/);
    // Read back as the view says it: the rule, and what it saw.
    const parts = reasonParts(match!.reason);
    expect(parts?.map((p) => p.rule)).toEqual(['heading-run']);
    expect(parts![0]!.saw).toMatch(/^heading ".+" followed by /);
    expect(match!.reason.endsWith(` (${parts![0]!.saw})`)).toBe(true);
    expect(match!.text).toContain(heading);
  });

  it('removes the whole run from the article, and only it', () => {
    const doc = page(AUTHOR_SUPPORT);
    const removed = removeAppeals(doc, DEFAULTS);
    expect(removed).toHaveLength(1);
    const text = squash(doc.body);
    expect(text).not.toMatch(/Super Supportive|PayPal|Patreon/);
    expect(text).toContain(PROSE[1]);
    expect(text).toContain('Next Chapter');
  });

  it('hides the run on the live page as one appeal, and shows it all again', () => {
    const { window } = new JSDOM(`<!doctype html><html><body>${BANK_ACCOUNT}</body></html>`, { url: 'http://example.test/' });
    const doc = window.document;
    const counts: number[] = [];
    const live = createLivePage(doc, { find: findAppeals, onCount: (n) => counts.push(n), observeMs: 0 });
    expect(live.hide(['donation'])).toBe(1);
    expect([...doc.querySelectorAll(`[${HIDDEN_ATTR}]`)].map(squash)).toEqual(['Ayo Infaq Dakwah', 'Rekening BCA 0061947069 a/n Nizami']);
    expect(counts.at(-1)).toBe(1);
    expect(live.restore()).toBe(1);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).toHaveLength(0);
  });

  it('keeps a run the reader put back', () => {
    const [match] = findAppeals(page(BANK_ACCOUNT), DEFAULTS);
    expect(match!.also).toHaveLength(1);
    expect(findAppeals(page(BANK_ACCOUNT), { ...DEFAULTS, keep: [match!.text] })).toHaveLength(0);
  });

  it.each([
    // The heading of an article section: its siblings are prose, with nothing to act on.
    ['a section of prose', `<h3>Support for the measure</h3><p>${PROSE[2]}</p><p><a href="/budget">The budget</a> passed.</p>`],
    // A bare call heads a column of the site's links.
    ['a footer column', '<h4>Subscribe</h4><p><a href="/subscribe">Print edition</a></p><p><a href="/newsletters">Newsletters</a></p>'],
    // An account number with no words of giving is a figure of the story.
    ['a number without an ask', '<p><strong>Support our journalism</strong></p><p>Case 0061947069 was filed in March.</p>'],
    // A sign-in box headed by a call.
    ['an account box', '<h3>Become a member</h3><div class="login-box"><a href="/join">Join</a></div>'],
    // A list of the site's links after it, one of them to the donation page.
    ['a list of links', '<h3>Support our newsroom</h3><ul><li><a href="/about">About</a></li><li><a href="/team">Team</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/donate">Donate</a></li></ul>'],
    // A long line after the heading: the heading opens a section, not a box.
    ['a long line', `<h3>Become a member</h3><p>${PROSE[0]} <a href="/membership">membership</a></p>`],
  ])('leaves %s', (_, html) => {
    const doc = page(`<div>${html}</div>`);
    const heading = doc.querySelector('h3, h4, p')!;
    expect(headingRun(heading, heading.tagName, RULES)).toBeNull();
  });
});
