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
  element: Element;
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

/** Leaf blocks below `root`: block elements with text and no block element with text inside. */
export function leafBlocks(root: Element): Block[] {
  const found: Element[] = [];
  // Returns whether `el` is, or holds, a block with text.
  const visit = (el: Element): boolean => {
    let inner = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (visit(child)) inner = true;
    if (inner || el === root || !BLOCK_TAGS.has(el.tagName) || !squash(el.textContent ?? '')) return inner;
    found.push(el);
    return true;
  };
  visit(root);
  // Table cells are data (an infobox, a results table): no rule looks at them.
  const blocks = found.filter((element) => !element.closest('table')).map((element, index): Block => {
    const text = squash(element.textContent ?? '');
    const total = letters(text);
    let linked = 0;
    for (const a of element.querySelectorAll('a')) linked += letters(a.textContent ?? '');
    return {
      element,
      text,
      words: wordCount(text),
      linkShare: total ? Math.min(1, linked / total) : 0,
      index,
      head: false,
      tail: false,
      heading: /^H[1-6]$/.test(element.tagName),
      ordered: element.tagName === 'LI' && element.parentElement?.tagName === 'OL',
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
