import { readArticle } from '../core/read-article.ts';
import { embedArticleImages } from '../core/serialize/save-html.ts';
import { handleMessages, sendToRuntime } from './runtime.ts';

/**
 * The reading script, injected when the user opens the reading view: extracts the article. Hiding
 * appeals on the page itself lives in live-script.ts, injected only when that is asked for, so the
 * script every reading pays for stays small.
 */
// The script is injected on demand, possibly more than once into the same page: register once.
const FLAG = '__lecternContentScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  handleMessages({
    'read-article': ({ hide, keep }) => readArticle(document, { url: location.href, hide, keep }),
    // A copy saved from the context menu: the DOM work here, the fetching by the extension.
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
