import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  /** Shown instead of the label; the label stays as the accessible name. */
  content?: ComponentChildren;
  class?: string;
}

/** A row of toggle buttons, one pressed: for theme, font, width and spacing. */
export function Segmented<T extends string | number>({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: ReadonlyArray<Choice<T>>;
  value: T;
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <fieldset class="pref">
      <legend class="pref-label" id={id}>
        {label}
      </legend>
      <div class="segmented">
        {choices.map((choice) => (
          <button
            key={String(choice.value)}
            type="button"
            class={`segment ${choice.class ?? ''}`}
            aria-pressed={choice.value === value}
            aria-label={choice.content ? choice.label : undefined}
            title={choice.content ? choice.label : undefined}
            onClick={() => onChange(choice.value)}
          >
            {choice.content ?? choice.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
