import type { Article } from '../article.ts';
import { articleHeaderLines } from './header.ts';

/**
 * The saved file's CSP: no script, no network at all. Images are inside the file as `data:` URIs
 * (embed-images.ts); anything else that names a URL is blocked before it is requested.
 */
export const SAVED_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * A standalone HTML file that opens offline: inline styles, no external scripts or styles, and a
 * CSP that forbids any script and any request even if one slipped through. The content is already
 * sanitised; `<base>` never comes in (the sanitiser forbids it and the header is written here).
 */
export function articleToHtml(article: Article): string {
  const lang = article.lang ? ` lang="${escapeAttr(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  const header = articleHeaderLines(article)
    .map((line) => `<p class="meta">${escapeText(line)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SAVED_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lectern">
<title>${escapeText(article.title)}</title>
<style>${SAVED_CSS}</style>
</head>
<body>
<article>
<header>
<h1>${escapeText(article.title)}</h1>
${header}
<p class="meta source"><a href="${escapeAttr(article.url)}">${escapeText(article.url)}</a></p>
</header>
${article.contentHtml}
</article>
</body>
</html>
`;
}

const SAVED_CSS = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 68ch; padding: 2rem 1.25rem 4rem; font: 19px/1.6 Georgia, "Times New Roman", serif; color: #1f1f1f; background: #fdfdfb; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) { body { color: #e6e6e6; background: #161616; } a { color: #8ab4f8; } }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
.meta { font: 14px/1.4 system-ui, sans-serif; color: #666; margin: .2rem 0; }
.source a { color: inherit; word-break: break-all; }
header { margin-bottom: 2rem; border-bottom: 1px solid #ccc5; padding-bottom: 1rem; }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; } figcaption { font-size: .85em; color: #666; }
.image-note, .media-note { display: block; font: 14px/1.4 system-ui, sans-serif; color: #666; border: 1px dashed #8886; padding: .5rem .75rem; margin: .5rem 0; overflow-wrap: anywhere; }
pre { overflow-x: auto; padding: .75rem; background: #8881; } code { font-size: .9em; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #8886; }
table { border-collapse: collapse; } td, th { border: 1px solid #8886; padding: .3rem .5rem; }
@media print { body { max-width: none; background: #fff; color: #000; } a { color: inherit; } img, figure, pre, table { break-inside: avoid; } h1, h2, h3 { break-after: avoid; } }
`.trim();

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
