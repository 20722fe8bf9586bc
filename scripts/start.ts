/**
 * `npm start`: builds the extension, serves the sample article on 127.0.0.1 and opens it in
 * Chromium with Lectern loaded. With a display the browser stays open for you; without one it runs
 * headless and writes screenshots of the page and of the reading view to out/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  CHROMIUM_MISSING,
  findChromium,
  launchWithExtension,
  openPage,
  openReadingView,
  ROOT,
  serveFixtures,
} from '../tests/e2e/harness.ts';

const SAMPLE = 'seed-moscow-times/source.html';

if (!findChromium()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, LECTERN_QUIET: '1' } });
}

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await serveFixtures();
const browser = await launchWithExtension({ headless });
const sampleUrl = server.url(SAMPLE);
const { page, tabId } = await openPage(browser, sampleUrl);
const view = await openReadingView(browser, tabId, { width: 600, height: 900 });

if (headless) {
  const out = path.join(ROOT, 'out');
  mkdirSync(out, { recursive: true });
  const pageShot = path.join(out, 'page.png');
  const viewShot = path.join(out, 'reading-view.png');
  await page.screenshot({ path: pageShot, fullPage: true });
  await view.page.screenshot({ path: viewShot, fullPage: true });
  console.log(`Sample article: ${sampleUrl}`);
  console.log(`Reading view (${view.state}): ${viewShot}`);
  console.log(`The page as served:        ${pageShot}`);
  await browser.close();
  await server.close();
} else {
  console.log(`Chromium is open with Lectern loaded on ${sampleUrl}; the reading view is in the next tab.`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void browser.close().then(() => server.close()).then(() => process.exit(0)));
}
