import type { AppealCategory } from '../categories.ts';
import type { AppealRule, ElementAttributes, Evidence, Observation, RuleContext } from '../types.ts';
import { attributesOf, attrIn, memoize, memoTest, observed, onlyClassOf } from './util.ts';

export const PROVIDER_MARKUP = 'provider-markup';
/** A known sign-up / donation widget's own markup: strong on its own. */
export const DEFAULT_PROVIDER_WEIGHT = 1.0;
/** A plain link to a provider page (articles cite Patreon or PayPal pages too). */
export const DEFAULT_PROVIDER_LINK_WEIGHT = 0.5;

interface Provider {
  name: string;
  category: AppealCategory;
  /** Tested against "class id data-attribute-names" of each element. */
  markup?: RegExp;
  /** Tested against form action, iframe/script src and link href. */
  url?: RegExp;
}

/** Widget markup of mailing-list, membership and donation providers. */
export const PROVIDERS: readonly Provider[] = [
  { name: 'Mailchimp', category: 'newsletter', markup: /\bmc4wp|\bmc_embed_signup|\bmc-embedded|\bmc-field-group|\bmailchimp/i, url: /list-manage\.com|mailchi\.mp|eepurl\.com/i },
  { name: 'Substack', category: 'newsletter', markup: /\bsubscription-widget|\bsubscribe-widget|\bsubstack-(?:subscribe|embed)/i, url: /substack\.com\/(?:embed|subscribe|api\/v1\/free)/i },
  { name: 'Ghost', category: 'newsletter', markup: /\bkg-signup-card|\bgh-(?:signup|subscribe|cta)|\bdata-members-form|\bdata-portal/i },
  { name: 'beehiiv', category: 'newsletter', markup: /\bbeehiiv/i, url: /beehiiv\.com/i },
  { name: 'ConvertKit', category: 'newsletter', markup: /\bformkit|\bck_form|\bseva-form|\bdata-sv-form|\bck-form/i, url: /convertkit\.com|ck\.page|kit\.com\/forms/i },
  { name: 'Jetpack', category: 'newsletter', markup: /\bjetpack_subscription_widget|\bwp-block-jetpack-subscriptions|\bjetpack-subscribe/i, url: /subscribe\.wordpress\.com/i },
  { name: 'MailerLite', category: 'newsletter', markup: /\bml-embedded|\bml-form-embed|\bmailerlite/i, url: /mailerlite\.com|mlsend\.com/i },
  { name: 'Brevo', category: 'newsletter', markup: /\bsib-form|\bsib_signup_form|\bsib-container|\bbrevo-form|\bsendinblue/i, url: /sibforms\.com|sendinblue\.com|brevo\.com/i },
  { name: 'Newspack', category: 'newsletter', markup: /\bnewspack-newsletters|\bnewspack-popup|\bwp-block-newspack-newsletters/i },
  { name: 'Newspack donate', category: 'donation', markup: /\bwp-block-newspack-blocks-donate|\bnewspack-donate|\bnewspack-blocks-donate/i },
  { name: 'Piano', category: 'membership', markup: /\btp-modal|\btp-container-inner|\btp-iframe-wrapper|\bpiano-(?:offer|paywall|inline)/i, url: /tinypass\.com|piano\.io\/checkout/i },
  { name: 'Buttondown', category: 'newsletter', markup: /\bembeddable-buttondown-form/i, url: /buttondown\.(?:email|com)\/api\/emails/i },
  { name: 'Campaign Monitor', category: 'newsletter', url: /createsend\.com|cmail\d+\.com/i },
  { name: 'Klaviyo', category: 'newsletter', markup: /\bklaviyo-form/i },
  { name: 'HubSpot', category: 'newsletter', markup: /\bhs-form.*subscri|\bhbspt-form/i },
  { name: 'Patreon', category: 'membership', markup: /\bpatreon/i, url: /patreon\.com\/(?!posts\b)/i },
  { name: 'Ko-fi', category: 'donation', markup: /\bkofi|\bko-fi/i, url: /ko-fi\.com/i },
  { name: 'Buy Me a Coffee', category: 'donation', markup: /\bbmc-(?:button|btn)|\bbuymeacoffee/i, url: /buymeacoffee\.com|buymeacoff\.ee/i },
  { name: 'PayPal donate', category: 'donation', url: /paypal\.com\/(?:donate|cgi-bin\/webscr\?cmd=_donations)|paypal\.me\//i },
  { name: 'Liberapay', category: 'donation', url: /liberapay\.com\/[^/]+\/donate/i },
  { name: 'Open Collective', category: 'donation', url: /opencollective\.com\/[^/]+\/(?:donate|contribute)/i },
  { name: 'Donorbox', category: 'donation', markup: /\bdonorbox/i, url: /donorbox\.org/i },
  { name: 'Fundraise Up', category: 'donation', markup: /\bfundraiseup/i, url: /fundraiseup\.com/i },
  { name: 'Givebutter', category: 'donation', url: /givebutter\.com/i },
  { name: 'Memberful', category: 'membership', url: /memberful\.com\/(?:join|checkout)/i },
  { name: 'Steady', category: 'membership', markup: /\bsteady-(?:paywall|checkout)/i, url: /steadyhq\.com\/[^/]+\/plans/i },
];

const union = (pick: (p: Provider) => RegExp | undefined) =>
  new RegExp(
    PROVIDERS.map(pick)
      .filter((r): r is RegExp => Boolean(r))
      .map((r) => r.source)
      .join('|'),
    'i',
  );
/** One test for "any provider at all" before the per-provider ones. */
const ANY_MARKUP_PATTERN = union((p) => p.markup);
const ANY_MARKUP = memoTest(ANY_MARKUP_PATTERN);
const ANY_URL = memoTest(union((p) => p.url));
/** For an element with a class and no id, data names or URL: the markup test per class attribute. */
const CLASS_ANY_MARKUP = memoize((cls) => ANY_MARKUP_PATTERN.test(`${cls} `));

/** Attributes whose names or values are the element's markup besides its class: its id and data names. */
const marksUp = (name: string) => name === 'id' || name.startsWith('data-');
const reads = (name: string) => marksUp(name) || name === 'action' || name === 'src';
const readsOnLink = (name: string) => reads(name) || name === 'href';

/** "class id data-names" of an element. */
function markupOf(el: Element, names: readonly string[], cls: string): string {
  let markup = `${cls} ${attrIn(el, names, 'id')}`;
  for (const name of names) if (name.startsWith('data-')) markup += ` ${name}`;
  return markup;
}

function observe(el: Element, _context?: RuleContext, attributes: ElementAttributes = attributesOf(el), tag = el.tagName): Observation[] | null {
  const { names, cls } = attributes;
  if (names.length === 0) return null;
  const isLink = tag === 'A';
  if (onlyClassOf(names, isLink ? readsOnLink : reads) && !CLASS_ANY_MARKUP(cls)) return null;
  // Without an id or data names (most links and images) the markup is the class alone, tested once per class attribute.
  const classOnly = !names.some(marksUp);
  const href = isLink ? attrIn(el, names, 'href') : '';
  const url = attrIn(el, names, 'action') || attrIn(el, names, 'src') || href;
  const named = classOnly ? CLASS_ANY_MARKUP(cls) : ANY_MARKUP(markupOf(el, names, cls));
  if (!named && !(url && ANY_URL(url))) return null;
  const markup = classOnly ? `${cls} ` : markupOf(el, names, cls);
  const found: Observation[] = [];
  for (const p of PROVIDERS) {
    const widget = p.markup?.exec(markup)?.[0] ?? (url && url !== href ? p.url?.exec(url)?.[0] : undefined);
    const link = widget ? undefined : href && p.url?.exec(href)?.[0];
    const hit = widget ?? link;
    if (!hit) continue;
    const weight = widget ? DEFAULT_PROVIDER_WEIGHT : DEFAULT_PROVIDER_LINK_WEIGHT;
    found.push({ rule: PROVIDER_MARKUP, key: p.name, target: p.category, weight, saw: `${p.name} (${hit})` });
  }
  return found.length > 0 ? found : null;
}

export const providerMarkup: AppealRule = {
  name: PROVIDER_MARKUP,
  startsFrom: 'observations',
  observe,
  score(block) {
    const byCategory = new Map<string, Observation>();
    for (const o of observed(block, PROVIDER_MARKUP)) {
      const best = byCategory.get(o.target!);
      if (!best || (o.weight ?? 0) > (best.weight ?? 0)) byCategory.set(o.target!, o);
    }
    return [...byCategory.values()].map(
      (o): Evidence => ({
        rule: PROVIDER_MARKUP,
        kind: 'markup',
        target: o.target!,
        weight: o.weight ?? DEFAULT_PROVIDER_LINK_WEIGHT,
        saw: o.saw ?? o.key,
      }),
    );
  },
};
