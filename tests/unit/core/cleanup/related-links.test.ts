// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { relatedLinks } from '../../../../src/core/cleanup/rules/related-links.ts';
import { found, PROSE } from './helpers.ts';

describe('related-links', () => {
  it('takes a label with a linked headline in the same line', () => {
    const html = `${PROSE}<p>Related: <a href="/x">The 15 Weirdest Galaxies in Our Universe</a></p><p>Lesen Sie auch: <a href="/y">Was die Reform bringt</a></p>${PROSE}`;
    expect(found(relatedLinks, html)).toEqual(['Related: The 15 Weirdest Galaxies in Our Universe', 'Lesen Sie auch: Was die Reform bringt']);
  });
  it('takes a label on its own line and the linked headlines after it', () => {
    const html = `${PROSE}<p>More:</p><ul><li><a href="/a">The New Space Race</a></li><li><a href="/b">Spacewalking into 'her-story'</a></li></ul>${PROSE}`;
    expect(found(relatedLinks, html)).toEqual(['More:', 'The New Space Race', "Spacewalking into 'her-story'"]);
  });
  it('takes linked headlines stacked in one paragraph with line breaks', () => {
    const html = `${PROSE}<p><strong>DON'T MISS</strong></p><p><a href="/a">China furious at Macron for Hong Kong protest jibe after his remarks</a> [<strong>INSIGHT]<br></strong><a href="/b">Lakers vs Nets: NBA make final decision on game amid China turmoil</a> [<strong>VIDEO]<br></strong><a href="/c">Hong Kong 'threatened with Chinese military intervention'</a></p>${PROSE}`;
    expect(found(relatedLinks, html)).toHaveLength(2);
  });
  it('keeps a paragraph of prose with line breaks after a label', () => {
    const html = `${PROSE}<p>Read more</p><p>The council met on <a href="/m">Monday</a> and voted on the plan for the new bridge over the river.<br>It will cost more than the old one, and work starts next year if the money arrives in time for it.</p>${PROSE}`;
    expect(found(relatedLinks, html)).toEqual([]);
  });
  it('keeps a label followed by prose, and a sentence with a link after "Read more"', () => {
    const html = `${PROSE}<h3>More</h3>${PROSE}<p>Read more: the <a href="/r">report</a> says the money will last until 2030, and the council agrees.</p>${PROSE}`;
    expect(found(relatedLinks, html)).toEqual([]);
  });
});
