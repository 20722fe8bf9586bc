// Bundles the Node CLI (src/cli) to dist/cli/lectern.mjs; runs on `npm install` (prepare) so that
// `npx lectern` works straight after installing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function buildCli() {
  await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    // resolve, not join: LECTERN_DIST_DIR may be absolute, as vite.config.ts allows.
    outfile: path.resolve(root, process.env.LECTERN_DIST_DIR ?? 'dist', 'cli/lectern.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsdom loads files at run time; keep runtime dependencies external, resolved from node_modules.
    packages: 'external',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
