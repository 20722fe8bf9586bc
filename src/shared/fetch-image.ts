import type { ImageFetcher } from '../core/serialize/embed-images.ts';

/**
 * Fetches an image for the saved copy from an extension page (host access to its origin lets it
 * through without CORS). No cookies, no referrer; reading stops once `maxBytes` is passed.
 */
export const fetchImageBytes: ImageFetcher = async (url, maxBytes) => {
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache' });
  if (!response.ok || !response.body) return null;
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body.cancel();
    return 'too-large';
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, type: response.headers.get('content-type') };
};
