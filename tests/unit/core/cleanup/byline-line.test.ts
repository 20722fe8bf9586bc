// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bylineLine } from '../../../../src/core/cleanup/rules/byline-line.ts';
import { found, PROSE } from './helpers.ts';

describe('byline-line', () => {
  it('takes a byline line before the story', () => {
    expect(found(bylineLine, `<p>By Justine Coleman - 11/18/19 11:04 PM EST</p>${PROSE}`)).toEqual(['By Justine Coleman - 11/18/19 11:04 PM EST']);
    expect(found(bylineLine, `<p>By Stefan Becket, Kathryn Watson, Grace Segers</p>${PROSE}`)).toHaveLength(1);
  });
  it('keeps a sentence that starts with "By", and bylines inside the story', () => {
    expect(found(bylineLine, `<p>By Tuesday, most of the roads were open again.</p>${PROSE}`)).toEqual([]);
    expect(found(bylineLine, `${PROSE}<p>By Jane Doe</p>${PROSE}`)).toEqual([]);
  });
});
