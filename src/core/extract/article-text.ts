/**
 * Plain text of article content with block structure kept: blank lines between paragraphs and
 * other blocks, line breaks for `<br>`, so words in adjacent blocks are never glued together
 * (Readability's `textContent` glues them, upstream issue #779). `<pre>` keeps its whitespace.
 */

const BLOCK =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TFOOT|THEAD|TR|UL)$/;
const CELL = /^(?:TD|TH)$/;
const SKIP = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

// Private-use markers for block and line breaks, resolved once at the end.
const BLOCK_BREAK = '\uE000';
const LINE_BREAK = '\uE001';
const BREAKS = /[ \uE000\uE001]*[\uE000\uE001][ \uE000\uE001]*/g;

export interface TextOptions {
  /** Applied to each text node; when it returns another string the node is updated in place. */
  repair?: (text: string) => string;
}

export interface CollectedText {
  text: string;
  /** Characters of that text inside links (for telling link lists from articles). */
  linkChars: number;
}

function repairTextNodes(node: Node, repair: (text: string) => string): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      const repaired = repair(value);
      if (repaired !== value) child.nodeValue = repaired;
    } else if (child.nodeType === 1) repairTextNodes(child, repair);
  }
}

/** One walk over the content: the text, the link share and, optionally, text repair in place. */
export function collectText(root: Element, options: TextOptions = {}): CollectedText {
  const parts: string[] = [];
  let linkChars = 0;
  const repair = options.repair;
  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        let value = child.nodeValue ?? '';
        if (repair) {
          const repaired = repair(value);
          if (repaired !== value) child.nodeValue = value = repaired;
        }
        const text = value.replace(/[\s\uE000\uE001]+/g, ' ');
        if (inLink) linkChars += text.trim().length;
        parts.push(text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR') parts.push(LINE_BREAK);
      else if (SKIP.test(tag)) continue;
      else if (tag === 'PRE') {
        if (repair) repairTextNodes(child, repair);
        parts.push(BLOCK_BREAK, child.textContent ?? '', BLOCK_BREAK);
      } else if (BLOCK.test(tag)) {
        parts.push(BLOCK_BREAK);
        walk(child, inLink);
        parts.push(BLOCK_BREAK);
      } else {
        if (CELL.test(tag)) parts.push(' ');
        walk(child, inLink || tag === 'A');
      }
    }
  };
  walk(root, false);
  const text = parts
    .join('')
    .replace(BREAKS, (m) => (m.includes(BLOCK_BREAK) ? '\n\n' : '\n'))
    .trim();
  return { text, linkChars };
}

export function articleText(root: Element): string {
  return collectText(root).text;
}
