import { findAppeals } from '../core/appeals/index.ts';
import { createLivePage } from './live-page.ts';
import { handleMessages, sendToRuntime } from './runtime.ts';

/**
 * The live-page script, injected when the user hides appeals on the page (or has it done on the
 * sites they chose): marks them hidden, watches for late ones, restores everything on request.
 */
// Injected again on every hide from the view: register once.
const FLAG = '__lecternLiveScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const livePage = createLivePage(document, {
    find: findAppeals,
    // The badge is an extra: a failure to set it never fails hiding.
    onCount: (count) => void sendToRuntime({ type: 'set-badge', count }).catch(() => {}),
  });
  handleMessages('live-script', {
    'hide-on-page': ({ hide, keep }) => ({ hidden: livePage.hide(hide, keep) }),
    'restore-page': () => ({ restored: livePage.restore() }),
  });
}
