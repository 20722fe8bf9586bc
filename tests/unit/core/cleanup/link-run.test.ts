// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { linkRun } from '../../../../src/core/cleanup/rules/link-run.ts';
import { found, PROSE } from './helpers.ts';

const links = (...names: string[]) => names.map((n) => `<li><a href="/${n}">${n}</a></li>`).join('');

describe('link-run', () => {
  it("takes the site's menu and the page address before the story", () => {
    const html = `<ul>${links('Home', 'News', 'Sports', 'Business')}</ul><p>https://www.example.com/news/article/story-14848164.php</p>${PROSE}`;
    expect(found(linkRun, html)).toEqual(['Home', 'News', 'Sports', 'Business', 'https://www.example.com/news/article/story-14848164.php']);
  });
  it('keeps links inside the story, and two links after it', () => {
    expect(found(linkRun, `${PROSE}<ul>${links('The report', 'The budget', 'The minutes')}</ul>${PROSE}`)).toEqual([]);
    expect(found(linkRun, `${PROSE}<ul>${links('The report', 'The budget')}</ul>`)).toEqual([]);
  });
});

describe('link-run, sources after the story', () => {
  it('keeps footnotes, addresses after the story and table cells', () => {
    const refs = '<ol><li><a href="/1">"Mobile System Requirements".</a></li><li><a href="/2">"Supported devices".</a></li><li><a href="/3">"Rules".</a></li></ol>';
    expect(found(linkRun, `${PROSE}${refs}<p>https://nodejs.org/api/inspector.html</p>`)).toEqual([]);
    const sources = ['https://nodejs.org/api/inspector.html', 'https://www.npmjs.com/package/inspector-api', 'https://example.org/a'];
    expect(found(linkRun, `${PROSE}<ul>${sources.map((u) => `<li><a href="${u}">${u}</a></li>`).join('')}</ul>`)).toEqual([]);
    const table = `<table><tr><td><a href="/a">Flag</a></td></tr><tr><td><a href="/b">Coat of arms</a></td></tr><tr><td><a href="/c">Anthem</a></td></tr></table>`;
    expect(found(linkRun, `${table}${PROSE}`)).toEqual([]);
    const toc = '<ul><li><a href="#setup">Setting up</a></li><li><a href="#one">Example 1</a></li><li><a href="#two">Example 2</a></li></ul>';
    expect(found(linkRun, `${toc}${PROSE}`)).toEqual([]);
  });
});
