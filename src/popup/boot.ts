import { readingPlatform } from './reading-platform.ts';
import { readView } from './view-state.ts';

/**
 * The reading view's first script, and its only up-front one: finds the tab and starts reading it
 * at once (injection, extraction in the page, stage 2 loading alongside), then loads the UI (Preact,
 * the polyfill, the style sheet), which renders the result when both are ready. Nothing here waits
 * for the UI, and the UI never waits for the page to start.
 */
performance.mark('lectern-boot');
const firstRead = readView(readingPlatform, location.search);
void import('./main.tsx').then(({ mount }) => mount(firstRead));
