/**
 * Chosen routes on the compass radar: where their markers sit, how each status is drawn, and how the
 * keyboard moves between points and routes. Pure; the React side is in ./radarRoutes.
 */
import type { Lang, NeedleId, RouteId } from '@shared/kernel/compass/model';
import { dimensionById, routeById } from '@shared/kernel/compass/content';
import type { RouteStatus } from '@shared/features/plan/schemas';
import { movePoint, polar, sectorAngles, type ActivePoint, type PlacedPoint, type Point, type RadarSector, type Spoke } from './radarGeometry';

/** One chosen route to show on the radar. */
export interface RadarRoute {
  readonly route: RouteId;
  readonly status: RouteStatus;
  /** The route's name in the chart's language; empty → the content model's name. */
  readonly label: string;
}

export interface PlacedRoute extends Point {
  readonly key: string;
  readonly route: RouteId;
  readonly status: RouteStatus;
  readonly label: string;
  readonly angle: number;
}

export const routeKey = (route: RouteId): string => `route:${route}`;

/**
 * A route's fixed place in its dimension's sector: the dimension's first route at ⅜ of the sector,
 * its second at ⅝, between the two needles' spokes, so a marker never moves when the other route of
 * the dimension is added or removed. Routes outside the given sectors, or given twice, are left out.
 */
export function placeRoutes(
  routes: readonly RadarRoute[],
  sectors: readonly RadarSector[],
  radius: number,
  lang: Lang,
): PlacedRoute[] {
  const seen = new Set<RouteId>();
  const placed: PlacedRoute[] = [];
  for (const r of routes) {
    if (seen.has(r.route)) continue;
    seen.add(r.route);
    const route = routeById(r.route);
    const sectorIndex = sectors.findIndex((s) => s.dimension === route.dimension);
    if (sectorIndex < 0) continue;
    const slot = Math.max(0, dimensionById(route.dimension).routes.indexOf(r.route));
    const { startAngle, endAngle } = sectorAngles(sectorIndex, sectors.length);
    const angle = startAngle + ((endAngle - startAngle) * (3 + 2 * slot)) / 8;
    const label = r.label.trim() !== '' ? r.label : route.name[lang];
    placed.push({ key: routeKey(r.route), route: r.route, status: r.status, label, angle, ...polar(angle, radius) });
  }
  return placed.sort((a, b) => a.angle - b.angle);
}

// ---------------------------------------------------------------------------------------------
// Visual encoding of a status: never colour alone (outline, fill, check mark, strike-through).

export interface RouteStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
  /** SVG stroke-dasharray of the outline; undefined = solid. */
  readonly dash: string | undefined;
  readonly check: boolean;
  readonly strike: boolean;
}

/** Teal: ≥ 4.5:1 against white and the sector tints; grey for stopped routes. */
export const ROUTE_COLOR = '#00695c';
export const ROUTE_STOPPED = '#6f6f6f';

export const ROUTE_STYLES: Readonly<Record<RouteStatus, RouteStyle>> = {
  gepland: { fill: '#ffffff', stroke: ROUTE_COLOR, text: ROUTE_COLOR, dash: '3 2', check: false, strike: false },
  onderweg: { fill: ROUTE_COLOR, stroke: ROUTE_COLOR, text: '#ffffff', dash: undefined, check: false, strike: false },
  afgerond: { fill: ROUTE_COLOR, stroke: ROUTE_COLOR, text: '#ffffff', dash: undefined, check: true, strike: false },
  gestopt: { fill: '#f3f3f3', stroke: ROUTE_STOPPED, text: '#595959', dash: undefined, check: false, strike: true },
};

// ---------------------------------------------------------------------------------------------
// Keyboard: the routes are one more row after the series, clockwise like the points.

/** The element that has the chart's one tab stop: a point (series × needle) or a route marker. */
export type RadarFocus = ActivePoint | { readonly route: RouteId };

export function isRouteFocus(f: RadarFocus): f is { readonly route: RouteId } {
  return 'route' in f;
}

export interface FocusGrid {
  /** Per series, the needles that have a point, clockwise. */
  readonly rows: readonly (readonly NeedleId[])[];
  readonly spokes: readonly Spoke[];
  readonly routes: readonly PlacedRoute[];
}

const TAU = 2 * Math.PI;
function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % TAU;
  return Math.min(d, TAU - d);
}

function nearest<T>(items: readonly T[], angleOf: (t: T) => number, angle: number): T | undefined {
  return items.reduce<T | undefined>((best, t) => (best === undefined || angularDistance(angleOf(t), angle) < angularDistance(angleOf(best), angle) ? t : best), undefined);
}

/**
 * Keyboard move over points and routes. Within the points: as `movePoint`. From the last series with
 * points, ArrowDown goes to the nearest route (ArrowUp from the first likewise); within the routes,
 * ArrowLeft/Right/Home/End go round them; ArrowDown/Up leave them for the first/last series.
 */
export function moveRadarFocus(grid: FocusGrid, from: RadarFocus, key: string): RadarFocus | null {
  const { rows, spokes, routes } = grid;
  const spokeAngle = (n: NeedleId) => spokes.find((s) => s.needle === n)?.angle ?? 0;
  const pointNear = (seriesIndex: number, angle: number): ActivePoint | null => {
    const needle = nearest(rows[seriesIndex] ?? [], spokeAngle, angle);
    return needle === undefined ? null : { seriesIndex, needle };
  };
  const vertical = key === 'ArrowDown' || key === 'ArrowUp';
  const step = key === 'ArrowDown' ? 1 : -1;

  if (!isRouteFocus(from)) {
    if (!vertical || routes.length === 0) return movePoint(rows, spokes.map((s) => s.needle), from, key);
    for (let s = from.seriesIndex + step; s >= 0 && s < rows.length; s += step) {
      const p = pointNear(s, spokeAngle(from.needle));
      if (p) return p;
    }
    const r = nearest(routes, (x) => x.angle, spokeAngle(from.needle));
    return r ? { route: r.route } : null;
  }

  const i = routes.findIndex((r) => r.route === from.route);
  const at = (j: number) => {
    const r = routes[(j + routes.length) % routes.length];
    return r ? { route: r.route } : null;
  };
  if (key === 'ArrowRight') return at(i + 1);
  if (key === 'ArrowLeft') return at(i - 1);
  if (key === 'Home') return at(0);
  if (key === 'End') return at(routes.length - 1);
  if (!vertical) return null;
  const angle = routes[i]?.angle ?? 0;
  for (let k = 0; k < rows.length; k += 1) {
    const p = pointNear(step === 1 ? k : rows.length - 1 - k, angle);
    if (p) return p;
  }
  return null;
}

/** The focus an element key stands for (points `s:n`, routes `route:x`), if it is on the chart. */
export function focusOfKey(key: string, points: ReadonlyMap<string, PlacedPoint>, routes: ReadonlyMap<string, PlacedRoute>): RadarFocus | null {
  const p = points.get(key);
  if (p) return { seriesIndex: p.seriesIndex, needle: p.needle };
  const r = routes.get(key);
  return r ? { route: r.route } : null;
}
