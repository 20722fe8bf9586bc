import { linksIn } from '../blocks.ts';
import { words } from '../text.ts';
import { blockRule, type CleanupRule } from '../types.ts';
import { WORDS } from '../words/index.ts';

/** An invitation is a line; a paragraph that mentions following someone on a network is the story. */
export const DEFAULT_FOLLOW_MAX_WORDS = 30;

/** Networks a site asks to be followed on; names, so the same in every language. */
const NETWORKS = new Set([
  'twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'linkedin', 'telegram', 'whatsapp', 'threads', 'bluesky', 'mastodon',
  'pinterest', 'snapchat', 'flipboard', 'reddit', 'vk', 'вконтакте', 'дзен', 'одноклассники', 'google news', 'apple news',
]);
const NETWORK_HOST = /(?:^|\.)(?:twitter|x|facebook|instagram|youtube|tiktok|linkedin|t|whatsapp|threads|bsky|pinterest|flipboard|vk)\.(?:com|me|net|app)$/;

/** Lower case, quotes and hyphens unified, as the word lists are written. */
const normal = (text: string) => text.toLowerCase().replace(/[‘’`´]/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();

/** The opening of `text` from the follow list, as whole words; null when it opens otherwise. */
function followOpening(text: string): string | null {
  const lower = normal(text).replace(/^[^\p{L}]+/u, '');
  let best: string | null = null;
  for (const opening of WORDS.follow) {
    if (!lower.startsWith(opening) || /[\p{L}\p{N}'-]/u.test(lower.charAt(opening.length))) continue;
    if (!best || opening.length > best.length) best = opening;
  }
  return best;
}

/** A network the block names in its words, or links to. */
function namedNetwork(text: string, element: Element, nodes: readonly Node[]): string | null {
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    if (NETWORKS.has(list[i]!)) return list[i]!;
    const two = `${list[i]} ${list[i + 1] ?? ''}`;
    if (NETWORKS.has(two)) return two;
  }
  for (const a of linksIn(nodes)) {
    try {
      const host = new URL(a.getAttribute('href') ?? '', element.ownerDocument.baseURI).hostname.replace(/^www\./, '');
      if (NETWORK_HOST.test(host)) return host;
    } catch {
      // not a URL: not a network
    }
  }
  return null;
}

/**
 * "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube", "Folgen Sie uns auf Facebook",
 * "Suivez-nous sur Twitter": a short block that opens by inviting the reader to follow the site and
 * names (or links to) a social network is the site talking about itself, not the story.
 */
export const followPrompt: CleanupRule = blockRule('follow-prompt', (block) => {
  if (block.heading || block.words > DEFAULT_FOLLOW_MAX_WORDS) return null;
  const opening = followOpening(block.text);
  if (!opening) return null;
  const network = namedNetwork(block.text, block.element, block.nodes);
  return network && `an invitation to follow the site ("${opening}" and ${network})`;
});
