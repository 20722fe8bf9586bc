import { t } from '../../shared/i18n.ts';
import type { PageText } from '../platform.ts';

/**
 * The page's raw text (or the user's selection) when no article was found: plain text split into
 * paragraphs, never HTML.
 */
export function PageTextView({ page }: { page: PageText }) {
  const paragraphs = page.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <article class="reader plain" dir="auto">
      <header class="article-header">
        <p class="site">{page.source === 'selection' ? t('selectionTitle') : t('pageTextTitle')}</p>
        <h1 class="title">{page.title}</h1>
      </header>
      <div class="content">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </article>
  );
}
