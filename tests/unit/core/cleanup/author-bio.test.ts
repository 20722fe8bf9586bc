// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { authorBio } from '../../../../src/core/cleanup/rules/author-bio.ts';
import { found, PROSE } from './helpers.ts';

describe('author-bio', () => {
  it("takes the author's box closing the article: name linked to the author page, handle, biography", () => {
    // 9to5mac.com and a WordPress blog (rel="author"): the box after the story.
    const nineToFive = `${PROSE}${PROSE}<h3>About the Author</h3><h3><a href="https://9to5mac.com/author/trevorjd14/"><span>Trevor Daugherty</span></a></h3><p><a href="https://twitter.com/trevorjd14">@trevorjd14</a></p><p>Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he's specialized in product reviews and exclusive discounts.</p>`;
    expect(found(authorBio, nineToFive)).toEqual([
      'About the Author',
      'Trevor Daugherty',
      '@trevorjd14',
      "Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he's specialized in product reviews and exclusive discounts.",
    ]);
    const blog = `${PROSE}${PROSE}<h5><a href="https://example.com/blog/who/" rel="author">Regan</a></h5><p>Regan is a Southeastern Connecticut native now living in Central Massachusetts with her husband, two sons, and two cats.</p>`;
    expect(found(authorBio, blog)).toHaveLength(2);
  });

  it('keeps a link to the author inside the story, and a box whose text does not open with the name', () => {
    const inStory = `${PROSE}<p><a href="/author/jane-doe/">Jane Doe</a></p><p>Jane Doe said the council would vote again next week, after the residents had their say on the budget.</p>${PROSE}${PROSE}${PROSE}${PROSE}`;
    const other = `${PROSE}${PROSE}<p><a href="/author/jane-doe/">Jane Doe</a></p><p>The council will vote again next week, after the residents have had their say.</p>`;
    expect(found(authorBio, inStory)).toEqual([]);
    expect(found(authorBio, other)).toEqual([]);
  });
});
