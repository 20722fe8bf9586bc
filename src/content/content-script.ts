import { readArticle } from '../core/read-article.ts';
import { handleMessages } from '../shared/browser.ts';

// The script is injected on demand, possibly more than once into the same page: register once.
const FLAG = '__lecternContentScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  handleMessages({
    'read-article': ({ hide }) => readArticle(document, { url: location.href, hide }),
  });
}
