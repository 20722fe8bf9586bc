// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateStamp } from '../../../../src/core/cleanup/rules/date-stamp.ts';
import { found, PROSE } from './helpers.ts';

describe('date-stamp', () => {
  it('takes date lines before the story, in several languages', () => {
    for (const line of ['Updated 11:21 pm CST, Tuesday, November 19, 2019', 'Published 1 day ago', '19.11.2019, 08:57', 'Aktualisiert am 3. März 2020, 14:05 Uhr', 'Publié le 12 janvier 2021 à 10h30', 'sexta-feira, 22 de outubro de 2010 às 20:13', 'November 20, 2019 / 1:07 AM / CBS News'])
      expect(found(dateStamp, `<p>${line}</p>${PROSE}`), line).toEqual([line]);
  });
  it('takes a labelled stamp anywhere', () => {
    expect(found(dateStamp, `${PROSE}<p>Updated at 1:23 p.m.</p>${PROSE}`)).toEqual(['Updated at 1:23 p.m.']);
  });
  it('keeps dated sentences, and bare times inside the story (a live blog)', () => {
    const html = `<p>On November 19, 2019 the plant closed for good.</p>${PROSE}<p>10:07 AM</p>${PROSE}<p>The vote is set for March 3, 2020 at noon, officials said.</p>${PROSE}`;
    expect(found(dateStamp, html)).toEqual([]);
  });
});
