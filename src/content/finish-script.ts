import { readArticle } from '../core/read-article.ts';
import { answerOne, READ_FINISHED } from '../shared/messages.ts';
import { answerPageCalls, FINISHED_HANDLE, FINISHED_WAITERS } from '../shared/page-call.ts';

/**
 * The finishing script, injected by the worker on a toolbar click (background/read-on-click.ts):
 * both stages of reading in the page's isolated world (extraction, then cleaning and sanitising),
 * so the view the click opens has only to render. The browser takes over 100 ms to make the popup;
 * the page is idle meanwhile, and this runs then. Answers calls in the page like the reading
 * script (shared/page-call.ts), and keeps nothing: each click reads the page as it is.
 */
answerPageCalls(FINISHED_HANDLE, FINISHED_WAITERS, () => (message) =>
  answerOne('read-finished', READ_FINISHED, ({ hide, cleanup }) => readArticle(document, { url: location.href, hide, cleanup }), message, null),
);
