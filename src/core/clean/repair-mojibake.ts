/**
 * Repairs mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1 (`â€™` for `’`,
 * `Ã©` for `é`), including the damaged form where the lead byte was replaced by `?` (`?€”` for `—`).
 * Only sequences that decode to valid UTF-8 and carry strong evidence are touched; correct text in
 * any language must come out unchanged.
 */

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes map to the C1 control itself). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Character → the byte it stands for, for every character that can be a UTF-8 continuation byte. */
const CONTINUATION = new Map<string, number>();
for (let b = 0x80; b <= 0xbf; b++) {
  const cp1252 = b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  CONTINUATION.set(cp1252, b);
  // Latin-1 decoding leaves the C1 control characters in place of 0x80–0x9F.
  CONTINUATION.set(String.fromCharCode(b), b);
}

const CONT_CLASS = [...new Set(CONTINUATION.keys())]
  .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('');

/**
 * Lead byte as Latin-1 letter followed by the right number of continuation characters:
 * 0xC2–0xDF (`Â`…`ß`) + 1, 0xE0–0xEF (`à`…`ï`) + 2, 0xF0–0xF4 (`ð`…`ô`) + 3.
 */
const SEQUENCE = `[\\u00C2-\\u00DF][${CONT_CLASS}]|[\\u00E0-\\u00EF][${CONT_CLASS}]{2}|[\\u00F0-\\u00F4][${CONT_CLASS}]{3}`;
const MOJIBAKE_RUN = new RegExp(`(?:${SEQUENCE})+`, 'g');

/** `?€` + continuation: the lead byte 0xE2 of a General Punctuation character was lost to `?`. */
const LOST_LEAD = new RegExp(`\\?€([${CONT_CLASS}?])`, 'g');

/**
 * `â€` with its third byte gone: 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no Windows-1252 character and
 * are often dropped (or become U+FFFD). In prose that byte is 0x9D, the closing quote `”`, so the
 * repair needs a closing context: right after a word or punctuation, before a space, punctuation or
 * the end of the text.
 */
const LOST_LAST = /(?<=[^\s])â€\uFFFD?(?=[\s\p{P}]|$)/gu;

/** Quick test so clean text costs one regex scan. */
const SUSPECT = /[\u00C2-\u00F4]|\?€/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeSequence(chars: string): string | null {
  const bytes: number[] = [];
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    const cont = CONTINUATION.get(ch);
    bytes.push(cont ?? code);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** Two-byte sequences that are plausible as real text are accepted only with more evidence. */
function isConvincing(run: string, decoded: string): boolean {
  const chars = [...decoded];
  // Controls, private-use (icon fonts) and specials are no evidence of real text.
  if (chars.some((c) => /[\p{Cc}\p{Co}\ufff0-\uffff]/u.test(c))) return false;
  // An accented letter before punctuation or a no-break space (French `automatisé »`, with bytes
  // E9 A0 BB) also reads as a three-byte sequence: one such sequence made of them is real text.
  if (run.length === 3 && /^[\p{P}\p{Zs}]{2}$/u.test(run.slice(1))) return false;
  // Other three- and four-byte sequences (`â€™`, `æ—¥`) are never real text in any language.
  if (run.length > decoded.length * 2 || chars.length >= 2) return true;
  // A lone two-byte sequence: `Ã©`, `Â©`, `Â ` (Latin-1 range) are the classic, unambiguous cases;
  // others (`ß…`, `Ñ»`) can be real text, so leave them.
  const lead = run.charCodeAt(0);
  return lead === 0xc2 || lead === 0xc3;
}

function repairRuns(text: string): string {
  return text.replace(MOJIBAKE_RUN, (run) => {
    const decoded = decodeSequence(run);
    return decoded !== null && isConvincing(run, decoded) ? decoded : run;
  });
}

function repairLostLead(text: string): string {
  return text.replace(LOST_LEAD, (match, last: string, offset: number) => {
    if (last === '?') {
      // The third byte was lost too: in practice a curly double quote; its side follows the context.
      const before = offset > 0 ? text[offset - 1]! : ' ';
      return /[\s([{\u2014\u2013-]/.test(before) ? '\u201C' : '\u201D';
    }
    const decoded = decodeSequence(`â€${last}`);
    return decoded && /^[\u2000-\u206f]$/.test(decoded) ? decoded : match;
  });
}

/** Returns `text` with mojibake repaired, or `text` itself (the same string) when nothing is found. */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let repaired = repairRuns(text);
  if (repaired.includes('â€')) repaired = repaired.replace(LOST_LAST, '\u201D');
  return repaired.includes('?€') ? repairLostLead(repaired) : repaired;
}

/** Repairs every text node below `root` in place; returns how many nodes changed. */
export function repairMojibakeInTree(root: Node): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let changed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const before = node.nodeValue ?? '';
    const after = repairMojibake(before);
    if (after !== before) {
      node.nodeValue = after;
      changed++;
    }
  }
  return changed;
}
