import { browser } from './browser.ts';

/**
 * Saves text as a file through the downloads API. Uses a blob URL where the context can make one
 * (pages, Firefox's event page) and a data URL in a service worker, which cannot.
 */
export async function downloadText(filename: string, content: string, mime: string, saveAs = true): Promise<number> {
  const canBlob = typeof URL.createObjectURL === 'function';
  const url = canBlob ? URL.createObjectURL(new Blob([content], { type: mime })) : toDataUrl(content, mime);
  try {
    return await browser.downloads.download({ url, filename, saveAs });
  } finally {
    // The download has its own copy once started; keep the URL alive briefly for slow starts.
    if (canBlob) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

function toDataUrl(content: string, mime: string): string {
  const bytes = new TextEncoder().encode(content);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${mime};base64,${btoa(binary)}`;
}

/**
 * Saves bytes (an image beside a saved file) under a path relative to the downloads folder, with no
 * dialog; a file already there is replaced. From an extension page only (it needs a blob URL).
 */
export async function downloadBytes(filename: string, bytes: Uint8Array, mime: string): Promise<number> {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  try {
    return await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'overwrite' });
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
