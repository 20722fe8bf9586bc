import { readPage } from '../core/extract-page.ts';
import type { PageRead } from '../core/read-result.ts';
import { answerOne, type Message, READ_ARTICLE, type Response } from '../shared/messages.ts';
import { answerPageCalls, READING_HANDLE, READING_WAITERS } from '../shared/page-call.ts';
import { lastRead } from './last-read.ts';

/**
 * The reading script, injected when the user opens the reading view: stage 1 of reading, the
 * extraction (core/read-article.ts). The view cleans, sanitises and measures the result itself
 * (core/finish-article.ts), so this script carries neither DOMPurify nor the cleanup rules. Hiding
 * appeals on the page lives in live-script.ts and saving from the context menu in save-script.ts,
 * each injected only when asked for, so the script every reading pays for stays small.
 *
 * It answers calls made with scripting.executeScript (shared/page-call.ts): the messages are those
 * of the protocol, validated the same way, but there is no listener to find and no probe to fail.
 * An article read is kept until the page changes (last-read.ts): reopening the view on the same,
 * unchanged page gets it again without a second extraction, or only `unchanged` when the view
 * still holds the article of that version.
 */
/**
 * A new version for every extraction: 64 random bits, so no other reading of any page shares it,
 * as two decimal numbers joined by an `a` (a version is hexadecimal digits: messages.ts).
 */
const newVersion = () => crypto.getRandomValues(new Uint32Array(2)).join('a');

// Calls made while the script was being injected (a first reading) are answered once it is set up.
answerPageCalls(READING_HANDLE, READING_WAITERS, () => {
  const last = lastRead<{ ok: true; page: PageRead; version: string }>(document);
  const readArticle = ({ hide, keep, since }: Message<'read-article'>): Response<'read-article'> => {
    const key = JSON.stringify([location.href, hide, keep ?? []]);
    const kept = last.get(key);
    if (kept) return kept.version === since ? { unchanged: true, version: since } : { ...kept, reused: true };
    const result = readPage(document, { url: location.href, hide, keep });
    if (!result.ok) return result;
    const answer = { ...result, version: newVersion() };
    last.set(key, answer);
    return answer;
  };
  return (message) => answerOne('read-article', READ_ARTICLE, readArticle, message, null);
});
