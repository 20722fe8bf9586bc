import { ArticleView } from '../ArticleView.tsx';
import type { ViewState } from '../view-state.ts';
import type { PageActions, PutBackActions } from './RemovedAppeals.tsx';
import { PageTextView } from './PageTextView.tsx';
import { LoadingView } from './Spinner.tsx';
import { type StateActions, StateMessage } from './StateMessage.tsx';

/** What is below the toolbar for each state: the article, the page's text, a spinner or a message. */
export function ViewBody({
  state,
  pageActions,
  putBack,
  ...actions
}: { state: ViewState; pageActions?: PageActions; putBack?: PutBackActions } & StateActions) {
  switch (state.kind) {
    case 'loading':
      return <LoadingView />;
    case 'article':
      return (
        <main>
          <ArticleView article={state.article} pageActions={pageActions} putBack={putBack} />
        </main>
      );
    case 'page-text':
      return (
        <main>
          <PageTextView page={state.page} />
        </main>
      );
    default:
      return <StateMessage state={state} {...actions} />;
  }
}
