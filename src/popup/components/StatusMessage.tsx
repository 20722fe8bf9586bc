import type { ComponentChildren } from 'preact';

/**
 * A state the view explains instead of an article: a heading, a sentence, and what the user can do.
 * role=alert so screen readers announce it (and the e2e harness finds it).
 */
export function StatusMessage({
  title,
  children,
  actions,
  busy = false,
}: {
  title: string;
  children?: ComponentChildren;
  actions?: ComponentChildren;
  busy?: boolean;
}) {
  return (
    <main class="status-view">
      <section class="status" role="alert" aria-busy={busy ? 'true' : undefined}>
        <h1 class="status-title">{title}</h1>
        {children}
        {actions && <div class="status-actions">{actions}</div>}
      </section>
    </main>
  );
}
