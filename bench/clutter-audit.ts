/**
 * Clutter audit: on news-benchmark-dev, the blocks of Lectern's text (hiding on) that the
 * human-marked text does not hold, with their place in the article, for finding cleanup rules.
 * `--news-only`: also lists blocks the cleanup removed that the truth holds (wrong removals).
 * Prints lines; asserts nothing.
 */
import { newsPages } from './lib/corpus.ts';
import { DEFAULT_HIDDEN_CATEGORIES, lectern, parsePage } from './lib/extractors.ts';
import { tokenize } from './lib/shingle-metric.ts';

const SIZE = 4;
const keys = (text: string): string[] => {
  const t = tokenize(text);
  if (t.length < SIZE) return t.length ? [t.join('\u0001')] : [];
  return Array.from({ length: t.length - SIZE + 1 }, (_, i) => t.slice(i, i + SIZE).join('\u0001'));
};

const filter = process.argv[2];
for (const page of newsPages()) {
  if (filter && !page.id.startsWith(filter)) continue;
  const result = lectern(parsePage(page.html, page.url), page.url, DEFAULT_HIDDEN_CATEGORIES);
  if (!result.ok) continue;
  const truth = new Set(keys(page.truth));
  const blocks = result.article.text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  blocks.forEach((block, i) => {
    const k = keys(block);
    if (!k.length) return;
    const inTruth = k.filter((s) => truth.has(s)).length / k.length;
    if (inTruth < 0.5) console.log(`${page.id.slice(0, 8)} ${i}/${blocks.length} ${inTruth.toFixed(2)} ${block.replace(/\s+/g, ' ').slice(0, 140)}`);
  });
  for (const r of result.article.removed) {
    const k = keys(r.text);
    const inTruth = k.length ? k.filter((s) => truth.has(s)).length / k.length : 0;
    if (inTruth >= 0.5) console.log(`${page.id.slice(0, 8)} WRONG-REMOVAL [${r.category}] ${r.reason.slice(0, 60)} :: ${r.text.slice(0, 100)}`);
  }
}
