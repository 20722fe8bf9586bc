import { useState } from 'preact/hooks';
import type { Article } from '../../core/article.ts';

/** True when the content does not already show the lead image (compared by file name). */
export function needsLeadImage(article: Pick<Article, 'leadImage' | 'contentHtml'>): boolean {
  if (!article.leadImage) return false;
  let file: string;
  try {
    file = new URL(article.leadImage).pathname.split('/').pop() ?? '';
  } catch {
    return false;
  }
  return file.length > 0 && !article.contentHtml.includes(file);
}

/** Images narrower than this are spacers or icons, not a lead photo. */
export const DEFAULT_MIN_LEAD_IMAGE_WIDTH = 200;

/** The article's lead image above the text; it removes itself if it fails to load or is tiny. */
export function LeadImage({ article }: { article: Article }) {
  const [failed, setFailed] = useState(false);
  if (failed || !needsLeadImage(article)) return null;
  return (
    <figure class="lead-image">
      <img src={article.leadImage!} alt="" decoding="async" onError={() => setFailed(true)}
        onLoad={(event) => {
          if (event.currentTarget.naturalWidth < DEFAULT_MIN_LEAD_IMAGE_WIDTH) setFailed(true);
        }}
      />
    </figure>
  );
}
