/** The synthetic appeal fixtures (tests/fixtures/appeals/<slug>/) and the seed page, as labelled cases. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.ts';
import { squash } from './page-lines.ts';

export interface FixtureCase {
  slug: string;
  url: string;
  html: string;
  mustGo: string[];
  mustStay: string[];
  trap: boolean;
}

const FIXTURES = path.join(ROOT, 'tests/fixtures/appeals');
const SEED = path.join(ROOT, 'tests/fixtures/pages/seed-moscow-times');

export function loadFixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  const slugs = existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : [];
  for (const slug of slugs) {
    const dir = path.join(FIXTURES, slug);
    if (!existsSync(path.join(dir, 'labels.json'))) continue;
    const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
    cases.push({
      slug,
      url: labels.url,
      html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
      mustGo: labels.mustGo ?? [],
      mustStay: labels.mustStay ?? [],
      trap: Boolean(labels.trap),
    });
  }
  // The seed page's own labels (pages/), when the appeal fixtures do not hold it.
  if (!slugs.includes('seed-moscow-times') && existsSync(SEED)) {
    const expected = JSON.parse(readFileSync(path.join(SEED, 'expected.json'), 'utf8'));
    cases.push({
      slug: 'seed-moscow-times (pages/)',
      url: expected.url,
      html: readFileSync(path.join(SEED, 'source.html'), 'utf8'),
      mustGo: expected.mustGo,
      mustStay: expected.paragraphs.map((p: string) => squash(p).slice(0, 90)),
      trap: false,
    });
  }
  return cases;
}
