/**
 * "Vergelijkbare profielen": hand examples (the threshold's plain words at the boundary, incomplete
 * profiles, the description), then properties over random and clumpy cohorts — the same result for any
 * order, no reported cluster under 3, each profile in at most one cluster, every merge's average
 * distance recomputed from the profiles and within the threshold, groups left apart really further
 * apart than the threshold, and the hierarchy equal to a naive greedy average linkage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterProfiles, profileDistance, type Clustering } from '@shared/features/cohort/clusters';
import { averageLinkage, cut, HEIGHT_TOLERANCE } from '@shared/features/cohort/dendrogram';
import { canonicalOrder, completeSelf, type CohortProfile, type NeedleValues } from '@shared/features/cohort/profile';
import { COHORT_MIN_CLUSTER_SIZE } from '@shared/features/cohort/thresholds';
import { NEEDLE_IDS } from '@shared/kernel/compass/model';
import { clumpyCohortArb, cohortArb, permuted, thresholdArb } from './cohorts';

function profile(alias: string, values: readonly (number | null)[]): CohortProfile {
  const self = Object.fromEntries(NEEDLE_IDS.map((n, i) => [`${n}`, values[i] ?? null])) as NeedleValues;
  return { alias, period: '2026-03', self, target: null, routes: null };
}
const all = (v: number): number[] => NEEDLE_IDS.map(() => v);
const aliases = (c: Clustering<CohortProfile>): string[][] => c.clusters.map((k) => k.members.map((m) => m.alias));

describe('clustering, by hand', () => {
  it('makes "on average within X points per needle" exactly true at the boundary', () => {
    const cohort = [profile('A', all(3)), profile('B', all(3.5)), profile('C', all(3)), profile('D', all(3.5))];
    // A–B, A–D, C–B, C–D differ 0.5 on every needle, A–C and B–D not at all: mean over the four cross pairs 0.5.
    expect(aliases(clusterProfiles(cohort, 0.5))).toEqual([['A', 'B', 'C', 'D']]);
    expect(clusterProfiles(cohort, 0.5).clusters[0]!.meanDistance).toBeCloseTo((4 * 0.5) / 6, 12);
    // Just below: only the identical pairs merge, groups of two, so no cluster is reported.
    const below = clusterProfiles(cohort, 0.49);
    expect(below.clusters).toEqual([]);
    expect(below.unclustered).toBe(4);
  });

  it('measures in points per needle: one needle 1 point apart is √(1/10) per needle', () => {
    const a = all(3);
    const b = [4, ...all(3).slice(1)];
    expect(profileDistance(a, b)).toBeCloseTo(Math.sqrt(0.1), 12);
  });

  it('leaves out profiles with a missing self score and counts them', () => {
    const cohort = [profile('A', all(2)), profile('B', all(2)), profile('C', [null, ...all(2).slice(1)]), profile('D', all(2.25))];
    const c = clusterProfiles(cohort, 0.25);
    expect({ clustered: c.clustered, incomplete: c.incomplete, unclustered: c.unclustered }).toEqual({
      clustered: 3,
      incomplete: 1,
      unclustered: 0,
    });
    expect(aliases(c)).toEqual([['A', 'B', 'D']]);
  });

  it('describes a cluster by the three needles where it differs most from the clustered profiles', () => {
    const low = [1, 2, 3, 3, 3, 3, 3, 3, 3, 3.5];
    const high = [5, 4, 3, 3, 3, 3, 3, 3, 3, 2.5];
    const cohort = ['A', 'B', 'C'].map((a) => profile(a, low)).concat(['D', 'E', 'F'].map((a) => profile(a, high)));
    const c = clusterProfiles(cohort, 0.3);
    expect(aliases(c)).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E', 'F'],
    ]);
    expect(c.clusters[0]!.distinctNeedles).toEqual([
      { needle: 1, clusterMean: 1, cohortMean: 3, difference: -2 },
      { needle: 2, clusterMean: 2, cohortMean: 3, difference: -1 },
      { needle: 10, clusterMean: 3.5, cohortMean: 3, difference: 0.5 },
    ]);
    expect(c.clusters[1]!.distinctNeedles.map((d) => d.difference)).toEqual([2, 1, -0.5]);
  });

  it('breaks a tie by the canonical order, whatever the input order', () => {
    // B is as close to A as to C, A and C are far apart: the pair with the first alias merges first.
    const cohort = [profile('C', [...all(3).slice(0, 9), 4]), profile('A', [...all(3).slice(0, 9), 2]), profile('B', all(3))];
    const vectors = canonicalOrder(cohort).map((p) => completeSelf(p)!);
    const t = profileDistance(vectors[0]!, vectors[1]!);
    expect(cut(3, averageLinkage(vectors), t)).toEqual([[0, 1], [2]]);
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2], [1, 2, 0], [0, 2, 1], [2, 0, 1]]) {
      const input = order.map((i) => cohort[i]!);
      expect(clusterProfiles([...input, profile('D', all(3))], t).clusters.map((k) => k.members.map((m) => m.alias))).toEqual([
        ['A', 'B', 'D'],
      ]);
    }
  });

  it('refuses a threshold that is not a number ≥ 0', () => {
    for (const bad of [-0.25, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => clusterProfiles([], bad)).toThrow(RangeError);
    expect(clusterProfiles([], 0.5)).toEqual({ withinPointsPerNeedle: 0.5, clustered: 0, incomplete: 0, clusters: [], unclustered: 0 });
  });
});

function meanLinkage(vectors: readonly number[][], a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += profileDistance(vectors[i]!, vectors[j]!);
  return sum / (a.length * b.length);
}

/** Checks the hierarchy and the cut of `vectors` against distances recomputed from the profiles. */
function checkHierarchy(vectors: number[][], threshold: number): number[][] {
  const merges = averageLinkage(vectors);
  expect(merges).toHaveLength(Math.max(vectors.length - 1, 0));
  const members = new Map<number, number[]>(vectors.map((_, i) => [i, [i]]));
  const applied = new Map<number, boolean>(vectors.map((_, i) => [i, true]));
  for (const m of merges) {
    const a = members.get(m.a)!;
    const b = members.get(m.b)!;
    expect(Math.abs(meanLinkage(vectors, a, b) - m.height)).toBeLessThan(1e-9);
    applied.set(m.a, applied.get(m.a)! && applied.get(m.b)! && m.height <= threshold + HEIGHT_TOLERANCE);
    members.set(m.a, [...a, ...b]);
    members.delete(m.b);
  }
  const groups = cut(vectors.length, merges, threshold);
  expect(groups.flat().sort((x, y) => x - y)).toEqual(vectors.map((_, i) => i));
  for (const g of groups) {
    // Within a group: the mean over all pairs ≤ X, in RMS and in mean absolute difference per needle.
    if (g.length > 1) {
      let rms = 0;
      let abs = 0;
      let pairs = 0;
      for (let i = 0; i < g.length; i += 1) {
        for (let j = i + 1; j < g.length; j += 1) {
          const [x, y] = [vectors[g[i]!]!, vectors[g[j]!]!];
          rms += profileDistance(x, y);
          abs += x.reduce((s, v, k) => s + Math.abs(v - y[k]!), 0) / x.length;
          pairs += 1;
        }
      }
      expect(rms / pairs).toBeLessThanOrEqual(threshold + HEIGHT_TOLERANCE);
      expect(abs / pairs).toBeLessThanOrEqual(threshold + HEIGHT_TOLERANCE);
    }
  }
  // Groups left apart are on average further apart than X (else average linkage would merge them).
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = i + 1; j < groups.length; j += 1) {
      expect(meanLinkage(vectors, groups[i]!, groups[j]!)).toBeGreaterThan(threshold - HEIGHT_TOLERANCE);
    }
  }
  return groups;
}

const keyOf = (p: CohortProfile): string => `${p.alias}|${p.period}|${JSON.stringify(p.self)}`;

describe('clustering, over random cohorts', () => {
  const cohorts = fc.oneof(cohortArb, clumpyCohortArb);

  it('gives the same clusters for any order of the profiles', () => {
    fc.assert(
      fc.property(cohorts, thresholdArb, fc.array(fc.integer(), { minLength: 1, maxLength: 16 }), (cohort, t, keys) => {
        const a = clusterProfiles(cohort, t);
        const b = clusterProfiles(permuted(cohort, keys), t);
        expect(b.clusters.map((k) => k.members.map(keyOf))).toEqual(a.clusters.map((k) => k.members.map(keyOf)));
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('reports no cluster under 3, each profile at most once, every merge within the threshold', () => {
    let reported = 0;
    fc.assert(
      fc.property(cohorts, thresholdArb, (cohort, t) => {
        const c = clusterProfiles(cohort, t);
        const complete = canonicalOrder(cohort).filter((p) => completeSelf(p) !== null);
        expect(c.clustered).toBe(complete.length);
        expect(c.incomplete).toBe(cohort.length - complete.length);
        const seen = new Set<CohortProfile>();
        for (const k of c.clusters) {
          expect(k.members.length).toBeGreaterThanOrEqual(COHORT_MIN_CLUSTER_SIZE);
          expect(k.meanDistance).toBeLessThanOrEqual(t + HEIGHT_TOLERANCE);
          for (const m of k.members) {
            expect(seen.has(m)).toBe(false);
            expect(completeSelf(m)).not.toBeNull();
            seen.add(m);
          }
        }
        expect(c.unclustered).toBe(complete.length - seen.size);
        reported += c.clusters.length;
        // The reported clusters are exactly the cut's groups of three or more, in canonical order.
        const vectors = complete.map((p) => completeSelf(p)!);
        const groups = checkHierarchy(vectors, t).filter((g) => g.length >= COHORT_MIN_CLUSTER_SIZE);
        expect(new Set(c.clusters.map((k) => k.members.map(keyOf).join('/')))).toEqual(
          new Set(groups.map((g) => g.map((i) => keyOf(complete[i]!)).join('/'))),
        );
        const cohortMeans = NEEDLE_IDS.map((_, n) => vectors.reduce((s, v) => s + v[n]!, 0) / vectors.length);
        for (const k of c.clusters) {
          const diffs = NEEDLE_IDS.map((_, n) => k.members.reduce((s, m) => s + completeSelf(m)![n]!, 0) / k.members.length - cohortMeans[n]!);
          expect(k.distinctNeedles).toHaveLength(3);
          const smallestShown = Math.min(...k.distinctNeedles.map((d) => Math.abs(d.difference)));
          for (const d of k.distinctNeedles) expect(d.difference).toBeCloseTo(diffs[d.needle - 1]!, 12);
          const left = NEEDLE_IDS.filter((n) => !k.distinctNeedles.some((d) => d.needle === n));
          for (const n of left) expect(Math.abs(diffs[n - 1]!)).toBeLessThanOrEqual(smallestShown + 1e-12);
        }
      }),
      { numRuns: 300 },
    );
    expect(reported).toBeGreaterThan(50);
  });

  it('finds the same groups as a naive greedy average linkage when no distances tie', () => {
    const vectorsArb = fc.array(fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 10, maxLength: 10 }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(vectorsArb, fc.double({ min: 0, max: 2, noNaN: true }), (vectors, t) => {
        const groups: number[][] = vectors.map((_, i) => [i]);
        for (;;) {
          let best: [number, number, number] | null = null;
          for (let i = 0; i < groups.length; i += 1) {
            for (let j = i + 1; j < groups.length; j += 1) {
              const d = meanLinkage(vectors, groups[i]!, groups[j]!);
              if (best === null || d < best[2]) best = [i, j, d];
            }
          }
          if (best === null || best[2] > t) break;
          groups[best[0]] = [...groups[best[0]]!, ...groups[best[1]]!].sort((a, b) => a - b);
          groups.splice(best[1], 1);
        }
        groups.sort((a, b) => a[0]! - b[0]!);
        expect(checkHierarchy(vectors, t)).toEqual(groups);
      }),
      { numRuns: 300 },
    );
  });
});
