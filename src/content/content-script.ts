import { findAppeals } from '../core/appeals/index.ts';
import { readArticle } from '../core/read-article.ts';
import { handleMessages, sendToRuntime } from './runtime.ts';
import { createLivePage } from './live-page.ts';

// The script is injected on demand, possibly more than once into the same page: register once.
const FLAG = '__lecternContentScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const livePage = createLivePage(document, {
    find: findAppeals,
    // The badge is an extra: a failure to set it never fails hiding.
    onCount: (count) => void sendToRuntime({ type: 'set-badge', count }).catch(() => {}),
  });
  handleMessages({
    'read-article': ({ hide, keep }) => readArticle(document, { url: location.href, hide, keep }),
    'hide-on-page': ({ hide, keep }) => ({ hidden: livePage.hide(hide, keep) }),
    'restore-page': () => ({ restored: livePage.restore() }),
  });
}
