/**
 * Pure geometry of a needle's timeline chart. D3 does the maths (time and linear scales, lines);
 * React renders the SVG. Dates are calendar dates (`YYYY-MM-DD`), placed at UTC midnight.
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import type { Lang } from '@shared/kernel/compass/model';
import type { NeedleTimeline, TimelinePoint } from '@shared/features/history/history';

export const VIEW_W = 640;
export const VIEW_H = 280;
export const MARGIN = { top: 34, right: 24, bottom: 36, left: 44 } as const;
const DAY = 86_400_000;

/** A `YYYY-MM-DD` date as a Date at UTC midnight. */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/**
 * The time axis over [first, last] with some room on both sides, so no point sits on the frame;
 * a single date gets a month either side.
 */
export function timeScale(extent: readonly [string, string]): ScaleTime<number, number> {
  const from = utcDate(extent[0]).getTime();
  const to = utcDate(extent[1]).getTime();
  const pad = to > from ? Math.max((to - from) * 0.06, 3 * DAY) : 30 * DAY;
  return scaleUtc()
    .domain([new Date(from - pad), new Date(to + pad)])
    .range([MARGIN.left, VIEW_W - MARGIN.right]);
}

/** The score axis: 1 at the bottom, 5 at the top. */
export function scoreScale(): ScaleLinear<number, number> {
  return scaleLinear().domain([1, 5]).range([VIEW_H - MARGIN.bottom, MARGIN.top]).clamp(true);
}

export interface Tick {
  readonly x: number;
  readonly label: string;
}

/**
 * About `count` ticks on the time axis, labelled "jan. 2026" when they fall on months (as D3 picks
 * them for longer spans) and "12 jan." for shorter spans.
 */
export function timeTicks(x: ScaleTime<number, number>, lang: Lang, count = 5): Tick[] {
  const ticks = x.ticks(count);
  const monthly = ticks.every((t) => t.getUTCDate() === 1);
  const yearly = monthly && ticks.every((t) => t.getUTCMonth() === 0);
  const format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'UTC',
    ...(yearly ? { year: 'numeric' } : monthly ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' }),
  });
  return ticks.map((t) => ({ x: x(t), label: format.format(t) }));
}

export type TimelineSeries = 'self' | 'target' | 'others';

/** One focusable point of the chart. */
export interface ChartPoint {
  readonly key: string;
  readonly series: TimelineSeries;
  readonly point: TimelinePoint;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

const SERIES_ORDER: Readonly<Record<TimelineSeries, number>> = { self: 0, target: 1, others: 2 };

/**
 * The chart's points in keyboard order: by date, and on one date self, target, others. Points
 * without a value are left out.
 */
export function chartPoints(
  timeline: NeedleTimeline,
  x: ScaleTime<number, number>,
  y: ScaleLinear<number, number>,
): ChartPoint[] {
  const out: ChartPoint[] = [];
  timeline.points.forEach((p, i) => {
    const at = x(utcDate(p.date));
    const add = (series: TimelineSeries, value: number | null) => {
      if (value === null) return;
      out.push({ key: `${i}:${series}`, series, point: p, value, x: at, y: y(value) });
    };
    if (p.kind === 'assessment') {
      add('self', p.self);
      add('target', p.target);
    } else add('others', p.others);
  });
  return out.sort((a, b) => a.x - b.x || SERIES_ORDER[a.series] - SERIES_ORDER[b.series]);
}

/** The line through a series' points in time order, broken where a meetmoment has no value. */
export function seriesLine(timeline: NeedleTimeline, series: 'self' | 'target', x: ScaleTime<number, number>, y: ScaleLinear<number, number>): string | null {
  const values = timeline.points
    .filter((p) => p.kind === 'assessment')
    .map((p) => ({ date: p.date, value: series === 'self' ? p.self : p.target }));
  if (values.filter((v) => v.value !== null).length < 2) return null;
  return (
    line<{ date: string; value: number | null }>()
      .defined((v) => v.value !== null)
      .x((v) => x(utcDate(v.date)))
      .y((v) => y(v.value ?? 1))(values) ?? null
  );
}

/** ArrowLeft/Right (and Up/Down, the same), Home and End over the points in keyboard order. */
export function moveIndex(index: number, count: number, key: string): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
