import { useLayoutEffect } from 'preact/hooks';

export const PAINT_MARK = 'lectern-painted';

/**
 * Once `painted` turns true, marks the first frame after it (performance mark `lectern-painted`,
 * and `data-painted-ms` on <html> with the time since navigation start) for the UI benchmark.
 */
export function usePaintMark(painted: boolean): void {
  useLayoutEffect(() => {
    if (!painted) return;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (performance.getEntriesByName(PAINT_MARK).length > 0) return;
        const mark = performance.mark(PAINT_MARK);
        document.documentElement.dataset.paintedMs = mark.startTime.toFixed(1);
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [painted]);
}
