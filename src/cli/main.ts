import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readArticle } from '../core/read-article.ts';

// Minimal entry; the full CLI (formats, batches, exit codes) lives in src/cli.
const [file, url = 'http://localhost/'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: lectern clean <file.html|-> [--url URL]\n');
  process.exit(2);
}
const html = readFileSync(file === '-' ? 0 : file, 'utf8');
const result = readArticle(new JSDOM(html, { url }).window.document, { url });
if (!result.ok) {
  process.stderr.write(`lectern: ${result.message}\n`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
