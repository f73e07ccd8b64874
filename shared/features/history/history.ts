/**
 * History of the compass: per-needle timelines over the meetmomenten and the closed 360° rounds, and
 * what changed between two meetmomenten. Pure functions over the `getHistory` answer.
 */
import type { History } from '../../contract/api';
import { DIMENSION_IDS, NEEDLE_IDS, type DimensionId, type NeedleId } from '../../kernel/compass/model';
import type { PublishedSet, ReportModel } from '../feedback/reportModel';
import { dimensionScores, type NeedleScores } from '../../kernel/scoring';

export type HistoryAssessment = History['assessments'][number];
export type HistoryRound = History['rounds'][number];

/** One meetmoment on a needle's timeline: the self score and the target set that day. */
export interface AssessmentPoint {
  readonly kind: 'assessment';
  readonly id: string;
  readonly date: string;
  readonly self: number | null;
  readonly target: number | null;
}

/** One closed 360° round on a needle's timeline: the mean of the report's basis set. */
export interface RoundPoint {
  readonly kind: 'round';
  readonly id: string;
  readonly date: string;
  readonly name: string;
  readonly basis: string;
  readonly others: number | null;
}

export type TimelinePoint = AssessmentPoint | RoundPoint;

export interface NeedleTimeline {
  readonly needle: NeedleId;
  /** Meetmomenten and rounds by date (stable: on the same date, the given order, meetmomenten first). */
  readonly points: readonly TimelinePoint[];
}

/** The value of a needle in a `needleMeans` record ("1" … "10"); missing = null. */
export function needleValue(record: Partial<Record<string, number | null>>, needle: NeedleId): number | null {
  const v = record[String(needle)];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** All needle values of a `needleMeans` record, keyed by needle id. */
export function needleRecord(record: Partial<Record<string, number | null>>): NeedleScores {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [n, needleValue(record, n)])) as NeedleScores;
}

/** The meetmomenten oldest first (stable for equal dates). */
export function assessmentsByDate(history: Pick<History, 'assessments'>): HistoryAssessment[] {
  return history.assessments
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.date.localeCompare(y.a.date) || x.i - y.i)
    .map((x) => x.a);
}

/** One timeline per needle (1 … 10), each with its points sorted by date. */
export function needleTimelines(history: History): NeedleTimeline[] {
  const dated: { point: (n: NeedleId) => TimelinePoint; date: string; order: number }[] = [
    ...history.assessments.map((a, i) => ({
      date: a.date,
      order: i,
      point: (n: NeedleId): TimelinePoint => ({
        kind: 'assessment',
        id: a.id,
        date: a.date,
        self: needleValue(a.needles, n),
        target: needleValue(a.targets, n),
      }),
    })),
    ...history.rounds.map((r, i) => ({
      date: r.date,
      order: history.assessments.length + i,
      point: (n: NeedleId): TimelinePoint => ({
        kind: 'round',
        id: r.id,
        date: r.date,
        name: r.name,
        basis: r.basis,
        others: needleValue(r.needles, n),
      }),
    })),
  ].sort((x, y) => x.date.localeCompare(y.date) || x.order - y.order);
  return NEEDLE_IDS.map((needle) => ({ needle, points: dated.map((d) => d.point(needle)) }));
}

/** The first and last date of everything in the history, or null when it is empty. */
export function dateExtent(history: History): readonly [string, string] | null {
  const dates = [...history.assessments.map((a) => a.date), ...history.rounds.map((r) => r.date)].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first !== undefined && last !== undefined ? [first, last] : null;
}

export interface Change<K> {
  readonly key: K;
  readonly from: number | null;
  readonly to: number | null;
  /** to − from; null when either is missing. */
  readonly change: number | null;
}

export interface ChangeBetween {
  readonly needles: readonly Change<NeedleId>[];
  readonly dimensions: readonly Change<DimensionId>[];
}

/** Differences of whole numbers, halves and quarters are exact; this only hides float noise. */
function difference(from: number | null, to: number | null): number | null {
  if (from === null || to === null) return null;
  return Math.round((to - from) * 1e9) / 1e9;
}

/**
 * What changed in the self scores from meetmoment `a` to meetmoment `b`: per needle, and per dimension
 * (the mean of its needles, as in shared/scoring).
 */
export function changeBetween(a: Pick<HistoryAssessment, 'needles'>, b: Pick<HistoryAssessment, 'needles'>): ChangeBetween {
  const from = needleRecord(a.needles);
  const to = needleRecord(b.needles);
  const dimFrom = dimensionScores(from);
  const dimTo = dimensionScores(to);
  return {
    needles: NEEDLE_IDS.map((key) => ({ key, from: from[key], to: to[key], change: difference(from[key], to[key]) })),
    dimensions: DIMENSION_IDS.map((key) => ({
      key,
      from: dimFrom[key],
      to: dimTo[key],
      change: difference(dimFrom[key], dimTo[key]),
    })),
  };
}

/**
 * The biggest moves: the needles whose score changed most (either way), largest first, at most
 * `count`, leaving out unchanged and missing ones; a tie with the last one taken is included too.
 */
export function biggestMoves(changes: readonly Change<NeedleId>[], count = 3): NeedleId[] {
  const moved = changes
    .filter((c): c is Change<NeedleId> & { change: number } => c.change !== null && c.change !== 0)
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || x.key - y.key);
  const last = moved[Math.min(count, moved.length) - 1];
  if (!last) return [];
  return moved.filter((c, i) => i < count || Math.abs(c.change) === Math.abs(last.change)).map((c) => c.key);
}

/** The default comparison: the second newest and the newest meetmoment (ids), or null with fewer than two. */
export function defaultPair(history: Pick<History, 'assessments'>): { from: string; to: string } | null {
  const sorted = assessmentsByDate(history);
  const to = sorted[sorted.length - 1];
  const from = sorted[sorted.length - 2];
  return from && to ? { from: from.id, to: to.id } : null;
}

/**
 * The set a report compares self with, and so the one history shows for a round: "anderen" when it
 * is published, else the broadest anonymous set, else whatever set there is (a non-anonymous manager).
 */
export function basisSet(report: Pick<ReportModel, 'sets'>): PublishedSet | null {
  const anonymous = report.sets.filter((s) => s.anonymous);
  return anonymous.find((s) => s.key === 'anderen') ?? [...anonymous].sort((a, b) => b.n - a.n)[0] ?? report.sets[0] ?? null;
}
