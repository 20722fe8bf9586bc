import type { Settings } from '../shared/settings.ts';

/**
 * What the settings page needs from the browser. The extension passes platform-browser.ts; tests
 * pass fakes.
 */
export interface OptionsPlatform {
  loadSettings(): Promise<Settings>;
  /** Stores the settings; rejects when the browser refuses them (a storage quota). */
  saveSettings(settings: Settings): Promise<void>;
  onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void;
  /** Asks for access to every site (the optional host permission); true when granted. */
  requestAllSites(): Promise<boolean>;
  hasAllSites(): Promise<boolean>;
  releaseAllSites(): Promise<void>;
  /** Asks for access to these origin patterns; true when granted. */
  requestSite(origins: string[]): Promise<boolean>;
  /** Offers `text` as a file to save (the browser's download). */
  exportFile(filename: string, text: string): void;
}
