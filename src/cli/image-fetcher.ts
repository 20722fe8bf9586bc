/** Where the CLI may read images for an HTML copy: files beside the input, and the network if asked. */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageFetcher } from '../core/serialize/embed-images.ts';
import { fetchImageBytes } from '../shared/fetch-image.ts';

export interface ImageSources {
  /** Local images are read only from inside this folder (the input's); null reads none. */
  localRoot: string | null;
  /** Fetch http(s) images too (`--fetch-images`). */
  network: boolean;
}

/** True when `url` is an image the CLI was not allowed to read (reported as such in the copy). */
export function declinedBy(sources: ImageSources): (url: string) => boolean {
  return (url) => (url.startsWith('file:') ? !insideRoot(url, sources.localRoot) : !sources.network);
}

export function cliImageFetcher(sources: ImageSources): ImageFetcher {
  return async (url, maxBytes) => {
    if (url.startsWith('file:')) {
      const file = insideRoot(url, sources.localRoot);
      if (!file) return null;
      const stat = statSync(file);
      if (!stat.isFile()) return null;
      if (stat.size > maxBytes) return 'too-large';
      return { bytes: new Uint8Array(readFileSync(file)), type: null };
    }
    return sources.network ? fetchImageBytes(url, maxBytes) : null;
  };
}

/** The file's real path when it lies inside `root` (symbolic links followed), else null. */
function insideRoot(url: string, root: string | null): string | null {
  if (!root) return null;
  try {
    const file = realpathSync(fileURLToPath(url));
    const relative = path.relative(realpathSync(root), file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? file : null;
  } catch {
    return null;
  }
}
