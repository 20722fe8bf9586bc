import type { Article } from '../article.ts';
import { sanitizeHtml } from '../clean/sanitize-html.ts';
import { type EmbedOptions, type EmbedReport, embedImages, type ImageFetcher, imageOrigins } from './embed-images.ts';
import { articleToHtml } from './to-html.ts';

/**
 * The saved HTML with its images inside. `doc` is any document whose window can run the sanitiser
 * (the view's own, or a jsdom one); the content is worked on in an inert document made from it, so
 * no image loads while it is being embedded. The result is sanitised again before it is written.
 */
export async function articleToHtmlWithImages(
  article: Article,
  doc: Document,
  fetchImage: ImageFetcher,
  options: EmbedOptions = {},
): Promise<{ html: string; report: EmbedReport }> {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = article.contentHtml;
  const report = await embedImages(inert.body, fetchImage, options);
  const contentHtml = sanitizeHtml(inert.body.innerHTML, doc);
  return { html: articleToHtml({ ...article, contentHtml }), report };
}

/** The origins the article's images come from (to ask for host access before saving). */
export function articleImageOrigins(article: Article, doc: Document): string[] {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = article.contentHtml;
  return imageOrigins(inert.body);
}
