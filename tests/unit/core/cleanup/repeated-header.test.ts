// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { repeatedHeader } from '../../../../src/core/cleanup/rules/repeated-header.ts';
import { found, PROSE } from './helpers.ts';

const context = { title: 'Cat found in New Mexico after going missing in Oregon', byline: 'Tom Krisher, AP Auto Writer' };

describe('repeated-header', () => {
  it('takes the headline and the byline repeated before the story', () => {
    const html = `<h2>Cat found in New Mexico after going missing in Oregon</h2><p>Tom Krisher, Ap Auto Writer</p>${PROSE}`;
    expect(found(repeatedHeader, html, context)).toEqual(['Cat found in New Mexico after going missing in Oregon', 'Tom Krisher, Ap Auto Writer']);
  });
  it('keeps the same words inside the story, and a longer line holding the headline', () => {
    const html = `<p>Cat found in New Mexico after going missing in Oregon, officials say</p>${PROSE}<h2>Cat found in New Mexico after going missing in Oregon</h2>${PROSE}`;
    expect(found(repeatedHeader, html, context)).toEqual([]);
  });
});
