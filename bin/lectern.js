#!/usr/bin/env node
// The CLI is bundled by `npm install` (prepare) or `npm run build` into dist/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/lectern.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('lectern: the CLI is not built; run `npm install` or `npm run build` first.\n');
  process.exit(2);
}
await import(cli);
