// Entry point of the `lectern` command, bundled to dist/cli/lectern.mjs by scripts/build-cli.mjs.
import { main } from './run.ts';

process.exitCode = await main(process.argv.slice(2));
