/**
 * Turns embedded video players (which would run third-party scripts in the reading view) into plain
 * links to the video's own page.
 */

interface VideoProvider {
  name: string;
  match: RegExp;
  /** Watch-page URL from the embed URL's match. */
  watchUrl: (m: RegExpMatchArray) => string;
}

const PROVIDERS: readonly VideoProvider[] = [
  {
    name: 'YouTube',
    match: /\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/i,
    watchUrl: (m) => `https://www.youtube.com/watch?v=${m[1]}`,
  },
  { name: 'Vimeo', match: /\/\/player\.vimeo\.com\/video\/(\d+)/i, watchUrl: (m) => `https://vimeo.com/${m[1]}` },
  {
    name: 'Dailymotion',
    match: /\/\/(?:www\.)?dailymotion\.com\/embed\/video\/(\w+)/i,
    watchUrl: (m) => `https://www.dailymotion.com/video/${m[1]}`,
  },
  {
    name: 'Twitch',
    match: /\/\/player\.twitch\.tv\/\?.*\bvideo=v?(\d+)/i,
    watchUrl: (m) => `https://www.twitch.tv/videos/${m[1]}`,
  },
];

export function videoLink(src: string): { provider: string; url: string } | null {
  for (const provider of PROVIDERS) {
    const m = src.match(provider.match);
    if (m) return { provider: provider.name, url: provider.watchUrl(m) };
  }
  return null;
}

export function videoEmbedsToLinks(root: Element): number {
  let replaced = 0;
  const players = ['iframe', 'embed', 'object'].flatMap((tag) => [...root.getElementsByTagName(tag)]);
  for (const frame of players) {
    const link = videoLink(frame.getAttribute('src') ?? frame.getAttribute('data') ?? '');
    if (!link) continue;
    const doc = frame.ownerDocument;
    const a = doc.createElement('a');
    a.setAttribute('href', link.url);
    const title = frame.getAttribute('title')?.trim();
    a.textContent = `▶ ${title || 'Video'} (${link.provider})`;
    // A <p> cannot hold another <p>: wrap only when the player stands on its own.
    if (frame.parentElement?.closest('p')) frame.replaceWith(a);
    else {
      const p = doc.createElement('p');
      p.append(a);
      frame.replaceWith(p);
    }
    replaced++;
  }
  return replaced;
}
