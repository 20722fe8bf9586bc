// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { uiLabel } from '../../../../src/core/cleanup/rules/ui-label.ts';
import { found, PROSE } from './helpers.ts';

describe('ui-label', () => {
  it('takes page controls and slideshow counters on their own line', () => {
    const html = `<p>Image 1 of / 23</p><p>Caption</p><p>Close</p>${PROSE}<p>Continue Reading Below</p>${PROSE}<div>Anzeige</div>`;
    expect(found(uiLabel, html)).toEqual(['Image 1 of / 23', 'Caption', 'Close', 'Continue Reading Below', 'Anzeige']);
  });
  it('keeps headings and sentences holding the same words', () => {
    // A bare "23/16" is a score or a date; "Close" inside a table is data.
    const html = `${PROSE}<h2>Share</h2><p>Close to 40 people were evacuated.</p><p>Read more about the plan in the council's report.</p><p>23/16</p><table><tr><td>Close</td></tr></table>${PROSE}`;
    expect(found(uiLabel, html)).toEqual([]);
  });
});
