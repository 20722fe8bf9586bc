/**
 * The article as a list of leaf blocks (paragraphs, list items, captions, headings, cells), in
 * reading order, with what the cleanup rules look at: normalised text, word count, link share and
 * the place in the article (before the first paragraph of prose, after the last one).
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** A block of at least this many words that ends like a sentence is prose: the article proper. */
export const DEFAULT_PROSE_WORDS = 15;

export interface Block {
  /** The leaf block element, or for a run of inline content, the element holding it. */
  element: Element;
  /** What the block is made of: the leaf element, or the run's text and inline nodes. */
  nodes: Node[];
  /** Whitespace-normalised text. */
  text: string;
  words: number;
  /** Share of the text's letters and digits inside links (0 to 1). */
  linkShare: number;
  index: number;
  /** Before the first paragraph of prose: the page's chrome and the story's header live here. */
  head: boolean;
  /** After the last paragraph of prose. */
  tail: boolean;
  heading: boolean;
  /** An item of an ordered list (footnotes, references, steps). */
  ordered: boolean;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
export const wordCount = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;

function isProse(block: Block): boolean {
  return block.words >= DEFAULT_PROSE_WORDS && block.linkShare < 0.5 && /[.!?…:;"'”’»)]$/.test(block.text);
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const MEDIA = 'img, picture, video, audio, iframe, svg, math, canvas, object, embed';
const hasMedia = (el: Element) => el.matches(MEDIA) || !!el.querySelector(MEDIA);

const textOf = (nodes: readonly Node[]) => squash(nodes.map((n) => n.textContent ?? '').join(' '));

/** The links among `nodes` and inside them. */
export function linksIn(nodes: readonly Node[]): Element[] {
  return nodes.flatMap((n) => (n.nodeType !== 1 ? [] : (n as Element).tagName === 'A' ? [n as Element] : [...(n as Element).querySelectorAll('a')]));
}

function linkLetters(nodes: readonly Node[]): number {
  let linked = 0;
  for (const a of linksIn(nodes)) linked += letters(a.textContent ?? '');
  return linked;
}

/**
 * Leaf blocks below `root`, in reading order: block elements with text and no block with text
 * inside, and runs of text and inline elements that sit between blocks (a credit in a `<span>` next
 * to a paragraph), which a reader sees as lines of their own.
 */
export function leafBlocks(root: Element): Block[] {
  const found: Node[][] = [];
  // Returns whether `el` is, or holds, a block with text.
  const visit = (el: Element): boolean => {
    let inner = false;
    const runs: Array<{ at: number; nodes: Node[] }> = [];
    let run: Node[] = [];
    const flush = (at: number) => {
      if (run.length && textOf(run)) runs.push({ at, nodes: run });
      run = [];
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) run.push(child);
      else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).tagName)) {
        const before = found.length;
        if (visit(child as Element)) {
          inner = true;
          flush(before);
        } else if (BLOCK_TAGS.has((child as Element).tagName) || (child as Element).tagName === 'BR' || hasMedia(child as Element)) flush(found.length);
        else run.push(child);
      }
    }
    flush(found.length);
    if (inner) {
      for (const r of runs.reverse()) found.splice(r.at, 0, r.nodes);
      return true;
    }
    if (el === root || !BLOCK_TAGS.has(el.tagName) || !squash(el.textContent ?? '')) return false;
    found.push([el]);
    return true;
  };
  visit(root);
  // Table cells are data (an infobox, a results table): no rule looks at them.
  const inTable = (nodes: Node[]) => !!(nodes[0]!.nodeType === 1 ? (nodes[0] as Element) : nodes[0]!.parentElement)?.closest('table');
  // A block holding an image or a video is only its other content: removing it leaves the picture.
  const withoutMedia = (nodes: Node[]): Node[] => {
    const el = nodes[0] as Element;
    if (nodes.length !== 1 || el.nodeType !== 1 || !hasMedia(el)) return nodes;
    return [...el.childNodes].filter((n) => n.nodeType === 3 || (n.nodeType === 1 && !hasMedia(n as Element)));
  };
  const blocks = found
    .filter((nodes) => !inTable(nodes))
    .map((nodes) => ({ leaf: nodes[0] as Element, nodes: withoutMedia(nodes) }))
    .filter(({ nodes }) => nodes.length > 0 && textOf(nodes))
    .map(({ leaf: first, nodes }, index): Block => {
      const leaf = first.nodeType === 1 && BLOCK_TAGS.has(first.tagName);
      const element = leaf ? first : first.parentElement!;
      const text = textOf(nodes);
      const total = letters(text);
      return {
        element,
        nodes,
        text,
        words: wordCount(text),
        linkShare: total ? Math.min(1, linkLetters(nodes) / total) : 0,
        index,
        head: false,
        tail: false,
        heading: leaf && /^H[1-6]$/.test(element.tagName),
        ordered: leaf && element.tagName === 'LI' && element.parentElement?.tagName === 'OL',
      };
    });
  const first = blocks.findIndex(isProse);
  let last = -1;
  for (let i = blocks.length - 1; i >= 0 && last < 0; i--) if (isProse(blocks[i]!)) last = i;
  for (const block of blocks) {
    block.head = first < 0 || block.index < first;
    block.tail = first >= 0 && block.index > last;
  }
  return blocks;
}
