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

export function articleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child.nodeValue ?? '').replace(/[\s\uE000\uE001]+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR') parts.push(LINE_BREAK);
      else if (SKIP.test(tag)) continue;
      else if (tag === 'PRE') parts.push(BLOCK_BREAK, child.textContent ?? '', BLOCK_BREAK);
      else if (BLOCK.test(tag)) {
        parts.push(BLOCK_BREAK);
        walk(child);
        parts.push(BLOCK_BREAK);
      } else {
        if (CELL.test(tag)) parts.push(' ');
        walk(child);
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(BREAKS, (m) => (m.includes(BLOCK_BREAK) ? '\n\n' : '\n'))
    .trim();
}
