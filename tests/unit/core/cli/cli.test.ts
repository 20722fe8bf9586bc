// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../../src/cli/args.ts';
import { DEFAULT_MAX_SOURCE_NESTING, decodeInput, InputError } from '../../../../src/cli/read-input.ts';
import { PAGE_FIXTURES, ROOT } from '../helpers.ts';

const SEED = path.join(PAGE_FIXTURES, 'seed-moscow-times/source.html');

function lectern(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parseArgs', () => {
  it('parses files and options', () => {
    expect(parseArgs(['clean', 'a.html', '-', '--url', 'https://x.org/p', '--format=markdown', '--no-hide', '--out-dir', 'out'])).toEqual({
      command: 'clean',
      files: ['a.html', '-'],
      url: 'https://x.org/p',
      format: 'markdown',
      hide: false,
      outDir: 'out',
      fetchImages: false,
      imagesBeside: false,
    });
    expect(parseArgs(['clean', 'a.html', '--format', 'html', '--fetch-images'])).toMatchObject({ format: 'html', fetchImages: true });
  });

  it.each([
    [['clean', 'a.html', '--format', 'pdf'], /unknown format/],
    [['clean', 'a.html', '--format', 'markdown', '--images-beside'], /--images-beside needs/],
    [['clean', 'a.html', '--format', 'html', '--out-dir', 'o', '--images-beside'], /--images-beside needs/],
    [['clean', 'a.html', '--url', 'not a url'], /--url/],
    [['clean', 'a.html', '--bogus'], /unknown option/],
    [['clean'], /no input/],
    [['clean', 'a.html', '--url'], /needs a value/],
    [['frobnicate', 'a.html'], /unknown command/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('decodeInput', () => {
  const bytes = (s: string, enc: BufferEncoding = 'utf8') => Buffer.from(s, enc);
  it.each([
    ['empty', Buffer.alloc(0), /empty/],
    ['whitespace', bytes('  \n '), /empty/],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0]), /binary/],
    ['pdf', bytes('%PDF-1.7\n...'), /PDF/],
    ['deep nesting', bytes(`<html><body>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`), /levels deep/],
  ])('refuses %s', (_name, raw, message) => {
    expect(() => decodeInput(raw)).toThrow(InputError);
    expect(() => decodeInput(raw)).toThrow(message);
  });

  it('refuses input over the size limit', () => {
    expect(() => decodeInput(bytes('<p>0123456789</p>'.repeat(100)), 1000)).toThrow(/limit/);
  });

  it('reads gzip, declared charsets and undeclared UTF-8', () => {
    expect(decodeInput(gzipSync(bytes('<p>café</p>'))).html).toBe('<p>café</p>');
    expect(decodeInput(bytes('<meta charset="windows-1251"><p>\u00cf\u00f0\u00e8', 'latin1')).html).toContain('При');
    expect(decodeInput(bytes('<p>naïve — “quoted”</p>')).html).toBe('<p>naïve — “quoted”</p>');
    expect(decodeInput(bytes('<p>caf\u00e9</p>', 'latin1')).html).toBe('<p>café</p>');
  });

  it('flags XML documents', () => {
    expect(decodeInput(bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')).xml).toBe(true);
    expect(decodeInput(bytes('<!doctype html><html><body>x</body></html>')).xml).toBe(false);
    expect(DEFAULT_MAX_SOURCE_NESTING).toBeGreaterThan(512);
  });
});

describe('lectern clean (process)', { timeout: 60_000 }, () => {
  it('prints the Article as JSON and exits 0', () => {
    const r = lectern(['clean', SEED, '--url', 'http://127.0.0.1/news/putin.html', '--no-hide']);
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.title).toBe('Putin Requested Assad Step Aside, But Syrian Leader Refused');
    expect(article.url).toBe('http://127.0.0.1/news/putin.html');
  });

  it('reads stdin and prints text with title and byline first', () => {
    const r = lectern(['clean', '-', '--format', 'text'], readFileSync(SEED, 'utf8'));
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Putin Requested Assad Step Aside, But Syrian Leader Refused');
    expect(r.stdout).toContain('“No, that is not the case,”');
  });

  it('exits 2 with one line per bad input, and still writes the good ones to --out-dir', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-cli-'));
    const empty = path.join(dir, 'empty.html');
    writeFileSync(empty, '');
    const out = path.join(dir, 'out');
    const r = lectern(['clean', SEED, empty, path.join(dir, 'missing.html'), SEED, '--format', 'markdown', '--out-dir', out]);
    expect(r.status).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('lectern:'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/empty\.html: the file is empty/);
    expect(errors[1]).toMatch(/missing\.html: no such file/);
    expect(readdirSync(out).sort()).toEqual([
      'Putin Requested Assad Step Aside, But Syrian Leader Refused - The Moscow Times (2).md',
      'Putin Requested Assad Step Aside, But Syrian Leader Refused - The Moscow Times.md',
    ]);
  });

  it('exits 2 with a one-line message on a bad option or a page without an article', () => {
    const bad = lectern(['clean', SEED, '--format', 'docx']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const frames = lectern(['clean', '-'], '<html><frameset><frame src="a.html"></frameset></html>');
    expect(frames.status).toBe(2);
    expect(frames.stderr).toMatch(/^lectern: stdin: .*frames/);
  });

  it('runs a long batch in bounded memory: each page’s window is freed before the next', () => {
    // 60 pages in a 100 MB heap: when every jsdom window stayed alive this ran out of heap at ~30.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-batch-'));
    const files = Array.from({ length: 60 }, (_, i) => {
      const file = path.join(dir, `page-${i}.html`);
      writeFileSync(file, readFileSync(SEED));
      return file;
    });
    const out = path.join(dir, 'out');
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=100', '--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'clean', ...files, '--out-dir', out, '--format', 'text'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(60);
  });
});
