import { readingPlatform } from './reading-platform.ts';
import type { Settings } from '../shared/settings.ts';
import { readView, takeSettingsRead, type ViewState } from './view-state.ts';

/**
 * The reading view's first script, and its only up-front one: finds the tab and starts reading it
 * at once (injection, extraction in the page, stage 2 loading alongside), then loads the UI (Preact,
 * the polyfill, the style sheet), which renders the result when both are ready. Nothing here waits
 * for the UI, and the UI never waits for the page to start.
 */
performance.mark('lectern-boot');
const firstRead = readView(readingPlatform, location.search);
// The UI runs on another platform object (with the polyfill): it takes the settings from here.
const firstSettings = takeSettingsRead(readingPlatform);
// A reopen on an unchanged page is often read before the UI has loaded: then the UI renders the
// article in its first frame instead of a loading state first.
const settled: { state?: ViewState; settings?: Settings } = {};
void firstRead.then((state) => {
  settled.state = state;
});
void firstSettings?.then((settings) => {
  settled.settings = settings;
});
void import('./main.tsx').then(({ mount }) => mount(firstRead, firstSettings, settled));
