import { describe, expect, it } from 'vitest';
import { hostOf, siteKey, siteRuleFor } from '../../../src/shared/site-hosts.ts';
import { displaySite, originPatterns, parseSiteInput } from '../../../src/shared/site-input.ts';

describe('parseSiteInput: a site as people type or paste it', () => {
  it.each([
    // input, stored key, scope
    ['example.com', 'example.com', 'domain'],
    ['  Example.COM  ', 'example.com', 'domain'],
    ['www.example.com', 'example.com', 'domain'],
    ['https://www.example.com/news/2024/a-story.html?utm=x#top', 'example.com', 'domain'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1', 'host'],
    ['example.com:8443', 'example.com', 'domain'],
    ['https://user:pw@example.com:8443/', 'example.com', 'domain'],
    ['example.com/path/page.html', 'example.com', 'domain'],
    ['example.com.', 'example.com', 'domain'],
    ['*.example.com', 'example.com', 'domain'],
    ['.example.com', 'example.com', 'domain'],
    ['news.example.co.uk', 'news.example.co.uk', 'subdomain'],
    ['www.news.example.co.uk', 'news.example.co.uk', 'subdomain'],
    ['example.co.uk', 'example.co.uk', 'domain'],
    ['www.example.co.uk', 'example.co.uk', 'domain'],
    ['someone.github.io', 'someone.github.io', 'domain'],
    ['https://someone.github.io/project/', 'someone.github.io', 'domain'],
    // `www` is a site of its own under a public suffix: not dropped.
    ['www.github.io', 'www.github.io', 'domain'],
    ['bücher.de', 'xn--bcher-kva.de', 'domain'],
    ['https://www.BÜCHER.de/buch', 'xn--bcher-kva.de', 'domain'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de', 'domain'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai', 'domain'],
    ['localhost:3000', 'localhost', 'host'],
    ['[::1]:8080', '[::1]', 'host'],
  ])('%j → %s (%s)', (input, site, scope) => {
    expect(parseSiteInput(input)).toMatchObject({ ok: true, site, scope });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a host!', 'invalid'],
    ['exa mple.com', 'invalid'],
    ['file:///home/me/page.html', 'invalid'],
    ['mailto:someone@example.com', 'invalid'],
    ['http://', 'invalid'],
    ['com', 'public-suffix'],
    ['co.uk', 'public-suffix'],
    ['github.io', 'public-suffix'],
    ['https://github.io/', 'public-suffix'],
    ['blogspot.com', 'public-suffix'],
  ])('%j is refused (%s)', (input, reason) => {
    expect(parseSiteInput(input)).toMatchObject({ ok: false, reason });
  });

  it('names the public suffix it refuses', () => {
    expect(parseSiteInput('https://www.github.io.')).toMatchObject({ ok: true, site: 'www.github.io' });
    expect(parseSiteInput('https://CO.uk/page')).toEqual({ ok: false, reason: 'public-suffix', host: 'co.uk' });
  });

  it('names the registrable domain a subdomain rule stays within', () => {
    expect(parseSiteInput('news.example.co.uk')).toEqual({ ok: true, site: 'news.example.co.uk', scope: 'subdomain', domain: 'example.co.uk' });
  });

  it('shows IDN keys in their own script', () => {
    expect(displaySite('xn--bcher-kva.de')).toBe('bücher.de');
    expect(displaySite('example.com')).toBe('example.com');
  });

  it('asks for the host and its subdomains, or the host alone', () => {
    expect(originPatterns('example.com', 'domain')).toEqual(['*://example.com/*', '*://*.example.com/*']);
    expect(originPatterns('127.0.0.1', 'host')).toEqual(['*://127.0.0.1/*']);
  });
});

describe('siteRuleFor: which rule applies to a page', () => {
  const sites = {
    'example.com': 'domain rule',
    'news.example.co.uk': 'subdomain rule',
    'xn--bcher-kva.de': 'idn rule',
    '127.0.0.1': 'ip rule',
  };
  it.each([
    ['https://example.com/a', 'example.com'],
    ['https://www.example.com/a', 'example.com'],
    ['https://news.example.com:8443/a', 'example.com'],
    ['https://a.b.example.com/a', 'example.com'],
    ['https://EXAMPLE.com./a', 'example.com'],
    ['https://news.example.co.uk/a', 'news.example.co.uk'],
    ['https://www.news.example.co.uk/a', 'news.example.co.uk'],
    ['https://sport.example.co.uk/a', null],
    ['https://example.co.uk/a', null],
    ['https://notexample.com/a', null],
    ['https://example.com.evil.net/a', null],
    ['https://www.bücher.de/a', 'xn--bcher-kva.de'],
    ['http://127.0.0.1:9000/page.html', '127.0.0.1'],
    ['http://1.127.0.0.1/page.html', null],
    ['chrome://settings', null],
  ])('%s → %s', (url, site) => {
    expect(siteRuleFor(sites, hostOf(url))?.site ?? null).toBe(site);
  });

  it('prefers the most specific rule', () => {
    const rules = { 'example.com': 1, 'news.example.com': 2 };
    expect(siteRuleFor(rules, 'www.news.example.com')).toEqual({ site: 'news.example.com', rule: 2 });
    expect(siteRuleFor(rules, 'sport.example.com')).toEqual({ site: 'example.com', rule: 1 });
  });

  it('does not see inherited object keys as rules', () => {
    expect(siteRuleFor({}, 'constructor')).toBeNull();
    expect(siteRuleFor({}, '__proto__')).toBeNull();
  });
});

describe('siteKey: the syntax check of stored keys', () => {
  it.each([
    ['Example.org', 'example.org'],
    ['example.org:8080', 'example.org'],
    ['example.org.', 'example.org'],
    ['[::1]', '[::1]'],
    ['bad host/', null],
    ['ex ample.org', null],
    ['-example.org', null],
    ['', null],
  ])('%j → %j', (key, expected) => {
    expect(siteKey(key)).toBe(expected);
  });
});
