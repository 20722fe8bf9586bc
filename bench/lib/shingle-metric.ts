/**
 * The news-benchmark metric, exactly as its README states (the Article Extraction Benchmark's):
 * `\w+` tokens, multisets of 4-token shingles, per-page TP/FP/FN, precision and recall averaged over
 * pages, F1 of the averages.
 */

/** Python's Unicode `\w`: letters, digits (all numeric categories) and underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const n = tokens.length < size ? Math.min(1, tokens.length) : tokens.length - size + 1;
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + size).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, prediction: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const total = tp + fp + fn;
  return total ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 0, fp: 0, fn: 0 };
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function scorePages(pages: readonly PageCounts[]): Score {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Token (bag-of-words) precision/recall/F1 of `prediction` against `reference`, for one page. */
export function tokenScore(reference: string, prediction: string): Score {
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const t of tokenize(text.toLowerCase())) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const r = count(reference);
  const p = count(prediction);
  let overlap = 0;
  for (const [k, v] of p) overlap += Math.min(v, r.get(k) ?? 0);
  const rTotal = [...r.values()].reduce((a, b) => a + b, 0);
  const pTotal = [...p.values()].reduce((a, b) => a + b, 0);
  const precision = pTotal ? overlap / pTotal : rTotal ? 0 : 1;
  const recall = rTotal ? overlap / rTotal : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
