import type { ReadResult } from '../core/article.ts';
import { finishPageRead } from '../core/finish-article.ts';
import { answerOne, type Message, READ_FINISHED, unwrap } from '../shared/messages.ts';
import { answerPageCalls, FINISHED_HANDLE, FINISHED_WAITERS, READING_HANDLE } from '../shared/page-call.ts';

/**
 * The finishing script, injected by the worker on a toolbar click (background/read-on-click.ts)
 * once the reading script has extracted the article: stage 2 (cleaning, sanitising) in the page's
 * isolated world, on the extraction the reading script keeps (the same world: no second
 * extraction). The page is idle while the browser makes the popup; when that takes long, the view
 * finds the article finished and has only to render it. Answers calls in the page like the reading
 * script (shared/page-call.ts).
 */
async function finishInPage({ hide, cleanup }: Message<'read-finished'>): Promise<ReadResult> {
  const read = (globalThis as unknown as Record<string, unknown>)[READING_HANDLE];
  if (typeof read !== 'function') throw new Error('The page has not been read.');
  const answer = unwrap<'read-article'>(await read({ type: 'read-article', hide }));
  if ('unchanged' in answer) throw new Error('The page answered for a version it was not asked about.');
  return answer.ok ? finishPageRead(answer.page, { window, cleanup }) : answer;
}

answerPageCalls(FINISHED_HANDLE, FINISHED_WAITERS, () => (message) => answerOne('read-finished', READ_FINISHED, finishInPage, message, null));
