import { render } from 'preact';
import { App } from './App.tsx';
import './popup.css';

render(<App search={location.search} />, document.getElementById('app')!);
