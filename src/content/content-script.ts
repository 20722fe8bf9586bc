import { readArticle } from '../core/read-article.ts';
import { handleMessages } from './runtime.ts';

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
  });
}
