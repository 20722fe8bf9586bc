import { useEffect } from 'preact/hooks';

export interface ReadingKeys {
  larger(): void;
  smaller(): void;
  escape(): void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Keyboard: + / = larger text, - smaller, Esc. Ignored while typing or with Ctrl/Cmd/Alt held. */
export function useReadingKeys(keys: ReadingKeys): void {
  useEffect(() => {
    const controller = new AbortController();
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          keys.escape();
          return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
        if (event.key === '+' || event.key === '=') {
          event.preventDefault();
          keys.larger();
        } else if (event.key === '-' || event.key === '_') {
          event.preventDefault();
          keys.smaller();
        }
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [keys]);
}
