import { render } from 'preact';
import { uiLanguage } from '../shared/i18n.ts';
import { optionsPlatform } from './platform-browser.ts';
import { Options } from './Options.tsx';
import '../popup/popup.css';
import './options.css';

document.documentElement.lang = uiLanguage();
render(<Options platform={optionsPlatform} />, document.getElementById('app')!);
