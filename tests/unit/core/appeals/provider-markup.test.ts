// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROVIDER_LINK_WEIGHT,
  DEFAULT_PROVIDER_WEIGHT,
  providerMarkup,
} from '../../../../src/core/appeals/rules/provider-markup.ts';
import { evidenceOf } from './helpers.ts';

describe('provider-markup', () => {
  it.each([
    ['<div class="mc4wp-form"></div>', 'newsletter', 'Mailchimp'],
    ['<div id="mc_embed_signup"></div>', 'newsletter', 'Mailchimp'],
    ['<form action="https://x.us1.list-manage.com/subscribe/post"></form>', 'newsletter', 'Mailchimp'],
    ['<div class="kg-card kg-signup-card"></div>', 'newsletter', 'Ghost'],
    ['<iframe src="https://embeds.beehiiv.com/abc"></iframe>', 'newsletter', 'beehiiv'],
    ['<div class="wp-block-jetpack-subscriptions"></div>', 'newsletter', 'Jetpack'],
    ['<div class="sib-form"></div>', 'newsletter', 'Brevo'],
    ['<div class="wp-block-newspack-blocks-donate"></div>', 'donation', 'Newspack donate'],
    ['<form action="https://www.paypal.com/donate"></form>', 'donation', 'PayPal donate'],
  ])('%s → %s (%s)', (html, category, name) => {
    const [e] = evidenceOf(providerMarkup, html);
    expect(e).toMatchObject({ target: category, kind: 'markup', weight: DEFAULT_PROVIDER_WEIGHT });
    expect(e?.saw).toContain(name);
  });

  it('counts a plain link to a provider page for less (articles cite them)', () => {
    const [e] = evidenceOf(providerMarkup, '<p><a href="https://ko-fi.com/someone">Ko-fi</a></p>');
    expect(e).toMatchObject({ target: 'donation', weight: DEFAULT_PROVIDER_LINK_WEIGHT });
  });

  it('sees nothing in ordinary markup', () => {
    expect(evidenceOf(providerMarkup, '<div class="article-body" id="main"><a href="/about">About</a></div>')).toEqual([]);
  });
});
