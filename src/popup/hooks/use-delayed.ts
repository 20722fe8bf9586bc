import { useEffect, useState } from 'preact/hooks';

/** Spinners that flash for a few milliseconds are noise: show one only after this long. */
export const DEFAULT_SPINNER_DELAY_MS = 150;

/** True once `ms` have passed since the component mounted. */
export function useDelayed(ms = DEFAULT_SPINNER_DELAY_MS): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return passed;
}
