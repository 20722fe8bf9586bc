/**
 * How much a saved file takes in, by default: its own module so the settings schema (loaded up
 * front by every view) does not load the image embedding code for two numbers.
 */

/** One image larger than this is left as a link. */
export const DEFAULT_MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Once the embedded images reach this, the rest are left as links. */
export const DEFAULT_MAX_TOTAL_BYTES = 25 * 1024 * 1024;
