/** Stepping through the slides with the keyboard: which key goes where. */

/** Keys that step forward and back, as `KeyboardEvent.key` names them (' ' is the space bar). */
const FORWARD: ReadonlySet<string> = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK: ReadonlySet<string> = new Set(['ArrowLeft', 'PageUp']);

/** Keeps a slide index inside a list of `count` slides. */
export function clampSlide(index: number, count: number): number {
  return count === 0 ? 0 : Math.min(Math.max(index, 0), count - 1);
}

/**
 * The slide a key leads to from `index`, or null when the key does not step (the page keeps it).
 * Stepping stops at the first and the last slide; it does not wrap around.
 */
export function slideForKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (FORWARD.has(key)) return clampSlide(index + 1, count);
  if (BACK.has(key)) return clampSlide(index - 1, count);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
