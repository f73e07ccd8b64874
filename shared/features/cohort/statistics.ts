/**
 * Cohort figures without aliases (spec §5): per needle the mean (N ≥ COHORT_MIN_FOR_MEAN) and the
 * distribution (N ≥ COHORT_MIN_FOR_DISTRIBUTION), self and target separately; the self–target gaps; the
 * spread of the chosen routes over a–j. N always counts the profiles that carry the value in question
 * (like §4 counts only those who answered). A figure below its threshold is withheld with a reason code
 * and its N (a count describes no one's scores). Codes and numbers only: wording is the renderer's.
 */
import { NEEDLE_IDS, ROUTE_IDS, type NeedleId, type RouteId } from '../../kernel/compass/model';
import { canonicalOrder, needleValue, type CohortProfile } from './profile';
import { COHORT_MIN_FOR_DISTRIBUTION, COHORT_MIN_FOR_MEAN } from './thresholds';

export const WITHHELD_REASONS = ['below-mean-minimum', 'below-distribution-minimum'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export interface Shown<T> {
  readonly shown: true;
  readonly n: number;
  readonly value: T;
}
export interface Withheld {
  readonly shown: false;
  readonly n: number;
  readonly reason: WithheldReason;
  /** The N the figure needs. */
  readonly minimum: number;
}
export type Gated<T> = Shown<T> | Withheld;

/** For a strip or box plot. Quartiles by linear interpolation between ranks (Excel's QUARTILE.INC). */
export interface Distribution {
  /** Ascending. */
  readonly values: readonly number[];
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

export interface SeriesFigures {
  readonly mean: Gated<number>;
  readonly distribution: Gated<Distribution>;
}

export interface NeedleFigures {
  readonly needle: NeedleId;
  readonly self: SeriesFigures;
  readonly target: SeriesFigures;
  /** Mean of (target − self) over the profiles that have both for this needle. */
  readonly gap: Gated<number>;
}

export interface CohortStatistics {
  /** Profiles in the cohort. */
  readonly profiles: number;
  readonly needles: readonly NeedleFigures[];
  /** The shown gaps, largest |gap| first (ties: needle order). */
  readonly biggestGaps: readonly { readonly needle: NeedleId; readonly n: number; readonly gap: number }[];
  /** How often each route was chosen, over the profiles that shared their routes. */
  readonly routes: Gated<Readonly<Record<RouteId, number>>>;
}

function gate<T>(n: number, minimum: number, reason: WithheldReason, compute: () => T): Gated<T> {
  return n >= minimum ? { shown: true, n, value: compute() } : { shown: false, n, reason, minimum };
}

export function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Linear interpolation between ranks of ascending values (p in [0, 1]). */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (h - lo) * (above - below);
}

export function distributionOf(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    values: sorted,
    min: sorted[0] as number,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
  };
}

function seriesFigures(values: readonly number[]): SeriesFigures {
  return {
    mean: gate(values.length, COHORT_MIN_FOR_MEAN, 'below-mean-minimum', () => meanOf(values)),
    distribution: gate(values.length, COHORT_MIN_FOR_DISTRIBUTION, 'below-distribution-minimum', () =>
      distributionOf(values),
    ),
  };
}

function needleFigures(profiles: readonly CohortProfile[], needle: NeedleId): NeedleFigures {
  const self: number[] = [];
  const target: number[] = [];
  const gaps: number[] = [];
  for (const p of profiles) {
    const s = needleValue(p.self, needle);
    const t = needleValue(p.target, needle);
    if (s !== null) self.push(s);
    if (t !== null) target.push(t);
    if (s !== null && t !== null) gaps.push(t - s);
  }
  return {
    needle,
    self: seriesFigures(self),
    target: seriesFigures(target),
    gap: gate(gaps.length, COHORT_MIN_FOR_MEAN, 'below-mean-minimum', () => meanOf(gaps)),
  };
}

function routeSpread(profiles: readonly CohortProfile[]): Gated<Readonly<Record<RouteId, number>>> {
  const sharing = profiles.filter((p) => p.routes !== null);
  return gate(sharing.length, COHORT_MIN_FOR_MEAN, 'below-mean-minimum', () => {
    const counts = Object.fromEntries(ROUTE_IDS.map((r) => [r, 0])) as Record<RouteId, number>;
    for (const p of sharing) for (const r of new Set(p.routes)) counts[r] += 1;
    return counts;
  });
}

/** All cohort figures; summed in the canonical order, so identical for any order of the profiles. */
export function cohortStatistics(input: readonly CohortProfile[]): CohortStatistics {
  const profiles = canonicalOrder(input);
  const needles = NEEDLE_IDS.map((n) => needleFigures(profiles, n));
  const biggestGaps = needles
    .flatMap((f) => (f.gap.shown ? [{ needle: f.needle, n: f.gap.n, gap: f.gap.value }] : []))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.needle - b.needle);
  return { profiles: profiles.length, needles, biggestGaps, routes: routeSpread(profiles) };
}
