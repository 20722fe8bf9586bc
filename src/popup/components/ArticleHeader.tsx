import { Fragment } from 'preact';
import type { Article } from '../../core/article.ts';
import { displayHost, formatDate } from '../format.ts';
import { t, uiLanguage } from '../../shared/i18n.ts';

/** Site, title, then byline · date · reading time on one quiet line. */
export function ArticleHeader({ article }: { article: Article }) {
  const site = article.siteName ?? displayHost(article.url);
  const date = formatDate(article.publishedTime, article.lang ?? uiLanguage());
  const byline = article.byline && article.byline.toLowerCase() !== site?.toLowerCase() ? article.byline : null;
  const meta = [byline, date, t('readingTime', article.readingMinutes)].filter(Boolean);
  return (
    <header class="article-header">
      {site && (
        <p class="site">
          <a href={article.url} target="_blank" rel="noopener noreferrer" title={t('originalLink')}>
            {site}
          </a>
        </p>
      )}
      <h1 class="title">{article.title}</h1>
      <p class="meta">
        {meta.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && (
              <span class="meta-sep" aria-hidden="true">
                ·
              </span>
            )}
            <bdi class="meta-part">{part}</bdi>
          </Fragment>
        ))}
      </p>
    </header>
  );
}
