import { articleFilename, MIME_TYPES, serializeArticle } from '../core/serialize/index.ts';
import { browser } from '../shared/browser.ts';
import { downloadText } from '../shared/download.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { hiddenCategoriesFor } from '../shared/settings.ts';
import { readTab } from '../popup/read-tab.ts';

/**
 * Extracts the tab's article and saves it as standalone HTML. Failures are shown on the badge
 * tooltip rather than thrown: the menu has nowhere else to report.
 */
export async function saveTabArticle(tabId: number, url: string | undefined): Promise<void> {
  const settings = await loadSettings();
  const host = url ? safeHost(url) : '';
  const result = await readTab(tabId, hiddenCategoriesFor(settings, host));
  if (!result.ok) {
    await browser.action.setTitle({ tabId, title: `Lectern: ${result.message}` });
    return;
  }
  const { article } = result;
  await downloadText(articleFilename(article, 'html'), serializeArticle(article, 'html'), MIME_TYPES.html);
}

export function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
