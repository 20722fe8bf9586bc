// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { followPrompt } from '../../../../src/core/cleanup/rules/follow-prompt.ts';
import { found, PROSE } from './helpers.ts';

describe('follow-prompt', () => {
  it('takes a short invitation to follow the site on a network, in several languages', () => {
    // bbc.com, space.com, 9to5toys.com, wired.com (readability keep-images): the lines after the story.
    const html = `${PROSE}<p><i>Follow Newsbeat on </i><a href="https://www.instagram.com/bbcnewsbeat/">Instagram</a><i>, </i><a href="https://www.facebook.com/bbcnewsbeat/">Facebook</a><i> and </i><a href="https://twitter.com/BBCNewsbeat">Twitter</a>.</p><p>Follow us on Twitter @Spacedotcom or Facebook.</p><p>Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!</p><p>Follow Backchannel: <a href="https://twitter.com/backchnnl">Twitter</a> | <a href="https://www.facebook.com/pages/Backchannel">Facebook</a></p><p>Folgen Sie uns auf <a href="https://www.facebook.com/x">Facebook</a>.</p><p>Suivez-nous sur Twitter et Instagram.</p>`;
    expect(found(followPrompt, html)).toEqual([
      'Follow Newsbeat on Instagram, Facebook and Twitter.',
      'Follow us on Twitter @Spacedotcom or Facebook.',
      'Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!',
      'Follow Backchannel: Twitter | Facebook',
      'Folgen Sie uns auf Facebook.',
      'Suivez-nous sur Twitter et Instagram.',
    ]);
  });

  it('keeps story sentences: no network named, a follow-up, instructions, a long paragraph, "Like" as a comparison', () => {
    const html = `${PROSE}<p>Follow the money, the investigators said.</p><p>Follow-up posts on Twitter showed the crowd growing.</p><p>Like us, Facebook has struggled to explain the change to its users.</p><p>Follow the steps on Facebook's help page to turn it off.</p><p>Suivez les instructions sur Facebook.</p><p>Follow the thread on Twitter, where the minister answered questions for two hours on Tuesday about the new budget, the schools, the roads, the library and the hospital, and promised more.</p>${PROSE}`;
    expect(found(followPrompt, html)).toEqual([]);
  });
});
