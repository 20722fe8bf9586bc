import { JSDOM } from 'jsdom';
import { RULES } from '../../../../src/core/appeals/rules/index.ts';
import type { AppealRule, Block, Evidence } from '../../../../src/core/appeals/types.ts';
import { walk } from '../../../../src/core/appeals/walk.ts';

/** A document whose body is `html`. */
export const page = (html: string, url = 'http://example.test/news/story.html') =>
  new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url }).window.document;

/** The summary of the first element of `html` (rules observe everything inside it). */
export function blockOf(html: string): Block {
  const doc = page(html);
  return walk(doc.body.firstElementChild!, RULES).block;
}

/** What one rule concludes about the first element of `html`. */
export function evidenceOf(rule: AppealRule, html: string): Evidence[] {
  const found = rule.score(blockOf(html));
  return found ? (Array.isArray(found) ? found : [found]) : [];
}

/** Article paragraphs long enough for Readability-sized pages. */
export const PROSE = [
  'The council met on Tuesday evening to discuss the new budget for the coming year, which includes funds for road repairs, two new libraries and a pilot programme for electric buses on three routes.',
  'Officials said the plan had been shaped by months of consultation with residents, shop owners and the regional transport authority, and that the final vote is expected before the end of the month.',
  'Opposition members questioned whether the projected tax revenue was realistic given the slowdown in construction, and asked for an independent review of the figures before any contracts are signed.',
  'The mayor defended the proposal, saying the city could not afford to postpone maintenance any longer and that the bus pilot would be evaluated after twelve months before any expansion.',
];

export const article = (inner: string) =>
  `<article><h1>Council approves budget</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}${inner}</article>`;
