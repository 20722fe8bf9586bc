// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { overlayDialog } from '../../../../src/core/appeals/rules/overlay-dialog.ts';
import { evidenceOf } from './helpers.ts';

describe('overlay-dialog', () => {
  it('sees dialogs, fixed overlays and modal classes', () => {
    for (const html of [
      '<div role="dialog" aria-modal="true"></div>',
      '<dialog open></dialog>',
      '<div style="position: fixed; bottom: 0"></div>',
      '<div class="newsletter-modal"></div>',
    ]) {
      expect(evidenceOf(overlayDialog, html)[0], html).toMatchObject({ target: 'any', kind: 'structure' });
    }
  });

  it('sees nothing in a plain box', () => {
    expect(evidenceOf(overlayDialog, '<div class="box"><p>Text</p></div>')).toEqual([]);
  });
});
