// Prints raw and gzip sizes of each built bundle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

export function bundleSizes(dir) {
  return walk(dir)
    .filter((f) => /\.(js|mjs|css|html)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(file);
      return { file: path.relative(dir, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

export function printSizes(distRoot) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const target of ['chrome', 'firefox', 'cli']) {
    const dir = path.join(distRoot, target);
    if (!existsSync(dir)) continue;
    const sizes = bundleSizes(dir);
    const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
    console.log(`\n${target}: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip`);
    for (const s of sizes.sort((a, b) => b.raw - a.raw)) {
      console.log(`  ${s.file.padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
    }
  }
}
