// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bylineLine, bylineNames } from '../../../../src/core/cleanup/rules/byline-line.ts';
import { readArticle } from '../../../../src/core/read-article.ts';
import { dom } from '../helpers.ts';
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

  it('reads the names of a byline line', () => {
    expect(bylineNames('By Justine Coleman - 11/18/19 11:04 PM EST')).toBe('Justine Coleman');
    expect(bylineNames('by Regan September 15, 2014')).toBe('Regan');
    expect(bylineNames('By Tuesday, most of the roads were open again.')).toBeNull();
  });

  it('moves the byline it takes out of the body into the article\'s header', () => {
    const page = `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1><p>By Justine Coleman - 11/18/19 11:04 PM EST</p>${PROSE.repeat(4)}</article></body></html>`;
    const result = readArticle(dom(page), { url: 'https://example.com/story' });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.byline).toBe('Justine Coleman');
    expect(result.article.text).not.toContain('Justine Coleman');
  });
});
