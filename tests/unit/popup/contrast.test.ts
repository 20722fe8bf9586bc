import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * WCAG 2.1 contrast of every theme's colour pairs, read from the stylesheet itself: body text and
 * links need 4.5:1 (AA), the focus ring and rules that carry meaning 3:1.
 */
const CSS = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../src/popup/popup.css'), 'utf8');

function themeColours(selector: string): Record<string, string> {
  const at = CSS.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no ${selector} block`);
  const block = CSS.slice(at, CSS.indexOf('}', at));
  return Object.fromEntries([...block.matchAll(/--([a-z]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const THEMES: Record<string, string> = {
  light: ":root[data-theme='light']",
  dark: ":root[data-theme='dark']",
  sepia: ":root[data-theme='sepia']",
  'system (dark)': "  :root[data-theme='system']",
};

describe('theme contrast (WCAG 2.1)', () => {
  it('computes the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, selector] of Object.entries(THEMES)) {
    it(`${name}: text, muted text, links and accents ≥ 4.5:1, focus ring ≥ 3:1`, () => {
      const c = themeColours(selector);
      const pairs: Array<[string, string, string, number]> = [
        ['fg', 'bg', 'text', 4.5],
        ['fg', 'surface', 'text on a panel', 4.5],
        ['muted', 'bg', 'muted text', 4.5],
        ['muted', 'surface', 'muted text on a panel', 4.5],
        ['link', 'bg', 'links', 4.5],
        ['accent', 'bg', 'site name', 4.5],
        ['focus', 'bg', 'focus ring', 3],
        ['bg', 'fg', 'primary button', 4.5],
      ];
      const report: string[] = [];
      for (const [fg, bg, what, min] of pairs) {
        const ratio = contrast(c[fg]!, c[bg]!);
        report.push(`${what} ${ratio.toFixed(2)}`);
        expect(ratio, `${name} ${what} (${c[fg]} on ${c[bg]})`).toBeGreaterThanOrEqual(min);
      }
      console.log(`${name}: ${report.join(', ')}`);
    });
  }
});
