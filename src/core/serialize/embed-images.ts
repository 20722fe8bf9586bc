/**
 * Puts an article's images inside the saved file as `data:` URIs, so the copy shows them offline and
 * needs no network at all. Pure over a DOM: the bytes come from a fetcher the caller passes in (the
 * extension's fetch with host permission, local files in the CLI, a fake in tests). An image that
 * cannot be embedded (too large, over the total, unreadable, declined) becomes a visible note with a
 * link to it. `<picture>` sources and `srcset` are settled on one URL first; video and audio become
 * links; nothing in the result asks for a URL when the file is opened.
 */

import { DEFAULT_MAX_IMAGE_BYTES, DEFAULT_MAX_TOTAL_BYTES } from './image-limits.ts';

/** Images are fetched this many at a time. */
export const DEFAULT_FETCH_CONCURRENCY = 4;
/** The srcset candidate chosen is the widest up to this width (else the narrowest above it). */
export const DEFAULT_TARGET_WIDTH = 1600;

export interface FetchedImage {
  bytes: Uint8Array;
  /** The Content-Type the source declared, if any; the bytes are sniffed as well. */
  type: string | null;
}

/**
 * Reads one image: its bytes, 'too-large' when it is over `maxBytes` (a fetcher should stop reading
 * there), or null when it cannot be read (network error, HTTP error, no permission). It may throw;
 * that counts as null.
 */
export type ImageFetcher = (url: string, maxBytes: number) => Promise<FetchedImage | 'too-large' | null>;

export type LeftReason = 'too-large' | 'total-reached' | 'unreadable' | 'not-an-image' | 'declined';

export interface EmbedOptions {
  maxImageBytes?: number;
  maxTotalBytes?: number;
  concurrency?: number;
  /** URLs the user did not allow Lectern to fetch (host permission declined): noted, never fetched. */
  declined?: (url: string) => boolean;
  /**
   * The notes written into the file, in the user's language (core has no i18n of its own; English
   * by default). `$1` in a note is replaced by the size limit it names.
   */
  notes?: Partial<SavedFileNotes>;
}

/** What the saved copy says where something was left out: one line per reason, then the media. */
export type SavedFileNotes = Record<LeftReason | 'video' | 'audio', string>;

/** The English notes; `$1` is the limit in MB. */
export const DEFAULT_NOTES: SavedFileNotes = {
  'too-large': 'Image not saved in this file (larger than $1):',
  'total-reached': 'Image not saved in this file (the images already fill $1):',
  unreadable: 'Image not saved in this file (it could not be read):',
  'not-an-image': 'Image not saved in this file (the address did not give an image):',
  declined: 'Image not saved in this file (no permission to fetch it):',
  video: 'Video (not saved in this file):',
  audio: 'Audio (not saved in this file):',
};

export interface EmbedReport {
  embedded: number;
  /** Bytes of the embedded images (before base64). */
  bytes: number;
  left: Array<{ url: string; reason: LeftReason }>;
}

/** The note for an image left out, with its limit filled in. */
function noteFor(reason: LeftReason, notes: SavedFileNotes, limits: { maxImageBytes: number; maxTotalBytes: number }): string {
  const limit = reason === 'too-large' ? limits.maxImageBytes : limits.maxTotalBytes;
  return notes[reason].replace(/\$1/g, megabytes(limit));
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** The origins (`https://host`) the images of `root` would be fetched from, for a permission request. */
export function imageOrigins(root: ParentNode): string[] {
  settleSources(root);
  const origins = new Set<string>();
  for (const img of root.querySelectorAll('img[src]')) {
    const url = fetchableUrl(img.getAttribute('src') ?? '');
    if (url && /^https?:$/.test(url.protocol)) origins.add(url.origin);
  }
  return [...origins];
}

/** Embeds the images under `root` in place (see the file comment) and reports what it did. */
export async function embedImages(root: ParentNode, fetchImage: ImageFetcher, options: EmbedOptions = {}): Promise<EmbedReport> {
  const fetched = await fetchImages(root, fetchImage, options);
  return placeImages(fetched, (image) => `data:${image.type};base64,${base64(image.bytes)}`, false);
}

/** One image written beside the saved file: its name inside the folder, and its bytes. */
export interface ImageFile {
  name: string;
  bytes: Uint8Array;
  type: string;
}

/**
 * For a copy whose images are files beside it (Markdown with a `<name>_files/` folder): fetches the
 * images as embedImages does (same fetcher, caps, sniffing and notes), points each `src` at
 * `folder/1.jpg`, `folder/2.png`… (one file per distinct image, in document order) and returns the
 * files to write. An image left out keeps its address, after the note saying why.
 */
export async function imagesBeside(
  root: ParentNode,
  fetchImage: ImageFetcher,
  folder: string,
  options: EmbedOptions = {},
): Promise<{ report: EmbedReport; files: ImageFile[] }> {
  const fetched = await fetchImages(root, fetchImage, options);
  const files: ImageFile[] = [];
  const report = placeImages(
    fetched,
    (image) => {
      const name = `${files.length + 1}.${EXTENSION_BY_TYPE[image.type] ?? 'img'}`;
      files.push({ name, bytes: image.bytes, type: image.type });
      return `${relativePath(folder)}/${name}`;
    },
    true,
  );
  return { report, files };
}

/** A folder name as a relative URL path: every character a Markdown link or a URL would misread, escaped. */
function relativePath(folder: string): string {
  return encodeURIComponent(folder).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const EXTENSION_BY_TYPE: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/svg+xml': 'svg',
};

interface Fetched {
  images: Element[];
  results: Map<string, { bytes: Uint8Array; type: string } | LeftReason>;
  limits: { maxImageBytes: number; maxTotalBytes: number };
  notes: SavedFileNotes;
}

/** Settles the sources, turns media into links and fetches every distinct image (the shared first half). */
async function fetchImages(root: ParentNode, fetchImage: ImageFetcher, options: EmbedOptions): Promise<Fetched> {
  const maxImageBytes = options.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const notes = { ...DEFAULT_NOTES, ...options.notes };
  settleSources(root);
  mediaToLinks(root, notes);
  for (const el of root.querySelectorAll('[background]')) el.removeAttribute('background');
  svgReferencesOut(root);

  const images = [...root.querySelectorAll('img')];
  const urls = [...new Set(images.map((img) => img.getAttribute('src') ?? '').filter((src) => src && !src.startsWith('data:')))];
  const results: Fetched['results'] = new Map();
  let fetched = 0;
  const fetchOne = async (src: string): Promise<void> => {
    const url = fetchableUrl(src);
    if (!url) return void results.set(src, 'unreadable');
    if (options.declined?.(url.href)) return void results.set(src, 'declined');
    if (maxImageBytes <= 0) return void results.set(src, 'too-large');
    if (fetched >= maxTotalBytes) return void results.set(src, 'total-reached');
    const got = await fetchImage(url.href, maxImageBytes).catch(() => null);
    if (got === 'too-large' || (got && got.bytes.length > maxImageBytes)) return void results.set(src, 'too-large');
    if (!got) return void results.set(src, 'unreadable');
    const type = imageType(got.bytes);
    if (!type) return void results.set(src, 'not-an-image');
    fetched += got.bytes.length;
    results.set(src, { bytes: got.bytes, type });
  };
  await pool(urls, options.concurrency ?? DEFAULT_FETCH_CONCURRENCY, fetchOne);
  return { images, results, limits: { maxImageBytes, maxTotalBytes }, notes };
}

/**
 * The shared second half: in document order (so which images fit under the total does not depend
 * on fetch timing), each fetched image gets the `src` that `place` gives it (once per distinct
 * image); the others become a note, keeping the image after it when `keepLeft`.
 */
function placeImages(fetched: Fetched, place: (image: { bytes: Uint8Array; type: string }) => string, keepLeft: boolean): EmbedReport {
  const { images, results, limits, notes } = fetched;
  const report: EmbedReport = { embedded: 0, bytes: 0, left: [] };
  const placed = new Map<string, string>();
  for (const img of images) {
    const src = img.getAttribute('src') ?? '';
    for (const name of ['srcset', 'sizes', 'loading', 'decoding', 'fetchpriority', 'crossorigin', 'longdesc']) img.removeAttribute(name);
    if (src.startsWith('data:')) continue;
    let result = results.get(src) ?? 'unreadable';
    let newSrc = placed.get(src);
    if (typeof result !== 'string' && !newSrc) {
      if (report.bytes + result.bytes.length > limits.maxTotalBytes) result = 'total-reached';
      else {
        newSrc = place(result);
        placed.set(src, newSrc);
        report.bytes += result.bytes.length;
      }
    }
    if (newSrc) {
      img.setAttribute('src', newSrc);
      report.embedded++;
    } else {
      const reason = typeof result === 'string' ? result : 'total-reached';
      report.left.push({ url: src, reason });
      replaceWithNote(img, src, noteFor(reason, notes, limits), keepLeft);
    }
  }
  return report;
}

/** `<picture>` → its `<img>` with the source the browser would pick; `srcset` → one `src`. */
function settleSources(root: ParentNode): void {
  for (const picture of root.querySelectorAll('picture')) {
    const img = picture.querySelector('img');
    const sources = [...picture.querySelectorAll('source')];
    if (img && !img.getAttribute('src')) {
      const srcset = sources.map((s) => s.getAttribute('srcset') ?? '').find(Boolean);
      if (srcset) img.setAttribute('srcset', srcset);
    }
    for (const source of sources) source.remove();
    if (img) picture.replaceWith(img);
  }
  for (const img of root.querySelectorAll('img[srcset]')) {
    const picked = pickCandidate(img.getAttribute('srcset') ?? '');
    if (picked) img.setAttribute('src', picked);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
  }
}

/** The widest candidate up to DEFAULT_TARGET_WIDTH (or 2x), else the smallest above it. */
export function pickCandidate(srcset: string): string | null {
  const candidates = parseSrcset(srcset).map(([url, descriptor = '1x']) => {
      const n = Number.parseFloat(descriptor);
      const size = descriptor.endsWith('w') ? n : descriptor.endsWith('x') ? n * (DEFAULT_TARGET_WIDTH / 2) : Number.NaN;
      return { url: url!, size: Number.isFinite(size) ? size : DEFAULT_TARGET_WIDTH / 2 };
    });
  if (!candidates.length) return null;
  const fitting = candidates.filter((c) => c.size <= DEFAULT_TARGET_WIDTH).sort((a, b) => b.size - a.size);
  return (fitting[0] ?? [...candidates].sort((a, b) => a.size - b.size)[0])!.url;
}

/** [url, descriptor] pairs, as the HTML spec reads a srcset (a URL may hold commas, not end in one). */
function parseSrcset(srcset: string): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  const re = /[\s,]*([^\s]+)/y;
  for (let m = re.exec(srcset); m; m = re.exec(srcset)) {
    let url = m[1]!;
    let descriptor: string | undefined;
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const rest = /\s*([^,]*)/y;
      rest.lastIndex = re.lastIndex;
      const d = rest.exec(srcset);
      descriptor = d?.[1]?.trim().split(/\s+/)[0] || undefined;
      re.lastIndex = rest.lastIndex;
    }
    if (url) out.push([url, descriptor]);
  }
  return out;
}

/** Video and audio would need the network: each becomes a link to its source. */
function mediaToLinks(root: ParentNode, notes: SavedFileNotes): void {
  for (const media of root.querySelectorAll('video, audio')) {
    const src = media.getAttribute('src') || media.querySelector('source[src]')?.getAttribute('src') || '';
    const doc = media.ownerDocument;
    const note = doc.createElement('p');
    note.className = 'media-note';
    const text = notes[media.localName === 'video' ? 'video' : 'audio'];
    if (!fetchableUrl(src)) note.append(text.replace(/:\s*$/, '.'));
    else {
      note.append(text);
      const a = doc.createElement('a');
      a.setAttribute('href', src);
      a.textContent = src;
      note.append(' ', a);
    }
    media.replaceWith(note);
  }
  for (const el of root.querySelectorAll('source, track')) el.remove();
  for (const el of root.querySelectorAll('[poster]')) el.removeAttribute('poster');
}

/** SVG elements that would fetch another file (`<image>`, `<feImage>`, `<use href="other.svg#x">`) lose that address. */
function svgReferencesOut(root: ParentNode): void {
  for (const el of root.querySelectorAll('image, feImage, feimage, use')) {
    for (const name of ['href', 'xlink:href']) {
      const value = el.getAttribute(name)?.trim();
      if (value && !value.startsWith('#') && !value.startsWith('data:')) el.removeAttribute(name);
    }
  }
}

/** The image becomes a note saying why it was left out, with a link to it, or followed by it (`keep`). */
function replaceWithNote(img: Element, src: string, text: string, keep: boolean): void {
  const doc = img.ownerDocument;
  const note = doc.createElement('span');
  note.className = 'image-note';
  note.append(`${text} `);
  const alt = img.getAttribute('alt')?.trim();
  const url = fetchableUrl(src);
  const inLink = img.closest('a') !== null;
  img.replaceWith(note);
  if (keep) note.append(img);
  // Inside a link already, a second link would be invalid: the text says what it was.
  else if (url && !inLink) {
    const a = doc.createElement('a');
    a.setAttribute('href', url.href);
    a.textContent = alt || url.href;
    note.append(a);
  } else note.append(alt || url?.href || 'image');
}

function fetchableUrl(src: string): URL | null {
  try {
    const url = new URL(src);
    return ['http:', 'https:', 'file:'].includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

const SIGNATURES: ReadonlyArray<[string, (b: Uint8Array) => boolean]> = [
  ['image/png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38],
  ['image/webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['image/avif', (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12))],
  ['image/bmp', (b) => b[0] === 0x42 && b[1] === 0x4d],
  ['image/x-icon', (b) => b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0],
  ['image/svg+xml', (b) => /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(new TextDecoder().decode(b.subarray(0, 1024)))],
];

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/**
 * The image type the bytes show. The declared Content-Type is not trusted (error pages come back
 * as `image/jpeg` too), and a type is never copied from the response into the file.
 */
export function imageType(bytes: Uint8Array): string | null {
  return SIGNATURES.find(([, test]) => test(bytes))?.[0] ?? null;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
