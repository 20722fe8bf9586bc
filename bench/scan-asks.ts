/**
 * Lists lines of real pages that may be asks, for labelling: `npx tsx bench/scan-asks.ts <corpus-relative dir or page>…`.
 * Deliberately broad (many false hits): it points a person at places to read, it decides nothing.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { CORPUS } from './lib/corpus.ts';
import { visibleLines } from './lib/page-lines.ts';
import { loadRealPage } from './lib/real-pages.ts';

const WORDS =
  /newsletter|subscri|sign ?up|signup|inbox|e-?mail|donat|support (?:us|our|independent|journalism)|member|patreon|contribut|paywall|abonn|spende|unterstütz|anmeld|suscr|boletín|don\b|faire un don|soutenez|iscriviti|sostieni|assine|apoie|подпис|пожертв|поддерж|メルマガ|ニュースレター|登録|購読/iu;
const names: string[] = [];
for (const arg of process.argv.slice(2)) {
  const full = path.join(CORPUS, arg);
  if (statSync(full).isDirectory() && existsSync(path.join(full, 'source.html'))) {
    names.push(path.join(arg, 'source.html'));
  } else if (statSync(full).isDirectory()) {
    for (const entry of readdirSync(full).sort()) {
      if (entry.endsWith('.json') || entry.endsWith('.md')) continue;
      const sub = path.join(arg, entry);
      if (statSync(path.join(CORPUS, sub)).isDirectory()) names.push(path.join(sub, 'source.html'));
      else names.push(sub);
    }
  } else names.push(arg);
}
const quiet = new VirtualConsole();
for (const name of names) {
  const page = loadRealPage(name);
  if (!page) continue;
  const { window } = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  const hits = visibleLines(window.document).filter((l) => l.length < 400 && WORDS.test(l));
  window.close();
  if (hits.length === 0) continue;
  console.log(`\n## ${name}`);
  for (const h of hits.slice(0, 40)) console.log(`  ${h.slice(0, 200)}`);
}
