import path from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest-for.ts';

// One config, two targets: LECTERN_BROWSER picks the browser, LECTERN_DIST_DIR the output root
// (so parallel builds, e.g. tests and a dev session, need not share dist/).
const browser: TargetBrowser = process.env.LECTERN_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const distRoot = process.env.LECTERN_DIST_DIR ?? 'dist';

export default defineConfig({
  // The target, for what only one browser does (background/read-on-click.ts).
  define: { __LECTERN_BROWSER__: JSON.stringify(browser) },
  plugins: [preact(), crx({ manifest: manifestFor(baseManifest, browser) as unknown as ManifestV3Export, browser })],
  // Readability's class without the rest of its package (scripts/readability-class.cjs).
  resolve: { alias: [{ find: /^@mozilla\/readability$/, replacement: path.resolve('scripts/readability-class.cjs') }] },
  build: {
    outDir: path.resolve(distRoot, browser),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Extension pages run in browsers that support modulepreload: no polyfill before the view's first script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What the view's first script (popup/boot.ts) imports, in one chunk instead of one per module:
        // each extra module the page must fetch before that script runs costs about 1 ms (bench:ui).
        // The options page and the worker share these modules, so they load the same chunk. A shared
        // module boot.ts comes to import belongs here too, or it loads as a chunk of its own before
        // reading starts (bench:ui lists the view's up-front files).
        codeSplitting: {
          groups: [
            {
              name: 'view-start',
              test: /src[\\/]shared[\\/](?:document-state|extension-api|kept-version|messages|page-call|read-tab|restricted-url|settings|site-hosts)\.ts|src[\\/]core[\\/]serialize[\\/]image-limits\.ts/,
            },
          ],
        },
      },
    },
  },
  // Vite's dev-server CORS defaults are irrelevant for a built extension; keep logs quiet in scripts.
  logLevel: process.env.CI ? 'warn' : 'info',
});
