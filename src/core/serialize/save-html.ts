import type { Article } from '../article.ts';
import { sanitizeHtml } from '../clean/sanitize-html.ts';
import { inertDocument } from './inert-document.ts';
import { type EmbedOptions, type EmbedReport, embedImages, type ImageFetcher, type ImageFile, imagesBeside } from './embed-images.ts';
import { articleToHtml } from './to-html.ts';
import { articleToMarkdown, type MarkdownOptions } from './to-markdown.ts';

/**
 * Article HTML with its images inside (embed-images.ts). `doc` is any document whose window can run
 * the sanitiser (the view's own, the page's in a content script, a jsdom one); the HTML is worked on
 * in an inert document made from it, so no image loads meanwhile, and is sanitised again after.
 */
export async function embedArticleImages(
  contentHtml: string,
  doc: Document,
  fetchImage: ImageFetcher,
  options: EmbedOptions = {},
): Promise<{ contentHtml: string; report: EmbedReport }> {
  const inert = inertDocument(contentHtml, doc);
  const report = await embedImages(inert.body, fetchImage, options);
  return { contentHtml: sanitizeHtml(inert.body.innerHTML, doc), report };
}

/** The saved HTML file with its images inside, and what happened to each image. */
export async function articleToHtmlWithImages(
  article: Article,
  doc: Document,
  fetchImage: ImageFetcher,
  options: EmbedOptions = {},
): Promise<{ html: string; report: EmbedReport }> {
  const { contentHtml, report } = await embedArticleImages(article.contentHtml, doc, fetchImage, options);
  return { html: articleToHtml({ ...article, contentHtml }), report };
}

/** The folder beside a saved file that holds its images: `Headline - Site.md` → `Headline - Site_files`. */
export const imagesFolderFor = (filename: string) => `${filename.replace(/\.[^.]*$/, '')}_files`;

/**
 * The Markdown copy with its images as files beside it (embed-images.ts `imagesBeside`): the image
 * links point into `folder`, and `files` are what to write there. Images left out keep their
 * address, after a note saying why.
 */
export async function articleToMarkdownWithImages(
  article: Article,
  doc: Document,
  fetchImage: ImageFetcher,
  folder: string,
  options: EmbedOptions & MarkdownOptions = {},
): Promise<{ markdown: string; files: ImageFile[]; report: EmbedReport }> {
  const inert = inertDocument(article.contentHtml, doc);
  const { report, files } = await imagesBeside(inert.body, fetchImage, folder, options);
  const contentHtml = sanitizeHtml(inert.body.innerHTML, doc);
  return { markdown: articleToMarkdown({ ...article, contentHtml }, options), files, report };
}
