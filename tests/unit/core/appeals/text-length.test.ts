import { describe, expect, it } from 'vitest';
import { memoTest, squashedLength, squashedText, textLength } from '../../../../src/core/appeals/rules/util.ts';
import { page } from './helpers.ts';

// Every character `\s` matches, and a few that it does not (zero-width space, word joiner).
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const PIECES = [...SPACES, 'a', 'ß', '\u200b', '\u2060', '😀', 'Sign up', '—'];

/** A deterministic pseudo-random string of the pieces above. */
function sample(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += PIECES[x % PIECES.length];
  }
  return out;
}

describe('squashed text lengths', () => {
  it('counts as the collapse-and-trim regular expression does', () => {
    for (let seed = 1; seed < 400; seed++) {
      const text = sample(seed, seed % 37);
      expect(squashedLength(text)).toBe(text.replace(/\s+/g, ' ').trim().length);
      const from = seed % 5;
      expect(squashedLength(text, from)).toBe(text.slice(from).replace(/\s+/g, ' ').trim().length);
    }
  });

  it('measures an element as squashedText does, across text nodes, and stops past a cap', () => {
    const doc = page(
      '<div id="box"> Sign <b>up\u00a0 </b><span></span><!-- a comment --><i> now</i>\n<script>var x = 1;</script><p>  </p><p>for our <a href="/n">newsletter</a></p>  </div>',
    );
    const box = doc.getElementById('box')!;
    const full = squashedText(box).length;
    expect(textLength(box)).toBe(full);
    for (let cap = 0; cap < full + 3; cap++) {
      const capped = textLength(box, cap);
      if (full > cap) expect(capped).toBeGreaterThan(cap);
      else expect(capped).toBe(full);
    }
    expect(textLength(doc.createElement('div'), 0)).toBe(0);
  });
});

describe('memoTest', () => {
  it('answers as the regular expression does, also once its cache starts over', () => {
    const test = memoTest(/newsletter|donate/i);
    for (let i = 0; i < 5000; i++) {
      const value = i % 3 === 0 ? `x-Newsletter-${i}` : `plain-${i}`;
      expect(test(value)).toBe(i % 3 === 0);
      expect(test(value)).toBe(i % 3 === 0);
    }
  });
});
