import { hasAllSites, releaseAllSites, requestAllSites, requestOrigins } from '../shared/permissions.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store.ts';
import type { OptionsPlatform } from './platform.ts';

/** The options page's browser APIs: settings storage, host permissions, and a file to download. */
export const optionsPlatform: OptionsPlatform = {
  loadSettings,
  saveSettings,
  onSettingsChanged,
  requestAllSites,
  hasAllSites,
  releaseAllSites,
  requestSite: requestOrigins,
  exportFile(filename, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
