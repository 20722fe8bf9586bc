// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { copyrightLine } from '../../../../src/core/cleanup/rules/copyright-line.ts';
import { found, PROSE } from './helpers.ts';

describe('copyright-line', () => {
  it('takes rights lines after the story', () => {
    const html = `${PROSE}${PROSE}<p>Copyright @ 2019 The New Arab.</p><p>Alle Rechte vorbehalten.</p>`;
    expect(found(copyrightLine, html)).toEqual(['Copyright @ 2019 The New Arab.', 'Alle Rechte vorbehalten.']);
  });
  it('keeps a paragraph about copyright inside the story', () => {
    const html = `${PROSE}<p>The court said the copyright on the song, registered in 1978, had expired.</p>${PROSE}${PROSE}${PROSE}`;
    expect(found(copyrightLine, html)).toEqual([]);
  });
});
