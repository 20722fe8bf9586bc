// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isScrollLocked, releaseScrollLock } from '../../../src/content/scroll-lock.ts';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.className = '';
  document.head.innerHTML = '';
  vi.restoreAllMocks();
});

const overflowY = (el: Element) => getComputedStyle(el).overflowY;

// jsdom does not expand the `overflow` shorthand into computed overflow-y (browsers do; the e2e test
// covers the shorthand), so these pages lock with overflow-y.
describe('releaseScrollLock', () => {
  it('releases inline overflow-y:hidden on html and body and puts it back exactly', () => {
    document.documentElement.setAttribute('style', 'overflow-y: hidden;');
    document.body.setAttribute('style', 'color: red; overflow-y: hidden;');
    expect(isScrollLocked(document)).toBe(true);
    const release = releaseScrollLock(document);
    expect(release.changed).toBe(true);
    expect(isScrollLocked(document)).toBe(false);
    expect(overflowY(document.body)).not.toBe('hidden');
    expect(document.body.style.color).toBe('red');
    release.restore();
    expect(isScrollLocked(document)).toBe(true);
    expect(document.body.getAttribute('style')).toBe('color: red; overflow-y: hidden;');
    expect(document.documentElement.getAttribute('style')).toBe('overflow-y: hidden;');
  });

  it('overrides a stylesheet lock (a modal-open class) and leaves no style attribute behind on undo', () => {
    document.head.innerHTML = '<style>.modal-open { overflow-y: hidden; }</style>';
    document.body.className = 'modal-open';
    const release = releaseScrollLock(document);
    expect(overflowY(document.body)).not.toBe('hidden');
    release.restore();
    expect(document.body.hasAttribute('style')).toBe(false);
    expect(overflowY(document.body)).toBe('hidden');
  });

  it('unpins a body fixed at a negative top and scrolls back to where the reader was', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    document.body.setAttribute('style', 'position: fixed; top: -640px; width: 100%;');
    const release = releaseScrollLock(document);
    expect(getComputedStyle(document.body).position).toBe('static');
    expect(scrollTo).toHaveBeenCalledWith(expect.any(Number), 640);
    release.restore();
    expect(document.body.style.position).toBe('fixed');
    expect(document.body.style.top).toBe('-640px');
  });

  it('changes nothing on a page that scrolls', () => {
    const release = releaseScrollLock(document);
    expect(release.changed).toBe(false);
    expect(document.body.hasAttribute('style')).toBe(false);
  });
});
