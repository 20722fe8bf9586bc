import type { Article } from '../article.ts';

/**
 * YAML front matter for the Markdown copy, the block note-taking tools and static site generators
 * read (Obsidian, Logseq, Hugo, Jekyll). Every value is a double-quoted YAML scalar with everything
 * that could end or bend it escaped, so no title (quotes, colons, `---`, newlines, `#`) can break
 * the block. Missing values are left out rather than written as empty strings.
 */
export function frontMatter(article: Article, savedAt: Date): string {
  const fields: Array<[string, string | null]> = [
    ['title', article.title],
    ['author', article.byline],
    ['source', article.url],
    ['site', article.siteName],
    ['published', article.publishedTime],
    ['saved', savedAt.toISOString()],
    ['language', article.lang],
    ['excerpt', article.excerpt],
  ];
  const lines = fields
    .filter((field): field is [string, string] => typeof field[1] === 'string' && field[1].trim() !== '')
    .map(([key, value]) => `${key}: ${yamlString(value.trim())}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * C0 and C1 controls, `<` (a Markdown renderer that allows raw HTML reads the front matter as text
 * and would start an element there; `\u003c` reads back as `<` in YAML), DEL, the Unicode line and paragraph separators, and the two non-characters. */
const mustEscape = (code: number) =>
  code === 0x3c ||
  code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfffe || code === 0xffff;

/**
 * A YAML double-quoted scalar on one line. Backslash, quote and line breaks get their short escapes;
 * characters YAML does not allow raw (controls, C1, U+2028/2029 which YAML 1.1 reads as line breaks,
 * U+FFFE/FFFF) and `<` become `\uXXXX`; a lone surrogate half, which no encoder can write, becomes U+FFFD.
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const char of value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')) {
    const short = SHORT_ESCAPES[char];
    if (short) out += short;
    else if (mustEscape(char.codePointAt(0) ?? 0)) {
      out += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}"`;
}
