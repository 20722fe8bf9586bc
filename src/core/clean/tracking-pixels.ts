/** Removes tracking pixels: 1×1-style images and images from known analytics beacons. */

/** Images this small (by their width/height attributes) show nothing to a reader. */
export const DEFAULT_MAX_PIXEL_SIZE = 2;

const TRACKER =
  /\/\/(?:[^/]*\.)?(?:doubleclick\.net|google-analytics\.com|googletagmanager\.com|scorecardresearch\.com|quantserve\.com|facebook\.com\/tr|pixel\.wp\.com|stats\.wp\.com|feeds\.feedburner\.com\/~r|sb\.scorecardresearch\.com|bat\.bing\.com|analytics\.twitter\.com|ad\.doubleclick\.net|pixel\.quantserve\.com|mc\.yandex\.ru|counter\.yadro\.ru|top-fwz1\.mail\.ru|b\.scorecardresearch\.com)|[/?](?:pixel|beacon|tracking|track)\.(?:gif|png|php)\b/i;

function tiny(img: Element, name: 'width' | 'height'): boolean {
  const value = img.getAttribute(name);
  return value !== null && /^\s*\d+(?:px)?\s*$/.test(value) && Number.parseInt(value, 10) <= DEFAULT_MAX_PIXEL_SIZE;
}

export function isTrackingPixel(img: Element): boolean {
  if (tiny(img, 'width') && tiny(img, 'height')) return true;
  return TRACKER.test(img.getAttribute('src') ?? '');
}

export function removeTrackingPixels(root: Element): number {
  let removed = 0;
  for (const img of [...root.getElementsByTagName('img')]) {
    if (isTrackingPixel(img)) {
      img.remove();
      removed++;
    }
  }
  return removed;
}
