import { browser, handleMessages } from '../shared/browser.ts';

handleMessages({
  'set-badge': async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#264653' });
    return null;
  },
});
