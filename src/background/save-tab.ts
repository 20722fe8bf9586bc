import { articleFilename, MIME_TYPES } from '../core/serialize/index.ts';
import { articleToHtml } from '../core/serialize/to-html.ts';
import { browser, sendToTab } from '../shared/browser.ts';
import { downloadText } from '../shared/download.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { imageLimits, type Removals, removalsFor } from '../shared/settings.ts';
import type { ReadResult } from '../core/article.ts';
import { ensureSaveScript } from '../shared/read-tab.ts';
import { injectionRefusal, isRestrictedReason, RESTRICTED_MESSAGE_KEYS, restrictedReason } from '../shared/restricted-url.ts';
import { savedFileNotes } from '../shared/saved-notes.ts';
import { hostOf } from '../shared/site-hosts.ts';

/**
 * Extracts the tab's article and saves it as standalone HTML with its images inside. The service
 * worker has no DOM: the saving script in the tab reads the article and embeds the images, asking
 * this worker for the bytes,
 * so images come in from the sites Lectern may already read (a menu click cannot ask for more);
 * the others are noted in the file. Failures are shown on the badge tooltip rather than thrown: the
 * menu has nowhere else to report.
 */
export async function saveTabArticle(tabId: number, url: string | undefined): Promise<void> {
  const settings = await loadSettings();
  const host = hostOf(url);
  const result = await readTabForSaving(tabId, removalsFor(settings, host));
  if (!result.ok) {
    const message = isRestrictedReason(result.message)
      ? browser.i18n.getMessage(RESTRICTED_MESSAGE_KEYS[result.message]) || result.message
      : result.message;
    await browser.action.setTitle({ tabId, title: `Lectern: ${message}` });
    return;
  }
  const { article } = result;
  const embedded = await sendToTab(tabId, { type: 'embed-images', contentHtml: article.contentHtml, ...imageLimits(settings.saving), notes: savedFileNotes() }).catch(() => null);
  const html = articleToHtml(embedded ? { ...article, contentHtml: embedded.contentHtml } : article);
  await downloadText(articleFilename(article, 'html'), html, MIME_TYPES.html);
}

/** The finished article of a tab, read by the saving script; every failure as a ReadResult. */
async function readTabForSaving(tabId: number, { hide, cleanup }: Removals): Promise<ReadResult> {
  const tab = await browser.tabs.get(tabId);
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, reason: 'restricted', message: restricted.reason };
  try {
    await ensureSaveScript(tabId);
  } catch (error) {
    return { ok: false, reason: 'restricted', message: injectionRefusal(error) ?? 'restricted-no-access' };
  }
  return sendToTab(tabId, { type: 'read-for-saving', hide, cleanup });
}
