// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '../../../src/options/Options.tsx';
import { normalizeHost } from '../../../src/options/SiteRules.tsx';
import { fakePlatform, settle } from './fixtures.ts';

describe('Options page', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const checkbox = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

  it('shows the categories with newsletter, donation and membership on by default', async () => {
    render(<Options platform={fakePlatform()} />, root);
    await settle();
    const on = ['newsletter', 'donation', 'membership', 'app', 'social', 'comments'].map((c) => checkbox(c).checked);
    expect(on).toEqual([true, true, true, false, false, false]);
  });

  it('stores the picture size caps for saved HTML, refusing values out of range', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    const input = checkbox('imageMaxMB');
    expect(input.value).toBe('5');
    expect(checkbox('totalMaxMB').value).toBe('25');
    input.value = '2.5';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(platform.stored.saving.imageMaxMB).toBe(2.5);
    input.value = '500';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(platform.stored.saving.imageMaxMB).toBe(2.5);
  });

  it('saves a category change at once', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    checkbox('social').click();
    await settle();
    expect(platform.stored.hide.social).toBe(true);
  });

  it('turns on hiding everywhere only when the browser grants access to all sites', async () => {
    let grant = false;
    const platform = fakePlatform({ requestAllSites: async () => grant });
    render(<Options platform={platform} />, root);
    await settle();
    checkbox('everywhere').click();
    await settle();
    expect(platform.stored.hideOnPageEverywhere).toBe(false);
    expect(checkbox('everywhere').checked).toBe(false);
    expect(root.querySelector('.everywhere [role=status]')?.textContent).toContain('Permission was not given');
    grant = true;
    checkbox('everywhere').click();
    await settle();
    expect(platform.stored.hideOnPageEverywhere).toBe(true);
  });

  it('adds, changes and removes per-site rules, refusing what is not a host', async () => {
    const platform = fakePlatform();
    render(<Options platform={platform} />, root);
    await settle();
    const input = checkbox('host');
    const submit = () => root.querySelector<HTMLFormElement>('form.site-add')!.requestSubmit();
    input.value = 'not a host!';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    submit();
    await settle();
    expect(root.querySelector('.site-add ~ [role=alert]')?.textContent).toContain('example.com');
    expect(platform.stored.sites).toEqual({});

    input.value = 'https://www.Example.org/news/a.html';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    submit();
    await settle();
    expect(platform.stored.sites).toEqual({ 'www.example.org': { hideOnPage: true } });

    const [hideOnPage, disabled] = [...root.querySelectorAll<HTMLInputElement>('.site-rule input')];
    disabled!.click();
    await settle();
    expect(platform.stored.sites['www.example.org']).toEqual({ hideOnPage: true, disabled: true });
    hideOnPage!.click();
    await settle();
    root.querySelector<HTMLButtonElement>('.site-rule button')!.click();
    await settle();
    expect(platform.stored.sites).toEqual({});
  });

  it('normalises host names', () => {
    expect(normalizeHost(' News.Example.com ')).toBe('news.example.com');
    expect(normalizeHost('https://example.com:8080/path')).toBe('example.com:8080');
    expect(normalizeHost('example.com/path')).toBe('example.com');
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('exa mple.com')).toBeNull();
  });
});
