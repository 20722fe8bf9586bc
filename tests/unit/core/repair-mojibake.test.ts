// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/core/clean/repair-mojibake.ts';
import { CORPUS, describeCorpus, HAS_CORPUS } from './helpers.ts';

describe('repairMojibake', () => {
  it.each([
    ['donâ€™t', 'don’t'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['cafÃ© au lait', 'café au lait'],
    ['Â© 2024', '© 2024'],
    ['a â€” b â€“ c â€¦', 'a — b – c …'],
    ['ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Привет'],
    ['æ—¥æœ¬', '日本'],
    // The seed page's damage: the lead byte became "?".
    ["Putin's behalf ?€” step aside", "Putin's behalf — step aside"],
    ['Assad ?€?angrily refused,?€? according', 'Assad “angrily refused,” according'],
    ['?€?No, that is not the case,?€? Peskov', '“No, that is not the case,” Peskov'],
    // The closing quote's third byte (0x9D) has no Windows-1252 character and was dropped.
    ['â€œIt was fast,â€ said Kim.', '“It was fast,” said Kim.'],
    ['he called it â€œa mistakeâ€.', 'he called it “a mistake”.'],
    ['â€œDoneâ€', '“Done”'],
    ['â€œWhy?â€\uFFFD she asked', '“Why?” she asked'],
    ['â€œLost byteâ€ and donâ€™t', '“Lost byte” and don’t'],
  ])('repairs %j', (input, output) => {
    expect(repairMojibake(input)).toBe(output);
  });

  it.each([
    'SÃO PAULO — INFORMAÇÃO',
    'Fuß… und Straße',
    'What?€5 is the price',
    'Ñandú » «Ça va»',
    'naïve café résumé Ærø',
    '價格 ¥100 · © 2024 · 50°C · ½ · ¿Qué?',
    // Accented letter + no-break space + guillemet: bytes E9 A0 BB would decode to a CJK character.
    'un traitement automatisé\u00a0». Ce dispositif',
    '« Déjà\u00a0», dit-il. Où\u2019 ? ',
    // â and € next to each other, but not where a closing quote lost its last byte.
    'Preço: â€100 ou â €',
  ])('leaves correct text alone: %j', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });
});

/**
 * Page text and attributes as the reader sees them: without script and style bodies (never shown),
 * and with character references decoded (`automatisé&nbsp;»` reaches the repair as é, U+00A0, »).
 * A textarea parses its content as RCDATA: references are decoded, tags stay text.
 */
const textarea = new JSDOM('').window.document.createElement('textarea');
const visible = (html: string) => {
  textarea.innerHTML = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '').replace(/<\/textarea/gi, '<_textarea');
  return textarea.value;
};

describeCorpus('repairMojibake changes nothing on correct pages', () => {
  const readabilityDir = path.join(CORPUS, 'readability-test-pages');
  // Listed only when the corpus is there (a skipped describe still collects its tests).
  const list = (dir: string) => (HAS_CORPUS ? readdirSync(dir) : []);
  const slugs = list(readabilityDir).filter((d) => !d.includes('.'));

  it('covers all 130 readability test pages', () => {
    expect(slugs).toHaveLength(130);
  });

  it.each(slugs)('readability-test-pages/%s', (slug) => {
    const html = visible(readFileSync(path.join(readabilityDir, slug, 'source.html'), 'utf8'));
    expect(repairMojibake(html) === html).toBe(true);
  });

  const newsDir = path.join(CORPUS, 'news-benchmark-dev/html');
  const ids = list(newsDir).filter((f) => f.endsWith('.html.gz'));

  it.each(ids)('news-benchmark-dev/%s', (file) => {
    const html = visible(gunzipSync(readFileSync(path.join(newsDir, file))).toString('utf8'));
    expect(repairMojibake(html) === html).toBe(true);
  });
});
