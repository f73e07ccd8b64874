/**
 * The compass radar's layout in viewBox units (at the default size one unit is one CSS pixel), shared
 * by the live chart (CompassRadar) and the static SVG renderer (staticCompass) so both draw the same.
 */
export const VIEW_W = 520;
export const VIEW_H = 366;
export const CX = 260;
export const CY = 180;
export const R = 130;
export const NUMBER_R = R + 14;
export const LABEL_R = R + 30;
/** Characters per label line: narrow beside the circle, wider above and below it. */
export const LABEL_MAX_CHARS = { side: 14, other: 22 } as const;
export const MARKER_AREA = 64;
export const SECTOR_TINTS = ['#eaf1f8', '#eef5ec', '#f7f1e6', '#f2edf6', '#e9f4f4'] as const;
export const GRID = '#7d8287';
