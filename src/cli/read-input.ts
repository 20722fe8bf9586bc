/** Reads one input (file or stdin) as HTML text, refusing what is not a readable web page. */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Inputs larger than this are refused (a saved article page is rarely over a few MB). */
export const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

/**
 * Deeper markup is refused before parsing: jsdom's tree building is quadratic in nesting (10,000
 * levels take about 20 s), and browsers stop nesting at 512 anyway.
 */
export const DEFAULT_MAX_SOURCE_NESTING = 2000;

export class InputError extends Error {}

const VOID_OR_IMPLIED = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|tr|td|th|option|thead|tbody|tfoot|colgroup|rb|rt|rp|optgroup|html|head|body|frame)$/i;

/** Deepest tag nesting in the source, approximately (tags the parser closes itself are ignored). */
export function sourceNesting(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (VOID_OR_IMPLIED.test(m[2]!) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
    if (max > stopAt) break;
  }
  return max;
}

export interface Input {
  html: string;
  /** True when the text looks like an XML document (e.g. SVG), not HTML. */
  xml: boolean;
}

const BINARY_SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The encoding the bytes declare (BOM, then `<meta charset>` in the first 1024 bytes), else a guess. */
export function detectEncoding(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const declared = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
  if (declared) {
    try {
      // Pages served as UTF-16 cannot declare it in ASCII; the HTML spec treats that as UTF-8.
      const label = new TextDecoder(declared).encoding;
      return label.startsWith('utf-16') ? 'utf-8' : label;
    } catch {
      // unknown label: guess below
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export function decodeInput(raw: Buffer, maxBytes = DEFAULT_MAX_INPUT_BYTES): Input {
  let bytes: Uint8Array = raw;
  if (startsWith(bytes, [0x1f, 0x8b])) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
    } catch {
      throw new InputError(`gzip data that does not unpack to a page under ${formatBytes(maxBytes)}`);
    }
  }
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (bytes.length > maxBytes) throw new InputError(`the page is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}`);
  const known = BINARY_SIGNATURES.find(([, sig]) => startsWith(bytes, sig));
  if (known) throw new InputError(`this is a ${known[0]} file, not an HTML page`);
  const encoding = detectEncoding(bytes);
  const sample = bytes.subarray(0, 8192);
  if (!encoding.startsWith('utf-16') && sample.includes(0)) throw new InputError('binary data, not an HTML page');
  const html = new TextDecoder(encoding).decode(bytes);
  if (!html.trim()) throw new InputError('the file is empty');
  if (sourceNesting(html, DEFAULT_MAX_SOURCE_NESTING) > DEFAULT_MAX_SOURCE_NESTING) {
    throw new InputError(`the page nests tags more than ${DEFAULT_MAX_SOURCE_NESTING} levels deep`);
  }
  const xml = /^\s*<\?xml\b/i.test(html) && !/<html[\s>]/i.test(html.slice(0, 4096));
  return { html, xml: xml || /^\s*<svg[\s>]/i.test(html) };
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Reads a path or `-` (stdin); refuses directories, missing files and oversize inputs early. */
export function readInput(file: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): Input {
  let raw: Buffer;
  try {
    if (file !== '-') {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new InputError('is a directory');
      if (stat.size > maxBytes * 4) throw new InputError(`the file is ${formatBytes(stat.size)}; the limit is ${formatBytes(maxBytes)}`);
    }
    raw = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? error})`);
  }
  return decodeInput(raw, maxBytes);
}
