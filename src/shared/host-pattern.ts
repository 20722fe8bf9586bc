/**
 * The host-permission match pattern for a page or an image origin: its scheme and host, any port,
 * any path. Firefox's patterns carry no port (a pattern with one is never contained in a grant, and
 * cannot be asked for), and in Chrome a grant for a host covers all its ports; so the port is left out.
 */
export function hostPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return /^(https?|wss?|ftp):$/.test(parsed.protocol) && parsed.hostname ? `${parsed.protocol}//${parsed.hostname}/*` : null;
}
