/**
 * "Vergelijkbare profielen" (issue #11): average-linkage agglomerative clustering over the ten needle
 * self scores, cut where the facilitator says "on average within X points per needle".
 *
 * Distance: the root mean square of the per-needle differences, i.e. Euclidean distance over the ten
 * needles divided by √10 — the same clustering as plain Euclidean, measured in points per needle. The
 * cut merges two groups only while the mean of the distances between every member of one and every
 * member of the other is ≤ X. Every pair of members of a cluster is joined at exactly one merge, so the
 * mean distance over all pairs of a cluster's members is ≤ X; and since the mean absolute difference per
 * needle never exceeds the root mean square, "members differ on average by at most X points per
 * needle" is exactly true in either reading.
 *
 * Only profiles with all ten self scores are clustered. Imputing a missing score would invent an answer,
 * and a distance over only the needles two profiles share compares different things per pair (it is no
 * metric, and a pair sharing one needle could look identical); the clustering would no longer be
 * "Euclidean over the ten needles". The number of profiles left out is reported.
 *
 * Deterministic and independent of input order: profiles are clustered in canonicalOrder (profile.ts)
 * and every tie is broken by that order. Groups with fewer than COHORT_MIN_CLUSTER_SIZE members are not
 * reported (their members count as unclustered).
 */
import { NEEDLE_IDS, type NeedleId } from '../../kernel/compass/model';
import { averageLinkage, cut, perDimensionDistance } from './dendrogram';
import { canonicalOrder, completeSelf, type CohortProfile } from './profile';
import { COHORT_MIN_CLUSTER_SIZE } from './thresholds';

/** How many needles describe a cluster. */
export const CLUSTER_DESCRIPTION_NEEDLES = 3;

export interface NeedleDifference {
  readonly needle: NeedleId;
  readonly clusterMean: number;
  readonly cohortMean: number;
  /** clusterMean − cohortMean. */
  readonly difference: number;
}

export interface Cluster<T extends CohortProfile> {
  /** In canonical order. */
  readonly members: readonly T[];
  /** Mean over all pairs of members of their distance in points per needle (≤ the threshold). */
  readonly meanDistance: number;
  /** The needles where the cluster's mean differs most from the clustered profiles' mean, largest first. */
  readonly distinctNeedles: readonly NeedleDifference[];
}

export interface Clustering<T extends CohortProfile> {
  /** X of "on average within X points per needle". */
  readonly withinPointsPerNeedle: number;
  /** Profiles with all ten self scores (the ones clustered). */
  readonly clustered: number;
  /** Profiles left out because a self score is missing. */
  readonly incomplete: number;
  /** Largest first (ties: canonical order of the first member). */
  readonly clusters: readonly Cluster<T>[];
  /** Clustered profiles in no reported cluster. */
  readonly unclustered: number;
}

/** Distance between two profiles in points per needle (root mean square over the ten needles). */
export const profileDistance = perDimensionDistance;

function meansOf(vectors: readonly (readonly number[])[]): number[] {
  return NEEDLE_IDS.map((_, i) => vectors.reduce((sum, v) => sum + (v[i] as number), 0) / vectors.length);
}

function meanPairDistance(vectors: readonly (readonly number[])[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < vectors.length; i += 1) {
    for (let j = i + 1; j < vectors.length; j += 1) {
      sum += perDimensionDistance(vectors[i]!, vectors[j]!);
      pairs += 1;
    }
  }
  return sum / pairs;
}

function distinctNeedles(clusterMeans: readonly number[], cohortMeans: readonly number[]): NeedleDifference[] {
  return NEEDLE_IDS.map((needle, i) => ({
    needle,
    clusterMean: clusterMeans[i] as number,
    cohortMean: cohortMeans[i] as number,
    difference: (clusterMeans[i] as number) - (cohortMeans[i] as number),
  }))
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.needle - b.needle)
    .slice(0, CLUSTER_DESCRIPTION_NEEDLES);
}

export function clusterProfiles<T extends CohortProfile>(
  profiles: readonly T[],
  withinPointsPerNeedle: number,
): Clustering<T> {
  if (!Number.isFinite(withinPointsPerNeedle) || withinPointsPerNeedle < 0) {
    throw new RangeError('withinPointsPerNeedle must be a finite number ≥ 0');
  }
  const complete = canonicalOrder(profiles).flatMap((p) => {
    const vector = completeSelf(p);
    return vector ? [{ profile: p, vector }] : [];
  });
  const vectors = complete.map((c) => c.vector);
  const groups = cut(vectors.length, averageLinkage(vectors), withinPointsPerNeedle).filter(
    (g) => g.length >= COHORT_MIN_CLUSTER_SIZE,
  );
  const cohortMeans = vectors.length > 0 ? meansOf(vectors) : [];
  const clusters = groups
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((group) => {
      const members = group.map((i) => vectors[i]!);
      return {
        members: group.map((i) => complete[i]!.profile),
        meanDistance: meanPairDistance(members),
        distinctNeedles: distinctNeedles(meansOf(members), cohortMeans),
      };
    });
  const inClusters = groups.reduce((sum, g) => sum + g.length, 0);
  return {
    withinPointsPerNeedle,
    clustered: vectors.length,
    incomplete: profiles.length - vectors.length,
    clusters,
    unclustered: vectors.length - inClusters,
  };
}
