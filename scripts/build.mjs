// Builds the extension for Chrome and Firefox (dist/chrome, dist/firefox) and the Node CLI, then
// prints the time taken and each bundle's size.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCli } from './build-cli.mjs';
import { printSizes } from './sizes.mjs';

const distRoot = process.env.LECTERN_DIST_DIR ?? 'dist';
const started = performance.now();

for (const browser of ['chrome', 'firefox']) {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, LECTERN_BROWSER: browser },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  stripWebAccessibleContentScript(path.join(distRoot, browser, 'manifest.json'));
  pruneUnreferencedChunks(path.join(distRoot, browser));
}
await buildCli();

console.log(`Built dist/chrome, dist/firefox and dist/cli in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (!process.env.LECTERN_QUIET) printSizes(distRoot);

/**
 * The content script is injected with scripting.executeScript, which needs no web-accessible
 * resource; the bundler lists it anyway. Exposing it would let any page detect the extension.
 */
function stripWebAccessibleContentScript(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entries = (manifest.web_accessible_resources ?? [])
    .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !r.startsWith('src/content/')) }))
    .filter((entry) => entry.resources.length > 0);
  if (entries.length) manifest.web_accessible_resources = entries;
  else delete manifest.web_accessible_resources;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The bundler also emits an ES-module copy of the injected content script that nothing loads;
 * drop every asset chunk no other built file mentions.
 */
function pruneUnreferencedChunks(dir) {
  const assets = readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const others = [
    ...readdirSync(dir, { recursive: true })
      .filter((f) => /\.(js|html|json)$/.test(f))
      .map((f) => ({ file: path.basename(f), text: readFileSync(path.join(dir, f), 'utf8') })),
  ];
  for (const asset of assets) {
    const used = others.some(({ file, text }) => file !== asset && text.includes(asset));
    if (!used) rmSync(path.join(dir, 'assets', asset));
  }
}
