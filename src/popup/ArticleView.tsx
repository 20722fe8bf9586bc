import type { Article } from '../core/article.ts';
import { ArticleContent } from './components/ArticleContent.tsx';
import { ArticleHeader } from './components/ArticleHeader.tsx';
import { LeadImage } from './components/LeadImage.tsx';
import { type PageActions, type PutBackActions, RemovedAppeals } from './components/RemovedAppeals.tsx';

/** Renders an Article: header, the list of removed appeals, lead image, then the body. */
export function ArticleView({
  article,
  pageActions,
  putBack,
}: {
  article: Article;
  pageActions?: PageActions;
  putBack?: PutBackActions;
}) {
  return (
    <article class="reader" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
      <ArticleHeader article={article} />
      <RemovedAppeals removed={article.removed} actions={pageActions} putBack={putBack} />
      <LeadImage article={article} />
      <ArticleContent
        html={article.contentHtml}
        title={article.title}
        byline={article.byline}
        putBack={putBack?.kept.at(-1)?.text.split('\n')[0]}
      />
    </article>
  );
}
