import { browser } from '../shared/browser.ts';

/** Opens the full-tab reading view for a tab, next to it. */
export async function openReaderTab(tab: { id?: number; index?: number }): Promise<void> {
  if (tab.id === undefined) return;
  const url = browser.runtime.getURL(`src/popup/popup.html?tab=${tab.id}&full=1`);
  await browser.tabs.create({ url, index: tab.index === undefined ? undefined : tab.index + 1 });
}
