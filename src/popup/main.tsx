import { render } from 'preact';
import { App } from './App.tsx';
import { uiLanguage } from '../shared/i18n.ts';
import { browserPlatform } from './platform-browser.ts';
import type { ViewState } from './view-state.ts';
import './popup.css';

/** Renders the reading view; `firstRead` is the read boot.ts started before this bundle loaded. */
export function mount(firstRead: Promise<ViewState>): void {
  performance.mark('lectern-ui');
  document.documentElement.lang = uiLanguage();
  render(<App platform={browserPlatform} search={location.search} firstRead={firstRead} />, document.getElementById('app')!);
}
