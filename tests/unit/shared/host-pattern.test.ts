import { describe, expect, it } from 'vitest';
import { hostPattern } from '../../../src/shared/host-pattern.ts';

describe('hostPattern', () => {
  it('is the scheme and host, without the port (Firefox patterns have none)', () => {
    expect(hostPattern('http://127.0.0.1:41234/news/a.html')).toBe('http://127.0.0.1/*');
    expect(hostPattern('https://example.com:8443')).toBe('https://example.com/*');
    expect(hostPattern('https://www.example.org/a?b#c')).toBe('https://www.example.org/*');
    expect(hostPattern('http://[::1]:8080/x')).toBe('http://[::1]/*');
  });

  it('is null for what no host permission covers', () => {
    for (const url of ['file:///tmp/a.html', 'data:text/html,x', 'about:blank', 'not a url', '']) expect(hostPattern(url), url).toBeNull();
  });
});
