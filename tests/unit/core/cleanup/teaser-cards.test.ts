// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanupArticle } from '../../../../src/core/cleanup/index.ts';
import { teaserCards } from '../../../../src/core/cleanup/rules/teaser-cards.ts';
import { dom } from '../helpers.ts';
import { found, PROSE } from './helpers.ts';

/** A teaser as thesun.co.uk sets them inside a story: a linked picture, then a kicker and a headline. */
const teaser = (slug: string, kicker: string, headline: string) =>
  `<div><div><a href="https://www.example.co.uk/news/${slug}/"><picture><img src="/${slug}.jpg" alt=""></picture></a></div><div><h3>${kicker}</h3><p><span>${headline}</span></p></div></div>`;

const BOX = `<div>${teaser('1', 'RANDY ANDY', "Andrew parties in unearthed pics despite claiming 'he avoids PDAs'")}${teaser('2', 'TIME TRAVELLER', "Conspiracy theorists say they've spotted Greta Thunberg in 120-year-old pic")}${teaser('3', 'DRIVEN OUT', 'Furious mum demands kids clothes have gender labels scrapped')}</div>`;

describe('teaser-cards', () => {
  it('takes a box of alike teasers, each a picture linked to another story with its headline', () => {
    expect(found(teaserCards, `${PROSE}${BOX}${PROSE}`)).toEqual([
      'RANDY ANDY',
      "Andrew parties in unearthed pics despite claiming 'he avoids PDAs'",
      'TIME TRAVELLER',
      "Conspiracy theorists say they've spotted Greta Thunberg in 120-year-old pic",
      'DRIVEN OUT',
      'Furious mum demands kids clothes have gender labels scrapped',
    ]);
  });

  it('removes the teasers with their pictures', () => {
    const doc = dom(`<!doctype html><body><div id="root">${PROSE}${BOX}${PROSE}</div></body>`);
    const root = doc.getElementById('root')!;
    const removed = cleanupArticle(root, { rules: [teaserCards] });
    expect(removed).toHaveLength(3);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it("keeps the story's own pictures: linked to a larger view among paragraphs, with a caption, or alone", () => {
    // weekly.ascii.jp: each photo links to its viewer page and has a caption, between the paragraphs.
    const photo = (n: number, caption: string) =>
      `<div class="photo"><div><a href="/elem/000/${n}/img.html"><img src="/${n}.jpg" alt=""></a></div><p class="caption">${caption}</p></div>`;
    const inline = `${PROSE}${photo(1, 'The phone fits in one hand')}${PROSE}${photo(2, 'The back is glass, the sides titanium')}${PROSE}`;
    const figures = `<div><figure><a href="/gallery/1"><img src="/a.jpg"></a><figcaption>The harbour at dawn</figcaption></figure><figure><a href="/gallery/2"><img src="/b.jpg"></a><figcaption>The market square</figcaption></figure></div>`;
    const single = `<div>${teaser('9', 'ONE', 'A single linked picture with a headline beside it')}</div>`;
    const files = `<div><a href="/big/1.jpg"><img src="/1.jpg"></a> <span>Before the storm</span></div><div><a href="/big/2.jpg"><img src="/2.jpg"></a> <span>After the storm</span></div>`;
    expect(found(teaserCards, inline)).toEqual([]);
    expect(found(teaserCards, `${PROSE}${figures}${PROSE}`)).toEqual([]);
    expect(found(teaserCards, `${PROSE}${single}${PROSE}`)).toEqual([]);
    expect(found(teaserCards, `${PROSE}<div>${files}</div>${PROSE}`)).toEqual([]);
  });
});
