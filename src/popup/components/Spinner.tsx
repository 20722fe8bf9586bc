import { t } from '../../shared/i18n.ts';
import { useDelayed } from '../hooks/use-delayed.ts';

/** The loading state: an empty page at first, a quiet spinner only if reading takes a while. */
export function LoadingView({ delayMs }: { delayMs?: number }) {
  const visible = useDelayed(delayMs);
  return (
    <main class="loading" aria-busy="true">
      <p role="status" class={visible ? 'spinner visible' : 'spinner'}>
        <span class="spinner-ring" aria-hidden="true" />
        <span class={visible ? 'spinner-label' : 'visually-hidden'}>{t('loading')}</span>
      </p>
    </main>
  );
}
