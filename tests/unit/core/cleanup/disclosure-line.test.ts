// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { disclosureLine } from '../../../../src/core/cleanup/rules/disclosure-line.ts';
import { found, PROSE } from './helpers.ts';

describe('disclosure-line', () => {
  it('takes advertising disclosures before or after the story', () => {
    const first = 'This post may contain affiliate and/or referral links. Please see my disclosure page.';
    expect(found(disclosureLine, `<p>${first}</p>${PROSE}<p>Dieser Artikel enthält Werbung.</p>`)).toEqual([first, 'Dieser Artikel enthält Werbung.']);
  });
  it('keeps the story when it is about affiliate links', () => {
    const html = `${PROSE}<p>Regulators say affiliate links must be labelled, and several blogs were fined last year.</p>${PROSE}`;
    expect(found(disclosureLine, html)).toEqual([]);
  });
});
