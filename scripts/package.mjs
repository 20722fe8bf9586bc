// `npm run package`: builds and zips dist/chrome and dist/firefox for store upload.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, LECTERN_QUIET: '1' } });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const distRoot = process.env.LECTERN_DIST_DIR ?? 'dist';

const collect = (dir, base = dir, files = {}) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) collect(full, base, files);
    else files[path.relative(base, full).split(path.sep).join('/')] = readFileSync(full);
  }
  return files;
};

for (const browser of ['chrome', 'firefox']) {
  const zip = zipSync(collect(path.join(distRoot, browser)), { level: 9 });
  const out = path.join(distRoot, `lectern-${version}-${browser}.zip`);
  writeFileSync(out, zip);
  console.log(`${out}  ${(zip.length / 1024).toFixed(1)} KB`);
}
