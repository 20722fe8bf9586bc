// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { creditReason, photoCredit } from '../../../../src/core/cleanup/rules/photo-credit.ts';
import { found, PROSE } from './helpers.ts';

describe('photo-credit', () => {
  it('finds credit lines of several shapes', () => {
    for (const text of ['Photo: Damian Dovarganes, AP', '(Image: © NASA/ESA/K. Retherford/SWRI)', 'Alex Wong | Getty Images', 'Image copyright Getty Images', 'Bild: dpa', 'Foto: Michael Kappeler/dpa', 'Courtesy of Andrew Vaughan', 'Photo by David Dyer-Bennet.', '(Image: gargantiopa / Getty Images)'])
      expect(creditReason(text), text).not.toBeNull();
  });
  it('takes a credit between the paragraphs of a story', () => {
    expect(found(photoCredit, `${PROSE}<figure><img src="a.jpg"><figcaption>Alex Wong | Getty Images</figcaption></figure>${PROSE}`)).toEqual(['Alex Wong | Getty Images']);
  });
  it('keeps captions and sentences that start like a credit', () => {
    for (const text of ['Photo: the scene outside the courthouse on Monday.', 'Kristi Noem, governor of South Dakota, at the White House in 2018.', 'Image: a rough sketch of the plan'])
      expect(creditReason(text), text).toBeNull();
    expect(found(photoCredit, `${PROSE}<p>Photo: protesters gathered at the gates before the police arrived.</p>${PROSE}`)).toEqual([]);
  });
});
