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

/** The longest opening of `text` from `openings`, as whole words, and the text after it; null when none. */
function opening(text: string, openings: ReadonlySet<string>): { opening: string; rest: string } | null {
  const lower = normal(text).replace(/^[^\p{L}]+/u, '');
  let best: string | null = null;
  for (const candidate of openings) {
    if (!lower.startsWith(candidate) || /[\p{L}\p{N}'-]/u.test(lower.charAt(candidate.length))) continue;
    if (!best || candidate.length > best.length) best = candidate;
  }
  return best ? { opening: best, rest: text.replace(/\s+/g, ' ').trim().replace(/^[^\p{L}]+/u, '').slice(best.length) } : null;
}

/** Words that join a name to the network it is followed on: "Follow Newsbeat on …", "Folge uns auf …". */
const PLACE_WORDS = new Set(['on', 'at', 'via', 'auf', 'bei', 'sur', 'su', 'em', 'no', 'na', 'op', 'en', 'in', 'в', 'у']);

/**
 * Whether `rest` starts with a name (one to four words in capitals, digits or a handle) followed by a
 * colon, a place word or a network: "Newsbeat on Instagram", "Backchannel: Twitter", "the 9to5Toys
 * YouTube Channel". "the steps on Facebook" is an instruction, not an invitation.
 */
function namedThenPlace(rest: string): boolean {
  const tokens = rest.trim().split(/\s+/);
  let names = 0;
  for (const token of tokens) {
    const bare = token.replace(/[,.!?;]+$/, '');
    if (names > 0 && (PLACE_WORDS.has(bare.toLowerCase()) || NETWORKS.has(bare.toLowerCase()))) return true;
    if (!/^[\p{Lu}\p{N}@]/u.test(bare) || names === 4) return false;
    names++;
    if (bare.endsWith(':')) return true;
  }
  return false;
}

/** The invitation `text` opens with, or null: "Follow us …", or "Follow <name> on …". */
function followOpening(text: string): string | null {
  const invitation = opening(text, WORDS.follow);
  const byName = opening(text, WORDS.followName);
  if (byName && (!invitation || byName.opening.length > invitation.opening.length) && namedThenPlace(byName.rest)) return byName.opening;
  return invitation?.opening ?? null;
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
