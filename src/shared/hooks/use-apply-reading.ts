import { useLayoutEffect } from 'preact/hooks';
import type { ReadingSettings } from '../settings.ts';

/**
 * Applies reading preferences to the document: the theme and font as data attributes the
 * stylesheet keys on (`data-print-links` when printing spells out link addresses), sizes as custom properties. Changes show at once, with no re-render of the article.
 */
export function useApplyReading(reading: ReadingSettings, root: HTMLElement = document.documentElement): void {
  useLayoutEffect(() => {
    root.dataset.theme = reading.theme;
    root.dataset.font = reading.font;
    root.style.setProperty('--font-size', `${reading.fontSize}px`);
    root.style.setProperty('--measure', `${reading.lineWidth}ch`);
    root.style.setProperty('--line-height', String(reading.lineHeight));
    root.toggleAttribute('data-print-links', reading.printLinks);
  }, [reading.theme, reading.font, reading.fontSize, reading.lineWidth, reading.lineHeight, reading.printLinks, root]);
}
