import { render } from 'preact';
import { App } from './App.tsx';
import { uiLanguage } from './i18n.ts';
import { browserPlatform } from './platform-browser.ts';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App platform={browserPlatform} search={location.search} />, document.getElementById('app')!);
