import { readArticle } from '../core/read-article.ts';
import { embedArticleImages } from '../core/serialize/save-html.ts';
import { handleMessages, sendToRuntime } from './runtime.ts';

/**
 * The saving script, injected only for a copy saved from the context menu: the service worker has
 * no DOM, so both stages of reading and the embedding of images run here, in the page's isolated
 * world, and the worker fetches the image bytes. The reading script stays free of all of it.
 */
// Injected again on every save: register once.
const FLAG = '__lecternSaveScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  handleMessages('saving-script', {
    'read-for-saving': ({ hide, cleanup }) => readArticle(document, { url: location.href, hide, cleanup }),
    'embed-images': async ({ contentHtml, maxImageBytes, maxTotalBytes, notes }) => {
      const fetchImage = async (url: string, maxBytes: number) => {
        const got = await sendToRuntime({ type: 'fetch-image', url, maxBytes });
        if (got === null || got === 'too-large') return got;
        return { bytes: Uint8Array.from(atob(got.base64), (c) => c.charCodeAt(0)), type: got.type };
      };
      const result = await embedArticleImages(contentHtml, document, fetchImage, { maxImageBytes, maxTotalBytes, notes });
      return { contentHtml: result.contentHtml, embedded: result.report.embedded, left: result.report.left.length };
    },
  });
}
