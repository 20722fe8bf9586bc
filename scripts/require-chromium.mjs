// Fails with instructions when Chromium (needed by the end-to-end tests) is not installed.
import { existsSync } from 'node:fs';

const candidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
if (!candidates.some((p) => existsSync(p))) {
  console.error(
    'Chromium is required for the end-to-end tests and `npm start`, and was not found.\n' +
      'Install it with:  npm run install-chromium   (runs scripts/install-chromium.sh; Debian/Ubuntu, needs root or sudo)\n' +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
  process.exit(1);
}
