/**
 * Writes docs/samples/: the seed article (and the fixture with images) saved in each format, as the
 * extension saves them, and the fixture with images as Markdown with its pictures beside it. `npm run samples` regenerates them; the saved time is fixed so that the
 * files change only when the output does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readArticle } from '../src/core/read-article.ts';
import type { ImageFetcher } from '../src/core/serialize/embed-images.ts';
import { articleFilename, articleToHtmlWithImages, articleToMarkdownWithImages, imagesFolderFor, serializeArticle } from '../src/core/serialize/index.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const OUT = path.join(ROOT, 'docs/samples');
const SAVED_AT = new Date('2026-11-30T00:00:00Z');
const SLUGS = ['seed-moscow-times', 'tables-images-report'];

/** Images of a fixture come from its own folder, standing in for the site's server. */
const fixtureImages =
  (folder: string, pageUrl: string): ImageFetcher =>
  async (url) => {
    const relative = decodeURIComponent(new URL(url).pathname).slice(new URL('.', pageUrl).pathname.length);
    const file = path.join(folder, relative);
    if (relative.includes('..') || !existsSync(file)) return null;
    return { bytes: new Uint8Array(readFileSync(file)), type: null };
  };

mkdirSync(OUT, { recursive: true });
const written: string[] = [];
for (const slug of SLUGS) {
  const folder = path.join(PAGES, slug);
  const { url } = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { url: string };
  const dom = new JSDOM(readFileSync(path.join(folder, 'source.html'), 'utf8'), { url, virtualConsole: new VirtualConsole() });
  const result = readArticle(dom.window.document, { url });
  if (!result.ok) throw new Error(`${slug}: ${result.message}`);
  const { article } = result;
  const { html, report } = await articleToHtmlWithImages(article, dom.window.document, fixtureImages(folder, url));
  const files: Array<[string, string]> = [
    [`${slug}.html`, html],
    [`${slug}.md`, serializeArticle(article, 'markdown', { savedAt: SAVED_AT })],
    [`${slug}.txt`, serializeArticle(article, 'text')],
  ];
  for (const [name, content] of files) {
    writeFileSync(path.join(OUT, name), content);
    written.push(`${name} (${Math.ceil(Buffer.byteLength(content) / 1024)} KB)`);
  }
  if (report.embedded) {
    // Markdown with "pictures in a folder beside it": NAME.md and NAME_files/1.svg…
    const name = `${slug}-with-images.md`;
    const beside = await articleToMarkdownWithImages(article, dom.window.document, fixtureImages(folder, url), imagesFolderFor(name), { savedAt: SAVED_AT });
    mkdirSync(path.join(OUT, imagesFolderFor(name)), { recursive: true });
    for (const file of beside.files) writeFileSync(path.join(OUT, imagesFolderFor(name), file.name), file.bytes);
    writeFileSync(path.join(OUT, name), beside.markdown);
    written.push(`${name} + ${beside.files.length} images in ${imagesFolderFor(name)}/`);
  }
  console.log(`${slug}: ${report.embedded} images inside, ${report.left.length} left as links; the extension names it "${articleFilename(article, 'html')}"`);
  dom.window.close();
}
console.log(`docs/samples: ${written.join(', ')}`);
