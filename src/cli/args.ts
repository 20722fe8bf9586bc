/** Command-line options of `lectern clean`. */

export const OUTPUT_FORMATS = ['json', 'html', 'markdown', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CleanCommand {
  command: 'clean';
  /** Input paths; `-` is standard input. */
  files: string[];
  url: string | null;
  format: OutputFormat;
  hide: boolean;
  outDir: string | null;
  /** HTML, and Markdown with `imagesBeside`: also fetch images over the network (local images beside the input are always read). */
  fetchImages: boolean;
  /** Markdown: write the images into `<name>_files/` beside each .md (needs `outDir`). */
  imagesBeside: boolean;
}

export type Command = CleanCommand | { command: 'help' } | { command: 'version' };

export const USAGE = `usage: lectern clean <file.html|-> [more files] [--url URL] [--format json|html|markdown|text] [--no-hide] [--out-dir DIR] [--fetch-images] [--images-beside]

  --url URL        the page's address: base for relative links (default: the file's own file:// URL)
  --format F       json (default: the Article), html (standalone page, images inside),
                   markdown (YAML front matter, then GFM), text
  --no-hide        keep newsletter, donation and membership appeals in the article
  --out-dir DIR    write one file per input into DIR (named after the title) instead of stdout
  --fetch-images   html: fetch images over the network too; by default only image files in the
                   input's folder are put inside, the others become a note with a link
  --images-beside  markdown with --out-dir: write the images into NAME_files/ beside each NAME.md,
                   the links pointing there (the same images as html; the others stay links, noted)

Exit status: 0 when every input gave an article, 2 otherwise (one line per problem on stderr).`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'clean') throw new UsageError(`unknown command "${command}"; try: lectern clean <file.html>`);
  const parsed: CleanCommand = { command: 'clean', files: [], url: null, format: 'json', hide: true, outDir: null, fetchImages: false, imagesBeside: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--url') parsed.url = checkUrl(value());
    else if (name === '--format') parsed.format = checkFormat(value());
    else if (name === '--out-dir') parsed.outDir = value();
    else if (name === '--no-hide') parsed.hide = false;
    else if (name === '--fetch-images') parsed.fetchImages = true;
    else if (name === '--images-beside') parsed.imagesBeside = true;
    else if (name === '-' || !name.startsWith('-')) parsed.files.push(name);
    else throw new UsageError(`unknown option ${name}`);
  }
  if (parsed.files.length === 0) throw new UsageError('no input file; give a path or - for standard input');
  if (parsed.imagesBeside && (parsed.format !== 'markdown' || !parsed.outDir)) {
    throw new UsageError('--images-beside needs --format markdown and --out-dir (the images are written beside each file)');
  }
  if (parsed.files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return parsed;
}

function checkFormat(value: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`unknown format "${value}"; use one of ${OUTPUT_FORMATS.join(', ')}`);
}

function checkUrl(value: string): string {
  try {
    const url = new URL(value);
    if (['http:', 'https:', 'file:'].includes(url.protocol)) return url.href;
  } catch {
    // fall through
  }
  throw new UsageError(`--url must be an absolute http(s) or file URL, got "${value}"`);
}
