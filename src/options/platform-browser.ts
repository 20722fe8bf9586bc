import { browser } from '../shared/browser.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store.ts';
import type { OptionsPlatform } from './Options.tsx';

const ALL_SITES = { origins: ['<all_urls>'] };

/** The options page's browser APIs: settings storage and the optional all-sites permission. */
export const optionsPlatform: OptionsPlatform = {
  loadSettings,
  saveSettings,
  onSettingsChanged,
  requestAllSites: () => browser.permissions.request(ALL_SITES),
  async releaseAllSites() {
    await browser.permissions.remove(ALL_SITES);
  },
};
