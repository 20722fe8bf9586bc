import { render } from 'preact';
import { App } from './App.tsx';
import { uiLanguage } from '../shared/i18n.ts';
import { browserPlatform } from './platform-browser.ts';
import { readView } from './view-state.ts';
import './popup.css';

document.documentElement.lang = uiLanguage();
// Start reading the tab at once; rendering the first (empty) frame happens meanwhile.
const firstRead = readView(browserPlatform, location.search);
render(<App platform={browserPlatform} search={location.search} firstRead={firstRead} />, document.getElementById('app')!);
