/**
 * Appeals labelled on real pages (tests/fixtures/real-appeals/labels.json) and what Lectern does
 * with each label: the shared judgement behind the real-page tests and `bench:appeals`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ASK_CATEGORIES } from '../../src/core/appeals/categories.ts';
import type { AppealCategory } from '../../src/core/article.ts';
import { DEFAULT_HIDDEN_CATEGORIES } from '../../src/core/read-article.ts';
import { type AppealOutcome, appealOutcome, squash } from './appeal-outcome.ts';
import { ROOT } from './corpus.ts';
import { loadRealPage } from './real-pages.ts';

export interface GoLabel {
  text: string;
  category: AppealCategory;
  where: 'article' | 'near' | 'page';
}

export interface PageLabel {
  lang: string;
  go?: GoLabel[];
  stay?: string[];
  notes?: string;
}

/** Misses and extra hides reviewed and accepted for now; each is checked to still be one. */
export interface KnownMisses {
  view?: string[];
  live?: string[];
  /** Start of a hidden block that holds no labelled ask (reviewed: not article text). */
  extra?: string[];
}

const DIR = path.join(ROOT, 'tests/fixtures/real-appeals');
export const LABELS_FILE = path.join(DIR, 'labels.json');
export const KNOWN_FILE = path.join(DIR, 'known-misses.json');

export const loadLabels = (): Record<string, PageLabel> => JSON.parse(readFileSync(LABELS_FILE, 'utf8'));
export const loadKnown = (): Record<string, KnownMisses> => (existsSync(KNOWN_FILE) ? JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) : {});

/** Categories a user can turn on beyond the defaults; their labels are judged with them on. */
export const OPTIONAL_ASK_CATEGORIES: readonly AppealCategory[] = ASK_CATEGORIES.filter((c) => !DEFAULT_HIDDEN_CATEGORIES.includes(c));

export interface GoResult extends GoLabel {
  /** Still in the reading view's text. */
  inView: boolean;
  /** On the page's text at all (a live-page phrase must be). */
  onPage: boolean;
  /** Inside the site's header or navigation: left on the live page by design. */
  inChrome: boolean;
  /** Inside a block the live page hides. */
  hiddenLive: boolean;
}

export interface PageResult {
  name: string;
  noArticle: boolean;
  go: GoResult[];
  /** Stay phrases lost from the view (Readability kept them with hiding off). */
  stayLostInView: string[];
  /** Stay phrases inside a block hidden on the live page. */
  stayHiddenLive: string[];
  /** Hidden blocks holding no labelled ask, and hidden blocks in the header or navigation. */
  extraHidden: string[];
  /** Hidden blocks far larger than the labelled asks they hold (their text, for review). */
  oversized: string[];
  chromeHidden: string[];
  removed: AppealOutcome['removed'];
}

const optional = (c: AppealCategory) => OPTIONAL_ASK_CATEGORIES.includes(c);

/**
 * A hidden block holding this many characters besides its labelled asks is listed for review: a
 * box's heading, blurb and buttons are less; a post's action bar or a footer's other columns are more.
 */
const OVERSIZE_CHARS = 400;

/** Runs the view and the live page on one labelled page; null when the corpus page is absent. */
export async function judgePage(name: string, label: PageLabel): Promise<PageResult | null> {
  const page = loadRealPage(name);
  if (!page) return null;
  const go = label.go ?? [];
  const base = await appealOutcome(page.html, page.url, DEFAULT_HIDDEN_CATEGORIES);
  const wide = go.some((g) => optional(g.category))
    ? await appealOutcome(page.html, page.url, [...DEFAULT_HIDDEN_CATEGORIES, ...OPTIONAL_ASK_CATEGORIES])
    : base;
  const goResults = go.map((g): GoResult => {
    const o = optional(g.category) ? wide : base;
    const t = squash(g.text);
    return {
      ...g,
      inView: o.textOn?.includes(t) ?? false,
      onPage: o.pageText.includes(t),
      inChrome: o.chromeText.includes(t) && !o.pageTextOutsideChrome.includes(t),
      hiddenLive: o.hidden.some((h) => h.text.includes(t)),
    };
  });
  const stay = (label.stay ?? []).map(squash);
  const goTexts = go.map((g) => squash(g.text));
  const holdsAsk = (text: string) => goTexts.some((t) => text.includes(t));
  return {
    name,
    noArticle: base.textOn === null,
    go: goResults,
    stayLostInView: stay.filter((s) => base.textOff?.includes(s) && !base.textOn?.includes(s)),
    stayHiddenLive: stay.filter((s) => base.hidden.some((h) => h.text.includes(s))),
    extraHidden: base.hidden.filter((h) => !holdsAsk(h.text)).map((h) => h.text.slice(0, 120)),
    oversized: base.hidden
      .filter((h) => holdsAsk(h.text) && h.text.length - goTexts.filter((t) => h.text.includes(t)).reduce((n, t) => n + t.length, 0) > OVERSIZE_CHARS)
      .map((h) => `${h.text.length} chars: ${h.text.slice(0, 100)}`),
    chromeHidden: base.hidden.filter((h) => h.chrome).map((h) => h.text.slice(0, 120)),
    removed: base.removed,
  };
}
