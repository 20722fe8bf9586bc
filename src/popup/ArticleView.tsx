import type { Article } from '../core/article.ts';

/** Renders an Article; `contentHtml` is already sanitised by the core pipeline. */
export function ArticleView({ article }: { article: Article }) {
  return (
    <article class="reader" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header>
        {article.siteName && <p class="site">{article.siteName}</p>}
        <h1>{article.title}</h1>
        {article.byline && <p class="byline">{article.byline}</p>}
        <p class="meta">{article.readingMinutes} min read</p>
      </header>
      <div class="content" dangerouslySetInnerHTML={{ __html: article.contentHtml }} />
    </article>
  );
}
