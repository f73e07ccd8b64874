/**
 * What a coachee can keep out of the presentation view. A hidden part is left out of the slides
 * themselves (see ./slides), so it never reaches the screen, not even as hidden markup.
 */

/**
 * - `target`, `others`, `earlier`: a series on the compass (the target, "alle anderen" of the
 *   latest closed 360 round, an earlier meetmoment). Hiding the target also leaves out the
 *   priorities, which are made of the targets.
 * - `reflections`: the meetmoment's reflections per dimension.
 * - `plan`: the routekaart, and its routes on the compass.
 * - `comments`: the verbatim comments of the 360 round.
 */
export const HIDEABLE_PARTS = ['target', 'others', 'earlier', 'reflections', 'plan', 'comments'] as const;
export type HideablePart = (typeof HIDEABLE_PARTS)[number];

export function isHideablePart(value: unknown): value is HideablePart {
  return typeof value === 'string' && (HIDEABLE_PARTS as readonly string[]).includes(value);
}

/** The set of hidden parts after ticking or unticking one, in the canonical order. */
export function toggleHidden(hidden: readonly HideablePart[], part: HideablePart, hide: boolean): HideablePart[] {
  return HIDEABLE_PARTS.filter((p) => (p === part ? hide : hidden.includes(p)));
}
