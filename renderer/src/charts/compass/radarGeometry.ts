/**
 * Pure geometry of the compass radar. D3 does the maths; React renders the SVG.
 *
 * Angle convention (same as d3-shape's arc and lineRadial): radians, 0 at twelve o'clock, growing
 * clockwise. Cartesian coordinates are relative to the chart centre, with y pointing down (SVG).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import {
  arc,
  curveLinear,
  curveLinearClosed,
  line,
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import { DIMENSION_IDS, NEEDLE_IDS, type DimensionId, type NeedleId } from '@shared/kernel/compass/model';
import { DIMENSIONS } from '@shared/kernel/compass/content';

/** Scale of a needle score. 0 is the centre; the rings mark 1 … 5. */
export const SCALE_MIN = 0;
export const SCALE_MAX = 5;
export const RING_VALUES = [1, 2, 3, 4, 5] as const;

const TAU = 2 * Math.PI;

/** One dimension sector and the needles it holds, in clockwise order. */
export interface RadarSector {
  readonly dimension: DimensionId;
  readonly needles: readonly NeedleId[];
}

/** I … V, each with its two needles (1–2, 3–4, …), as in the content model. */
export const DEFAULT_SECTORS: readonly RadarSector[] = DIMENSION_IDS.map((dimension, i) => ({
  dimension,
  needles: NEEDLE_IDS.slice(2 * i, 2 * i + 2),
}));

export interface SectorAngles {
  readonly startAngle: number;
  readonly endAngle: number;
  readonly midAngle: number;
}

export interface Spoke {
  readonly needle: NeedleId;
  readonly dimension: DimensionId;
  /** Position in clockwise order, 0-based. */
  readonly index: number;
  /** Index of the sector (dimension) it belongs to. */
  readonly sectorIndex: number;
  readonly angle: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Sector `index` of `count` equal sectors, the first starting at the top, going clockwise. */
export function sectorAngles(index: number, count: number = DEFAULT_SECTORS.length): SectorAngles {
  const span = TAU / count;
  const startAngle = index * span;
  return { startAngle, endAngle: startAngle + span, midAngle: startAngle + span / 2 };
}

/**
 * The spokes in clockwise order. Each sector is an equal slice of the circle (72° for five) and holds
 * its needles symmetrically: needle j of n sits at (j + ½)/n of the sector, so two needles sit at ¼
 * and ¾ of it (18° and 54° for dimension I) and all spokes end up evenly spaced.
 */
export function spokeLayout(sectors: readonly RadarSector[] = DEFAULT_SECTORS): Spoke[] {
  const spokes: Spoke[] = [];
  sectors.forEach((sector, sectorIndex) => {
    const { startAngle, endAngle } = sectorAngles(sectorIndex, sectors.length);
    const n = sector.needles.length;
    sector.needles.forEach((needle, j) => {
      spokes.push({
        needle,
        dimension: sector.dimension,
        index: spokes.length,
        sectorIndex,
        angle: startAngle + ((endAngle - startAngle) * (j + 0.5)) / n,
      });
    });
  });
  return spokes;
}

/** Linear radius scale: 0 → centre, 5 → outer ring. Values outside 0–5 are clamped. */
export function radiusScale(outerRadius: number): ScaleLinear<number, number> {
  return scaleLinear().domain([SCALE_MIN, SCALE_MAX]).range([0, outerRadius]).clamp(true);
}

/** Polar to cartesian (relative to the centre, SVG y-down). */
export function polar(angle: number, radius: number): Point {
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}

/** A usable score: a finite number. null, undefined and NaN count as "no score". */
export function isScore(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Where a value sits on a spoke. */
export function pointPosition(angle: number, value: number, scale: ScaleLinear<number, number>): Point {
  return polar(angle, scale(value));
}

export interface SeriesPath {
  /** SVG path data, or null when no value is present. */
  readonly d: string | null;
  /** True when every spoke has a value: a closed polygon that may be filled. */
  readonly closed: boolean;
  /** Number of separate runs of consecutive values (a single point is a run of one). */
  readonly runs: number;
}

type Vertex = Point | null;

/**
 * The outline of one series. With all values present: a closed polygon. With gaps: only the segments
 * between neighbouring spokes that both have a value, never a line across a gap; the run that wraps
 * from the last spoke to the first is kept in one piece.
 */
export function seriesPath(
  spokes: readonly Spoke[],
  values: Partial<Record<NeedleId, number | null>>,
  scale: ScaleLinear<number, number>,
): SeriesPath {
  const vertices: Vertex[] = spokes.map((s) => {
    const v = values[s.needle];
    return isScore(v) ? pointPosition(s.angle, v, scale) : null;
  });
  const present = vertices.filter((v) => v !== null).length;
  if (present === 0) return { d: null, closed: false, runs: 0 };

  if (present === vertices.length) {
    const closedLine = line<Vertex>()
      .x((p) => p?.x ?? 0)
      .y((p) => p?.y ?? 0)
      .curve(curveLinearClosed);
    return { d: closedLine(vertices), closed: true, runs: 1 };
  }

  // Start right after a gap, so that a run crossing the end of the list stays contiguous.
  const firstGap = vertices.indexOf(null);
  const n = vertices.length;
  const rotated = vertices.map((_, i) => vertices[(firstGap + 1 + i) % n] ?? null);
  let runs = 0;
  rotated.forEach((v, i) => {
    if (v !== null && (i === 0 || rotated[i - 1] === null)) runs += 1;
  });
  const openLine = line<Vertex>()
    .defined((p) => p !== null)
    .x((p) => p?.x ?? 0)
    .y((p) => p?.y ?? 0)
    .curve(curveLinear);
  return { d: openLine(rotated), closed: false, runs };
}

/** A pie slice (or ring slice) between two angles. */
export function sectorArcPath(
  startAngle: number,
  endAngle: number,
  innerRadius: number,
  outerRadius: number,
): string {
  return (
    arc<unknown>()
      .innerRadius(innerRadius)
      .outerRadius(outerRadius)
      .startAngle(startAngle)
      .endAngle(endAngle)(null) ?? ''
  );
}

export type TextAnchor = 'start' | 'middle' | 'end';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface LabelAnchor extends Point {
  readonly textAnchor: TextAnchor;
  /** Where the anchor sits relative to the text block: text above it ('bottom'), below ('top'), around. */
  readonly verticalAlign: VerticalAlign;
}

/**
 * Anchor for a label placed outside the circle at `angle`: the text grows away from the chart, so
 * labels on the right start at the anchor, on the left end there, at the top sit above it.
 * `horizontal` and `vertical` are the sine/cosine beyond which a label counts as beside/above/below.
 */
export function labelAnchor(angle: number, radius: number, horizontal = 0.3, vertical = 0.5): LabelAnchor {
  const { x, y } = polar(angle, radius);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const textAnchor: TextAnchor = sin > horizontal ? 'start' : sin < -horizontal ? 'end' : 'middle';
  const verticalAlign: VerticalAlign = cos > vertical ? 'bottom' : cos < -vertical ? 'top' : 'middle';
  return { x, y, textAnchor, verticalAlign };
}

/**
 * Vertical offsets (in line heights, for `dy` in em) of the lines of a label block so that the block
 * sits as `verticalAlign` says around its anchor. Returns the offset of the first line.
 */
export function firstLineOffset(lineCount: number, verticalAlign: VerticalAlign): number {
  // 0.35em centres a single line of text on its baseline position.
  if (verticalAlign === 'top') return 0.8;
  if (verticalAlign === 'bottom') return -(lineCount - 1) - 0.2;
  return 0.35 - (lineCount - 1) / 2;
}

/**
 * Greedy word wrap for SVG labels. Breaks at spaces and after hyphens ("Politiek-" / "ambtelijk");
 * a single word longer than `maxChars` gets a line of its own.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const tokens = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=-)(?=.)/))
    .filter((t) => t.length > 0);
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current === '') {
      current = token;
      continue;
    }
    const joiner = current.endsWith('-') ? '' : ' ';
    if ((current + joiner + token).length <= maxChars) current += joiner + token;
    else {
      lines.push(current);
      current = token;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

export interface LabelLine {
  /** Bold lead word (the Roman numeral) on the first line, else ''. */
  readonly head: string;
  readonly rest: string;
  /** Word spaces that keep the lines apart for screen readers, on the side that does not move the
   * anchored edge; none after a hyphen break. */
  readonly before: string;
  readonly after: string;
}

/** `wrapLabel` plus the parts a multi-line SVG label renders per line (see LabelLine). */
export function labelLines(text: string, maxChars: number, textAnchor: TextAnchor): LabelLine[] {
  const lines = wrapLabel(text, maxChars);
  return lines.map((ln, j) => {
    const [head = '', ...words] = j === 0 ? ln.split(' ') : ['', ln];
    const rest = (j === 0 && words.length > 0 ? ' ' : '') + words.join(' ');
    const spaced = (prev: string | undefined) => prev !== undefined && !prev.endsWith('-');
    return {
      head,
      rest,
      before: textAnchor === 'end' && spaced(lines[j - 1]) ? ' ' : '',
      after: textAnchor !== 'end' && j < lines.length - 1 && spaced(ln) ? ' ' : '',
    };
  });
}

/** A point of one series on one spoke. */
export interface PlacedPoint extends Point {
  readonly key: string;
  readonly seriesIndex: number;
  readonly needle: NeedleId;
  readonly value: number;
}

export const pointKey = (seriesIndex: number, needle: NeedleId): string => `${seriesIndex}:${needle}`;

/** The points of each series, clockwise, leaving out needles without a score. */
export function placePoints(
  series: readonly { readonly values: Partial<Record<NeedleId, number | null>> }[],
  spokes: readonly Spoke[],
  scale: ScaleLinear<number, number>,
): PlacedPoint[][] {
  return series.map((s, seriesIndex) =>
    spokes.flatMap((sp): PlacedPoint[] => {
      const value = s.values[sp.needle];
      if (!isScore(value)) return [];
      const { x, y } = pointPosition(sp.angle, value, scale);
      return [{ key: pointKey(seriesIndex, sp.needle), seriesIndex, needle: sp.needle, value, x, y }];
    }),
  );
}

/** The point that has the keyboard focus: a series (by index) and a needle. */
export interface ActivePoint {
  readonly seriesIndex: number;
  readonly needle: NeedleId;
}

/**
 * Keyboard move over the grid of series × needles; each row lists the needles that have a point, in
 * clockwise order. ArrowRight/ArrowLeft: next/previous needle (wrapping); Home/End: first/last;
 * ArrowDown/ArrowUp: next/previous series that has points (wrapping), same needle or the nearest one.
 * Returns null for other keys or when there is nowhere to go.
 */
export function movePoint(
  rows: readonly (readonly NeedleId[])[],
  spokeOrder: readonly NeedleId[],
  from: ActivePoint,
  key: string,
): ActivePoint | null {
  const row = rows[from.seriesIndex] ?? [];
  const i = row.indexOf(from.needle);
  const at = (j: number): ActivePoint | null => {
    const needle = row[(j + row.length) % row.length];
    return needle === undefined ? null : { seriesIndex: from.seriesIndex, needle };
  };
  if (key === 'ArrowRight') return at(i + 1);
  if (key === 'ArrowLeft') return at(i - 1);
  if (key === 'Home') return at(0);
  if (key === 'End') return at(row.length - 1);
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  const step = key === 'ArrowDown' ? 1 : -1;
  const n = spokeOrder.length;
  const pos = spokeOrder.indexOf(from.needle);
  for (let k = 1; k < rows.length; k += 1) {
    const s = (((from.seriesIndex + step * k) % rows.length) + rows.length) % rows.length;
    const candidates = rows[s] ?? [];
    if (candidates.length === 0) continue;
    // Same needle if it has a point there, otherwise the nearest one around the circle.
    const dist = (nd: NeedleId) => {
      const d = Math.abs(spokeOrder.indexOf(nd) - pos);
      return Math.min(d, n - d);
    };
    const best = candidates.reduce((a, b) => (dist(b) < dist(a) ? b : a));
    return { seriesIndex: s, needle: best };
  }
  return null;
}


// ---------------------------------------------------------------------------------------------
// Visual encoding of the series (pure data, so the SVG can carry it as presentation attributes).

export type SeriesKind = 'current' | 'target' | 'others' | 'earlier';

export interface SeriesStyle {
  readonly color: string;
  /** SVG stroke-dasharray; undefined = solid. */
  readonly dash: string | undefined;
  readonly strokeWidth: number;
  readonly symbol: SymbolType;
  /** Point markers: filled with the series colour, or white with a coloured outline. */
  readonly hollow: boolean;
  /** Area fill opacity when the polygon is complete (0 = no fill). */
  readonly fillOpacity: number;
  /** Stacking: higher is drawn on top. */
  readonly z: number;
}

/** All colours ≥ 3:1 against white and against the sector tints (WCAG 1.4.11). */
export const SERIES_STYLES: Readonly<Record<SeriesKind, SeriesStyle>> = {
  current: { color: '#1f4e79', dash: undefined, strokeWidth: 2.5, symbol: symbolCircle, hollow: false, fillOpacity: 0.16, z: 4 },
  target: { color: '#c05400', dash: '8 5', strokeWidth: 2.5, symbol: symbolSquare, hollow: true, fillOpacity: 0, z: 3 },
  others: { color: '#7b2d83', dash: '1 5', strokeWidth: 2.5, symbol: symbolTriangle, hollow: false, fillOpacity: 0, z: 2 },
  earlier: { color: '#6f6f6f', dash: '10 4 2 4', strokeWidth: 2, symbol: symbolDiamond, hollow: true, fillOpacity: 0, z: 1 },
};

export const SYSTEM_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Path data of a series' point marker, centred on 0,0. */
export function markerPath(kind: SeriesKind, area: number): string {
  return symbol(SERIES_STYLES[kind].symbol, area)() ?? '';
}

/** The sectors as the content model defines them: I … V with their needles. */
export function contentSectors(): RadarSector[] {
  return [...DIMENSIONS].sort((a, b) => a.order - b.order).map((d) => ({ dimension: d.id, needles: d.needles }));
}

/** Radians to degrees, for tests and transforms. */
export function toDegrees(angle: number): number {
  return (angle * 180) / Math.PI;
}
