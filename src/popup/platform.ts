import type { AppealCategory, Article, ReadResult } from '../core/article.ts';
import type { SaveFormat } from '../core/serialize/formats.ts';
import type { Removals, Settings } from '../shared/settings.ts';

/** What a tab looks like to the view: enough to choose between reading it and explaining why not. */
export interface TabInfo {
  id: number;
  url: string | undefined;
  status: 'loading' | 'complete' | undefined;
}

export type { SaveFormat };
/**
 * What a save did beyond writing the file: the images put inside (HTML) or saved beside it
 * (Markdown, `beside`), or left as links.
 */
export interface SaveOutcome {
  images?: { embedded: number; left: number; declined: boolean; beside?: boolean };
}

export interface ImageLimits {
  maxImageBytes: number;
  maxTotalBytes: number;
}

/** How to save, from the settings: the image caps, and whether Markdown gets its images beside it. */
export interface SaveOptions extends Partial<ImageLimits> {
  markdownImages?: boolean;
}

/** What "Copy as …" puts on the clipboard. */
export type CopyFormat = 'markdown' | 'text';

/** Text taken straight from the page when there is no article: the selection if any, else the body. */
export interface PageText {
  source: 'selection' | 'page';
  title: string;
  text: string;
}

/** What to take out of the article (appeal categories, the page's clutter), and removals put back. */
export interface ReadRequest extends Removals {
  /** Excerpts of removals the reader put back. */
  keep?: string[];
}

/**
 * Everything the reading view needs from the browser, behind one small
 * interface. The extension passes the real implementation (platform-browser.ts); tests pass fakes,
 * so components never import webextension-polyfill.
 */
export interface Platform {
  /** The tab to read: `?tab=<id>` when given, else the active tab; null when there is none. */
  targetTab(search: string): Promise<TabInfo | null>;
  getTab(tabId: number): Promise<TabInfo | null>;
  /** The document's readyState in the tab (the tab's own status can lag behind it); null if unknown. */
  readyState(tabId: number): Promise<DocumentReadyState | null>;
  /** Injects the content script and asks it for the article; rejects when the page cannot be reached. */
  readArticle(tabId: number, request: ReadRequest): Promise<ReadResult>;
  pageText(tabId: number): Promise<PageText>;
  hideOnPage(tabId: number, hide: AppealCategory[], keep?: string[]): Promise<number>;
  restorePage(tabId: number): Promise<number>;
  reloadTab(tabId: number): Promise<void>;
  openReaderTab(tabId: number): Promise<void>;
  openOptions(): Promise<void>;
  /** `options`: the byte caps for images in the copy, and Markdown's images beside it (from the settings). */
  save(article: Article, format: SaveFormat, options?: SaveOptions): Promise<SaveOutcome>;
  /** Puts the clean copy on the clipboard (the click that asks is the user gesture it needs). */
  copy(article: Article, format: CopyFormat): Promise<void>;
  closeView(): void;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void;
}
