/** The formats a clean copy can be saved in, and the MIME type each file is written with. */
export const SAVE_FORMATS = ['html', 'markdown', 'text'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

export const MIME_TYPES = {
  html: 'text/html;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  text: 'text/plain;charset=utf-8',
} as const satisfies Record<SaveFormat, string>;

export type SaveMime = (typeof MIME_TYPES)[SaveFormat];
/**
 * Every MIME type a saved file may have (what the background accepts in `save-file`). Marked pure so
 * that a script which checks no `save-file` message (the reading script) does not carry it.
 */
export const SAVE_MIMES: readonly SaveMime[] = /* @__PURE__ */ Object.values(MIME_TYPES);
