/**
 * Appeals on real labelled pages: `npm run bench:appeals` runs it after the fixtures; alone:
 * `npx tsx bench/real-appeals.ts [--known]` (`--known` prints known-misses.json as it would be now).
 */
import { existsSync } from 'node:fs';
import { DEFAULT_HIDDEN_CATEGORIES } from '../src/core/article.ts';
import { CORPUS } from './lib/corpus.ts';
import { judgePage, loadLabels, OPTIONAL_ASK_CATEGORIES, type PageResult } from './lib/real-labels.ts';

export async function benchRealPages(): Promise<PageResult[]> {
  if (!existsSync(CORPUS)) {
    console.log(`\n(corpus not found at ${CORPUS}: real pages skipped)`);
    return [];
  }
  const labels = loadLabels();
  const results: PageResult[] = [];
  for (const [name, label] of Object.entries(labels)) {
    const r = await judgePage(name, label);
    if (r) results.push(r);
  }
  const go = results.flatMap((r) => r.go.map((g) => ({ ...g, page: r.name, lang: labels[r.name]!.lang })));
  const pct = (n: number, d: number) => `${n}/${d} = ${(d ? n / d : 1).toFixed(3)}`;
  console.log(`\n## Real pages (${results.length} labelled, ${go.length} asks)\n`);
  const viewGo = go.filter((g) => g.where !== 'page');
  const liveGo = go.filter((g) => g.onPage && !g.inChrome);
  console.log(`view: asks in or next to the article gone from the reading view: ${pct(viewGo.filter((g) => !g.inView).length, viewGo.length)}`);
  console.log(`live page: asks outside the site header/navigation hidden: ${pct(liveGo.filter((g) => g.hiddenLive).length, liveGo.length)}`);
  console.log(`  (asks in the site header or navigation, never hidden by design: ${go.filter((g) => g.inChrome).length})`);
  const byDefault = (g: (typeof go)[number]) => !OPTIONAL_ASK_CATEGORIES.includes(g.category);
  const viewDefault = viewGo.filter(byDefault);
  const liveDefault = liveGo.filter(byDefault);
  console.log(
    `categories on by default (${DEFAULT_HIDDEN_CATEGORIES.join(', ')}): view ${pct(viewDefault.filter((g) => !g.inView).length, viewDefault.length)}, live page ${pct(liveDefault.filter((g) => g.hiddenLive).length, liveDefault.length)}`,
  );
  const groups = (key: (g: (typeof go)[number]) => string) => {
    const byKey = new Map<string, typeof go>();
    for (const g of go) byKey.set(key(g), [...(byKey.get(key(g)) ?? []), g]);
    return [...byKey.entries()].sort();
  };
  for (const [title, key] of [
    ['category', (g: (typeof go)[number]) => g.category],
    ['language', (g: (typeof go)[number]) => g.lang],
    ['where', (g: (typeof go)[number]) => g.where],
  ] as const) {
    console.log(`\nby ${title}:`);
    for (const [k, list] of groups(key)) {
      const v = list.filter((g) => g.where !== 'page');
      const l = list.filter((g) => g.onPage && !g.inChrome);
      console.log(`  ${k.padEnd(12)} view ${pct(v.filter((g) => !g.inView).length, v.length).padEnd(18)} live ${pct(l.filter((g) => g.hiddenLive).length, l.length)}`);
    }
  }
  const list = (title: string, items: string[]) => {
    console.log(`\n${title}: ${items.length}`);
    for (const i of items) console.log(`  - ${i}`);
  };
  list('must-stay phrases lost in the view', results.flatMap((r) => r.stayLostInView.map((s) => `${r.name}: ${s}`)));
  list('must-stay phrases hidden on the live page', results.flatMap((r) => r.stayHiddenLive.map((s) => `${r.name}: ${s}`)));
  list('live-page blocks hidden in the site header or navigation', results.flatMap((r) => r.chromeHidden.map((s) => `${r.name}: ${s}`)));
  list('live-page blocks hidden that hold no labelled ask (review)', results.flatMap((r) => r.extraHidden.map((s) => `${r.name}: ${s}`)));
  list('live-page blocks hidden far larger than the asks they hold (review)', results.flatMap((r) => r.oversized.map((s) => `${r.name}: ${s}`)));
  list('asks kept in the view', viewGo.filter((g) => g.inView).map((g) => `${g.page} [${g.category}/${g.where}]: ${g.text}`));
  list('asks not hidden on the live page', liveGo.filter((g) => !g.hiddenLive).map((g) => `${g.page} [${g.category}/${g.where}]: ${g.text}`));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchRealPages();
  if (process.argv.includes('--known')) {
    const known: Record<string, { view?: string[]; live?: string[]; extra?: string[] }> = {};
    for (const r of results) {
      const view = r.go.filter((g) => g.where !== 'page' && g.inView).map((g) => g.text);
      const live = r.go.filter((g) => g.onPage && !g.inChrome && !g.hiddenLive).map((g) => g.text);
      const extra = r.extraHidden.map((t) => t.slice(0, 60));
      if (view.length + live.length + extra.length === 0) continue;
      known[r.name] = { ...(view.length ? { view } : {}), ...(live.length ? { live } : {}), ...(extra.length ? { extra } : {}) };
    }
    console.log(JSON.stringify(known, null, 2));
  }
}
