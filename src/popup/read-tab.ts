import contentScript from '../content/content-script.ts?script&iife';
import type { AppealCategory, ReadResult } from '../core/article.ts';
import { browser, sendToTab } from '../shared/browser.ts';
import { restrictedReason } from '../shared/restricted-url.ts';

/** Injects the content script into a tab (idempotent) so it can answer messages. */
export async function ensureContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

/** Extracts the article of a tab, turning every failure into a ReadResult the view can show. */
export async function readTab(tabId: number, hide: AppealCategory[]): Promise<ReadResult> {
  const tab = await browser.tabs.get(tabId);
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, reason: 'restricted', message: restricted };
  try {
    await ensureContentScript(tabId);
  } catch (error) {
    return { ok: false, reason: 'restricted', message: `Lectern cannot read this tab: ${String(error)}` };
  }
  return sendToTab(tabId, { type: 'read-article', hide });
}

/** The tab to read: `?tab=<id>` when the view is opened as a page, else the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
