import { type AppealCategory, TOPIC_CATEGORIES, type TopicCategory } from '../categories.ts';
import { markupPattern } from '../phrases/index.ts';
import { callCategory } from '../text.ts';
import type { AppealRule, ElementAttributes, Evidence, Observation, RuleContext } from '../types.ts';
import { attr, observed, squashedText } from './util.ts';

export const CTA_LINKS = 'cta-links';
/** A link to the publisher's own sign-up, donation or membership page. */
export const DEFAULT_CTA_LINK_WEIGHT = 0.4;
/** Such a link whose own words call for the same ask ("Sign up to learn more" to /newsletter/): the ask's button. */
export const DEFAULT_CTA_CALL_WEIGHT = 0.9;

/** Query and fragment forms of sign-up / giving / joining links: campaign parameters, Ghost's portal. */
const LINK_EXTRAS: Readonly<Record<TopicCategory, string>> = {
  newsletter: '[?&](?:module|source)=newsletter|#\\/portal\\/signup',
  donation: '[?&](?:utm_campaign|campaign)=(?:donat|support|contribut)',
  membership: '#\\/portal\\/(?:signup|upgrade|account\\/plans)',
};

/**
 * Sign-up / giving / joining pages on a host of their own ("donate.example.org/…",
 * "subscription.example.com/offers", "newsletter.example.com/join/free"): the host's first label
 * (phrases/<lang>.ts `markup.linkHosts`) says which ask it is. A newsletter host also publishes the
 * newsletter's stories, so there only its front page or a sign-up path counts; a story there is a citation.
 */
const HOST_PATTERNS: readonly string[] = TOPIC_CATEGORIES.map((c) => markupPattern((m) => m.linkHosts?.[c])).map((hosts) =>
  hosts ? `^(?:https?:)?\\/\\/(?:${hosts})\\.` : '',
);

/**
 * Path patterns of sign-up / giving / joining pages, tested on the link's path and query: each
 * language's path words (phrases/<lang>.ts `markup.linkPaths`), plus the forms above.
 */
const LINK_PATTERNS: readonly { category: AppealCategory; pattern: RegExp; host?: RegExp }[] = [
  ...TOPIC_CATEGORIES.map((category, i) => ({
    category,
    pattern: new RegExp(`\\/(?:${markupPattern((m) => m.linkPaths?.[category])})(?:[/?#.]|$)|${LINK_EXTRAS[category]}`, 'i'),
    host: HOST_PATTERNS[i] ? new RegExp(HOST_PATTERNS[i], 'i') : undefined,
  })),
  { category: 'app', pattern: /apps\.apple\.com|itunes\.apple\.com\/app|play\.google\.com\/store\/apps/i },
  { category: 'social', pattern: /^https?:\/\/(?:www\.)?(?:facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|t\.me|threads\.net|bsky\.app|mastodon\.social)\/(?!share|intent|sharer)[^/?#]+\/?$/i },
  { category: 'comments', pattern: /#(?:comments?|respond|disqus_thread)$/i },
];

const ANY_LINK = new RegExp(LINK_PATTERNS.map((p) => p.pattern.source).join('|'), 'i');
const ANY_HOST = new RegExp(HOST_PATTERNS.filter(Boolean).join('|') || '(?!)', 'i');

function observe(el: Element, _context?: RuleContext, _attributes?: ElementAttributes, tag = el.tagName): Observation[] | null {
  if (tag !== 'A') return null;
  const href = attr(el, 'href');
  if (!href || (href.startsWith('#') && !/comment|respond|portal/.test(href))) return null;
  const askHost = ANY_HOST.test(href);
  if (!askHost && !ANY_LINK.test(href)) return null;
  // The social and app patterns need the host; the others only the path, so a domain cannot match.
  const path = href.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/i, '') || '/';
  const byPath = LINK_PATTERNS.filter(({ category, pattern }) => pattern.test(category === 'social' || category === 'app' ? href : path));
  const signUpPage = byPath.length > 0 || /^\/?(?:[?#]|$)/.test(path);
  const byHost = askHost
    ? LINK_PATTERNS.filter((p) => !byPath.includes(p) && p.host?.test(href) && (p.category !== 'newsletter' || signUpPage))
    : [];
  // A bare call ("Donate", "Subscribe") is also an item of the site's menus: the call must name its object.
  const text = squashedText(el);
  const call = text.includes(' ') ? callCategory(text) : null;
  const found: Observation[] = [...byPath, ...byHost].map(({ category }) => ({
    rule: CTA_LINKS,
    key: category === call ? 'call' : category,
    target: category,
    saw: href.slice(0, 80),
  }));
  return found.length > 0 ? found : null;
}

export const ctaLinks: AppealRule = {
  name: CTA_LINKS,
  startsFrom: 'observations',
  observe,
  score(block) {
    const byCategory = new Map<string, Observation[]>();
    for (const o of observed(block, CTA_LINKS)) byCategory.set(o.target!, [...(byCategory.get(o.target!) ?? []), o]);
    return [...byCategory.entries()].map(([category, links]): Evidence => {
      // Social and app links only mean something in a cluster (a "follow us" row), one is a citation.
      const needed = category === 'social' ? 3 : 1;
      return {
        rule: CTA_LINKS,
        kind: 'markup',
        target: category as AppealCategory,
        weight: links.length < needed ? 0 : links.some((o) => o.key === 'call') ? DEFAULT_CTA_CALL_WEIGHT : DEFAULT_CTA_LINK_WEIGHT,
        saw: `link ${links[0]!.saw}${links.length > 1 ? ` (+${links.length - 1})` : ''}`,
      };
    }).filter((e) => e.weight > 0);
  },
};
