// @vitest-environment node
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GREY_PIXEL, listenLocally } from '../../../local-server.ts';
import { PAGE_FIXTURES, ROOT } from '../helpers.ts';

/** Runs the CLI without blocking this process (a test server here must keep answering). */
function lectern(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const dom = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;

describe('lectern clean: saved copies', { timeout: 60_000 }, () => {
  it('--format markdown starts with YAML front matter', async () => {
    const r = await lectern(['clean', path.join(PAGE_FIXTURES, 'seed-moscow-times/source.html'), '--format', 'markdown', '--url', 'https://www.themoscowtimes.com/a']);
    expect(r.status).toBe(0);
    const front = r.stdout.match(/^---\n([\s\S]*?)\n---\n/);
    expect(parse(front![1]!)).toMatchObject({
      title: 'Putin Requested Assad Step Aside, But Syrian Leader Refused',
      source: 'https://www.themoscowtimes.com/a',
      site: 'The Moscow Times',
      published: '2016-01-22T14:10:00+03:00',
    });
  });

  it('--format html puts the images beside the input inside the file', async () => {
    const r = await lectern(['clean', path.join(PAGE_FIXTURES, 'tables-images-report/source.html'), '--format', 'html']);
    expect(r.status).toBe(0);
    const doc = dom(r.stdout);
    const sources = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^data:image\/svg\+xml;base64,/);
    const chart = readFileSync(path.join(PAGE_FIXTURES, 'tables-images-report/rain-chart.svg')).toString('base64');
    expect(sources).toContain(`data:image/svg+xml;base64,${chart}`);
    expect(doc.querySelectorAll('.image-note').length).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('--format markdown --images-beside writes the images into NAME_files/ beside NAME.md, the links pointing there', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-cli-md-'));
    mkdirSync(path.join(dir, 'page'));
    for (const file of ['source.html', 'rain-chart.svg', 'river-photo.svg']) copyFileSync(path.join(PAGE_FIXTURES, 'tables-images-report', file), path.join(dir, 'page', file));
    const out = path.join(dir, 'out');
    const r = await lectern(['clean', path.join(dir, 'page/source.html'), '--format', 'markdown', '--out-dir', out, '--images-beside']);
    expect(r.status).toBe(0);
    const [markdownFile, folder, ...rest] = readdirSync(out).sort();
    expect(rest).toEqual([]);
    expect(markdownFile).toMatch(/\.md$/);
    expect(folder).toBe(`${markdownFile!.slice(0, -3)}_files`);
    const markdown = readFileSync(path.join(out, markdownFile!), 'utf8');
    const links = [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links).toEqual([`${folder}/1.svg`, `${folder}/2.svg`]);
    expect(readFileSync(path.join(out, links[0]!)).equals(readFileSync(path.join(dir, 'page/rain-chart.svg')))).toBe(true);
    expect(readFileSync(path.join(out, links[1]!)).equals(readFileSync(path.join(dir, 'page/river-photo.svg')))).toBe(true);
    expect(readFileSync(path.join(out, markdownFile!), 'utf8')).toMatch(/^---\ntitle: /);
  });

  it('reads no file outside the input folder, fetches the network only with --fetch-images', async () => {
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/pic.png' ? 200 : 404, { 'content-type': 'image/png' });
      res.end(req.url === '/pic.png' ? GREY_PIXEL : '');
    });
    const { origin, close } = await listenLocally(server);
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-cli-img-'));
      mkdirSync(path.join(dir, 'page'));
      copyFileSync(path.join(PAGE_FIXTURES, 'tables-images-report/rain-chart.svg'), path.join(dir, 'page/chart.svg'));
      copyFileSync(path.join(PAGE_FIXTURES, 'tables-images-report/river-photo.svg'), path.join(dir, 'secret.svg'));
      const story = '<p>The council met on Tuesday evening to discuss the new budget, which includes money for schools, roads and the library.</p>'.repeat(4);
      const page = path.join(dir, 'page/story.html');
      writeFileSync(
        page,
        `<!doctype html><html><head><title>Images story</title></head><body><article><h1>Images story</h1>${story}` +
          `<figure><img src="chart.svg" alt="local"></figure><figure><img src="../secret.svg" alt="outside"></figure>` +
          `<figure><img src="${origin}/pic.png" alt="remote"></figure>${story}</article></body></html>`,
      );
      const plain = await lectern(['clean', page, '--format', 'html']);
      expect(plain.status).toBe(0);
      const without = dom(plain.stdout);
      expect(without.querySelectorAll('img[src^="data:image/svg+xml"]').length).toBe(1);
      expect([...without.querySelectorAll('.image-note')].map((n) => n.textContent)).toEqual([
        'Image not saved in this file (no permission to fetch it): outside',
        'Image not saved in this file (no permission to fetch it): remote',
      ]);
      expect(plain.stdout).not.toContain(readFileSync(path.join(dir, 'secret.svg')).toString('base64'));
      expect(plain.stderr).toMatch(/^note: 2 image\(s\) of "Images story" left as links \(declined\)\n$/);

      const fetched = await lectern(['clean', page, '--format', 'html', '--fetch-images']);
      const withNetwork = dom(fetched.stdout);
      expect([...withNetwork.querySelectorAll('img')].map((img) => img.getAttribute('src')?.slice(0, 22))).toEqual([
        'data:image/svg+xml;bas',
        `data:image/png;base64,`,
      ]);
      expect(withNetwork.querySelectorAll('.image-note').length).toBe(1);
    } finally {
      await close();
    }
  });
});
