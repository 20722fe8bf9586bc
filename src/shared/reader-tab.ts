import { browser } from './browser.ts';

/**
 * Opens the full-tab reading view for a tab, next to it in its window (`?tab=` names the tab to
 * read: the reader's own tab is the active one). Used by the popup's "open in a tab", the context
 * menu and "always open the reading view here".
 */
export async function openReaderTab(tabId: number, { active = true }: { active?: boolean } = {}): Promise<void> {
  const url = browser.runtime.getURL(`src/popup/popup.html?tab=${tabId}&full=1`);
  const source = await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({ url, active, index: source ? source.index + 1 : undefined, windowId: source?.windowId });
}
