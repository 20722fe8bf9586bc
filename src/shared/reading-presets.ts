import { LIMITS, type ReadingSettings } from './settings.ts';

/** Steps the size buttons and +/- keys move through, in px. */
export const FONT_SIZE_STEP = 1;

export const LINE_WIDTHS = [
  { value: 56, label: 'widthNarrow' },
  { value: 68, label: 'widthMedium' },
  { value: 84, label: 'widthWide' },
] as const;

export const LINE_HEIGHTS = [
  { value: 1.4, label: 'spacingTight' },
  { value: 1.6, label: 'spacingNormal' },
  { value: 1.85, label: 'spacingLoose' },
] as const;

export function stepFontSize(reading: ReadingSettings, direction: 1 | -1): ReadingSettings {
  const next = reading.fontSize + direction * FONT_SIZE_STEP;
  return { ...reading, fontSize: Math.min(LIMITS.fontSize.max, Math.max(LIMITS.fontSize.min, next)) };
}

/** The preset nearest to a stored value, so a hand-edited value still lights one button. */
export function nearest<T extends { value: number }>(presets: readonly T[], value: number): T {
  return presets.reduce((best, p) => (Math.abs(p.value - value) < Math.abs(best.value - value) ? p : best));
}
