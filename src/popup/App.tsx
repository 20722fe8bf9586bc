import { useEffect, useState } from 'preact/hooks';
import type { ReadResult } from '../core/article.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { hiddenCategoriesFor } from '../shared/settings.ts';
import { ArticleView } from './ArticleView.tsx';
import { readTab, targetTabId } from './read-tab.ts';

type State = { kind: 'loading' } | { kind: 'done'; result: ReadResult } | { kind: 'failed'; message: string };

export function App({ search }: { search: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    (async () => {
      const tabId = await targetTabId(search);
      if (tabId === null) throw new Error('There is no tab to read.');
      const settings = await loadSettings();
      return readTab(tabId, hiddenCategoriesFor(settings, ''));
    })().then(
      (result) => setState({ kind: 'done', result }),
      (error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [search]);

  if (state.kind === 'loading') return <p class="status" role="status">Reading…</p>;
  if (state.kind === 'failed') return <p class="status error" role="alert">{state.message}</p>;
  if (!state.result.ok) return <p class="status" role="alert">{state.result.message}</p>;
  return <ArticleView article={state.result.article} />;
}
