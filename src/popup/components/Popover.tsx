import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/**
 * A toolbar button that opens a small panel below it. Esc or a click elsewhere closes it and
 * returns focus to the button; Esc does not reach the view (which would close the popup).
 */
export function Popover({
  label,
  buttonContent,
  children,
  class: className = '',
}: {
  label: string;
  buttonContent: ComponentChildren;
  children: (close: () => void) => ComponentChildren;
  class?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const { signal } = controller;
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
      },
      { signal },
    );
    wrapper.current?.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      },
      { signal },
    );
    return () => controller.abort();
  }, [open]);

  return (
    <div class={`popover ${className}`} ref={wrapper}>
      <button
        type="button"
        class="tool"
        ref={button}
        aria-expanded={open}
        aria-controls={id}
        title={label}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {buttonContent}
      </button>
      <div class="popover-panel" id={id} hidden={!open}>
        {open && children(close)}
      </div>
    </div>
  );
}
