// Builds the extension for Chrome and Firefox (dist/chrome, dist/firefox) and the Node CLI, then
// prints the time taken and each bundle's size.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';
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
  await squeezeInjectedScripts(path.join(distRoot, browser));
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
 * The bundler also emits ES-module copies of the injected content scripts that nothing loads (and
 * the chunks only they import, which may import each other): keep the asset chunks reachable from
 * the files the browser loads (pages, manifest, worker, injected scripts), drop the rest.
 */
function pruneUnreferencedChunks(dir) {
  const files = readdirSync(dir, { recursive: true }).filter((f) => /\.(js|html|json)$/.test(f));
  const text = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const assets = files.filter((f) => f.startsWith(`assets${path.sep}`) && f.endsWith('.js'));
  const reached = new Set(files.filter((f) => !assets.includes(f)));
  const queue = [...reached];
  while (queue.length) {
    const from = text.get(queue.pop());
    for (const asset of assets) {
      if (!reached.has(asset) && from.includes(path.basename(asset))) {
        reached.add(asset);
        queue.push(asset);
      }
    }
  }
  for (const asset of assets) if (!reached.has(asset)) rmSync(path.join(dir, asset));
}

/**
 * The injected scripts are loaded into every page read (the reading script on every first open):
 * one more pass with terser over the bundler's minified output takes the reading script about
 * 0.4 KB gzip further. `expression` keeps each file's completion value (what
 * `scripting.executeScript({ files })` answers) and no IIFE becomes `!function…`.
 */
async function squeezeInjectedScripts(dir) {
  const scripts = path.join(dir, 'src/content');
  for (const file of readdirSync(scripts).filter((f) => f.endsWith('.js'))) {
    const at = path.join(scripts, file);
    const { code } = await minify(readFileSync(at, 'utf8'), {
      ecma: 2022,
      compress: { passes: 2, negate_iife: false, expression: true },
      mangle: true,
    });
    writeFileSync(at, code);
  }
}
