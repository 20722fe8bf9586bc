import { render } from 'preact';
import { App } from './App.tsx';
import { uiLanguage } from '../shared/i18n.ts';
import { browserPlatform } from './platform-browser.ts';
import type { Settings } from '../shared/settings.ts';
import type { ViewState } from './view-state.ts';
import './popup.css';

/**
 * Renders the reading view; `firstRead` is the read boot.ts started before this bundle loaded, with
 * the settings it loaded, and `settled` what of both was known when this bundle arrived.
 */
export function mount(
  firstRead: Promise<ViewState>,
  firstSettings: Promise<Settings> | undefined,
  settled: { state?: ViewState; settings?: Settings },
): void {
  performance.mark('lectern-ui');
  document.documentElement.lang = uiLanguage();
  render(
    <App platform={browserPlatform} search={location.search} firstRead={firstRead} firstSettings={firstSettings} settled={settled} />,
    document.getElementById('app')!,
  );
}
