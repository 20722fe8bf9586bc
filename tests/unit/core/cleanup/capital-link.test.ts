// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { capitalLink } from '../../../../src/core/cleanup/rules/capital-link.ts';
import { found, PROSE } from './helpers.ts';

describe('capital-link', () => {
  it('takes a paragraph that is one link set in capitals, between paragraphs', () => {
    // foxbusiness.com: links to other stories set in capitals between the story's paragraphs.
    const html = `${PROSE}<p><a href="/retail/home-depot-cofounder">CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM</a></p>${PROSE}<p><strong><a href="/markets">READ MORE ON FOX BUSINESS BY CLICKING HERE</a></strong></p>${PROSE}`;
    expect(found(capitalLink, html)).toEqual([
      "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM",
      'READ MORE ON FOX BUSINESS BY CLICKING HERE',
    ]);
  });

  it('keeps capitals that are not a link, a linked sentence in its own case, headings and short acronyms', () => {
    const html = `${PROSE}<p>THE COUNCIL VOTED AGAINST THE PLAN ON TUESDAY NIGHT</p><p><a href="/report">Read the council's full report on the budget</a></p><h2><a href="/x">THE VOTE AND WHAT COMES NEXT</a></h2><p><a href="/nasa">NASA ESA</a></p>${PROSE}`;
    expect(found(capitalLink, html)).toEqual([]);
  });
});
