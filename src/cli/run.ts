/**
 * `lectern clean`: the core pipeline from the command line (entry point: main.ts). Same code as the extension; the page is
 * parsed with jsdom. Exit 0 when every input gave an article, 2 otherwise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../core/article.ts';
import { readArticle } from '../core/read-article.ts';
import { articleFilename, articleToHtmlWithImages, articleToMarkdownWithImages, imagesFolderFor, serializeArticle } from '../core/serialize/index.ts';
import type { EmbedReport } from '../core/serialize/embed-images.ts';
import { type CleanCommand, type OutputFormat, parseArgs, USAGE, UsageError } from './args.ts';
import { cliImageFetcher, declinedBy, type ImageSources } from './image-fetcher.ts';
import { InputError, readInput } from './read-input.ts';
import { parseHtml } from './parse-html.ts';

declare const LECTERN_VERSION: string | undefined;

const EXIT_OK = 0;
const EXIT_FAILED = 2;

async function render(article: Article, format: OutputFormat, sources: ImageSources): Promise<string> {
  if (format === 'json') return `${JSON.stringify(article, null, 2)}\n`;
  if (format !== 'html') return serializeArticle(article, format);
  // Images go inside the file: a DOM to work in (and to run the sanitiser), then freed.
  const doc = parseHtml('<!DOCTYPE html><title></title>', article.url);
  try {
    const { html, report } = await articleToHtmlWithImages(article, doc, cliImageFetcher(sources), { declined: declinedBy(sources) });
    noteLeft(article, report);
    return html;
  } finally {
    doc.defaultView?.close();
  }
}

function noteLeft(article: Article, report: EmbedReport): void {
  if (!report.left.length) return;
  const reasons = [...new Set(report.left.map((l) => l.reason))].join(', ');
  process.stderr.write(`note: ${report.left.length} image(s) of "${article.title.slice(0, 60)}" left as links (${reasons})\n`);
}

/**
 * Markdown at `target` with its images in `<name>_files/` beside it: the images the HTML copy
 * would put inside (same sources, caps and notes), as files the links point to.
 */
async function writeMarkdownWithImages(article: Article, target: string, sources: ImageSources): Promise<void> {
  const folder = imagesFolderFor(path.basename(target));
  const doc = parseHtml('<!DOCTYPE html><title></title>', article.url);
  try {
    const { markdown, files, report } = await articleToMarkdownWithImages(article, doc, cliImageFetcher(sources), folder, { declined: declinedBy(sources) });
    noteLeft(article, report);
    if (files.length) mkdirSync(path.join(path.dirname(target), folder), { recursive: true });
    for (const file of files) writeFileSync(path.join(path.dirname(target), folder, file.name), file.bytes);
    writeFileSync(target, markdown);
  } finally {
    doc.defaultView?.close();
  }
}

function outputName(article: Article, format: OutputFormat): string {
  if (format !== 'json') return articleFilename(article, format);
  return articleFilename(article, 'text').replace(/\.txt$/, '.json');
}

/** A name not yet taken in `dir` (two inputs with the same title must not overwrite each other). */
function freeName(dir: string, name: string, taken: Set<string>): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate);
  return path.join(dir, candidate);
}

function cleanOne(file: string, options: CleanCommand): Article {
  const input = readInput(file);
  const url = options.url ?? (file === '-' ? 'file:///dev/stdin' : pathToFileURL(path.resolve(file)).href);
  let doc: Document;
  try {
    doc = parseHtml(input.html, url, input.xml);
  } catch (error) {
    const message = error instanceof RangeError ? 'the page is nested too deeply to parse' : 'the page could not be parsed';
    throw new InputError(input.xml ? 'malformed XML, not an HTML page' : message);
  }
  try {
    // A page read from disk keeps the file: URLs of its images (put inside an HTML copy).
    const result = readArticle(doc, { url, hide: options.hide ? undefined : [], fileUrls: url.startsWith('file:') });
    if (!result.ok) throw new InputError(result.message);
    return result.article;
  } finally {
    // jsdom frees a window (and the clones made from its document) only once its pending load
    // tasks have run; a window closed, or dropped, before that stays in memory for good. So the
    // window is closed a task later, and a batch yields a task per file (nextTask) to let it.
    setTimeout(() => doc.defaultView?.close(), 0);
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function runClean(options: CleanCommand): Promise<number> {
  let failures = 0;
  const taken = new Set<string>();
  const outputs: Article[] = [];
  if (options.outDir) mkdirSync(options.outDir, { recursive: true });
  for (const file of options.files) {
    try {
      const article = cleanOne(file, options);
      const sources: ImageSources = { localRoot: file === '-' ? null : path.dirname(path.resolve(file)), network: options.fetchImages };
      if (options.outDir) {
        const target = freeName(options.outDir, outputName(article, options.format), taken);
        if (options.imagesBeside) await writeMarkdownWithImages(article, target, sources);
        else writeFileSync(target, await render(article, options.format, sources));
        process.stderr.write(`${file} -> ${target}\n`);
      } else if (options.format === 'json' && options.files.length > 1) outputs.push(article);
      else process.stdout.write(await render(article, options.format, sources));
    } catch (error) {
      failures++;
      const message = error instanceof InputError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
      process.stderr.write(`lectern: ${file === '-' ? 'stdin' : file}: ${message.replace(/\s+/g, ' ')}\n`);
    }
    await nextTask();
  }
  // Several inputs as JSON: one array, so the output stays one JSON document.
  if (outputs.length) process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
  return failures ? EXIT_FAILED : EXIT_OK;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (command.command === 'version') {
      process.stdout.write(`${typeof LECTERN_VERSION === 'string' ? LECTERN_VERSION : 'dev'}\n`);
      return EXIT_OK;
    }
    return await runClean(command);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lectern: ${error.message}\n`);
      return EXIT_FAILED;
    }
    throw error;
  }
}

