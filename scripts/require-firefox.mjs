// Fails with instructions when Firefox, or what the Firefox end-to-end tests run it in, is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';

const onPath = (name) => (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, name)));
const firefox = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const missing = [
  ...(firefox.some((p) => existsSync(p)) ? [] : ['Firefox (firefox-esr)']),
  ...['Xvfb', 'xdotool', 'xprop'].filter((tool) => !onPath(tool)),
];
if (missing.length) {
  console.error(
    `The Firefox end-to-end tests need ${missing.join(', ')}, not found.\n` +
      'Install them with:  npm run install-firefox   (runs scripts/install-firefox.sh; Debian/Ubuntu, needs root or sudo)\n' +
      'or point FIREFOX_PATH at a Firefox binary.',
  );
  process.exit(1);
}
