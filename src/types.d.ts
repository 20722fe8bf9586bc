declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
  export const tables: TurndownService.Plugin;
  export const strikethrough: TurndownService.Plugin;
}

declare module 'punycode.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}

/** tldts's own minified build (its trie once; the bundler's minifier copies the source's string per use). */
declare module 'tldts/dist/index.esm.min.js' {
  export * from 'tldts';
}
