/**
 * Cohort figures (spec §5): hand-computed examples, then every random cohort — a mean only for N ≥ 3,
 * a distribution only for N ≥ 5, a gap only where ≥ 3 profiles have self and target, the route spread
 * only when ≥ 3 profiles shared routes — and every shown figure equal to a direct computation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CohortProfile, NeedleValues } from '@shared/features/cohort/profile';
import { cohortStatistics, type Gated } from '@shared/features/cohort/statistics';
import { COHORT_MIN_FOR_DISTRIBUTION, COHORT_MIN_FOR_MEAN } from '@shared/features/cohort/thresholds';
import { NEEDLE_IDS, ROUTE_IDS, type NeedleId } from '@shared/kernel/compass/model';
import { cohortArb, permuted } from './cohorts';

function flat(value: number | null): NeedleValues {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [`${n}`, value])) as NeedleValues;
}

function member(alias: string, self: number | null, target: number | null, routes: CohortProfile['routes'] = null): CohortProfile {
  return { alias, period: '2026-03', self: flat(self), target: target === null ? null : flat(target), routes };
}

function shown<T>(g: Gated<T>): T {
  if (!g.shown) throw new Error(`withheld: ${g.reason}`);
  return g.value;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

describe('cohort statistics, by hand', () => {
  it('shows mean and distribution for five profiles, with quartiles as Excel QUARTILE.INC', () => {
    const cohort = [member('E', 5, 5), member('A', 1, 2), member('C', 3, null), member('B', 2, 4), member('D', 4, 4.5)];
    const s = cohortStatistics(cohort);
    const needle = s.needles[0]!;
    expect(s.profiles).toBe(5);
    expect(shown(needle.self.mean)).toBe(3);
    expect(shown(needle.self.distribution)).toEqual({ values: [1, 2, 3, 4, 5], min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    // Targets: 2, 4, 4.5, 5 (C shared none) → mean 3.875; only 4 values, so no distribution.
    expect(shown(needle.target.mean)).toBe(3.875);
    expect(needle.target.distribution).toEqual({ shown: false, n: 4, reason: 'below-distribution-minimum', minimum: 5 });
    // Gaps (target − self): A 1, B 2, D 0.5, E 0 → 0.875 on every needle, so needle order.
    expect(shown(needle.gap)).toBe(0.875);
    expect(s.biggestGaps.map((g) => g.needle)).toEqual([...NEEDLE_IDS]);
    expect(s.biggestGaps[0]).toEqual({ needle: 1, n: 4, gap: 0.875 });
  });

  it('interpolates quartiles between ranks', () => {
    const s = cohortStatistics([1, 2, 2.5, 4, 4.25, 5].map((v, i) => member(`m${i}`, v, null)));
    // Ranks (n − 1)·p: 1.25, 2.5, 3.75 → 2 + 0.25·0.5, 2.5 + 0.5·1.5, 4 + 0.75·0.25.
    expect(shown(s.needles[4]!.self.distribution)).toMatchObject({ q1: 2.125, median: 3.25, q3: 4.1875 });
  });

  it('withholds the mean below three and the distribution below five, with the count', () => {
    const two = cohortStatistics([member('A', 3, 4), member('B', 4, 4)]);
    expect(two.needles[9]!.self.mean).toEqual({ shown: false, n: 2, reason: 'below-mean-minimum', minimum: COHORT_MIN_FOR_MEAN });
    expect(two.needles[9]!.gap.shown).toBe(false);
    expect(two.biggestGaps).toEqual([]);
    const withNull = cohortStatistics([member('A', 3, null), member('B', null, null), member('C', 4, null)]);
    expect(withNull.needles[0]!.self.mean).toMatchObject({ shown: false, n: 2 });
  });

  it('counts routes once per profile, only when three profiles shared their routes', () => {
    const cohort = [member('A', 3, null, ['a', 'i']), member('B', 3, null, ['i']), member('C', 3, null, null)];
    expect(cohortStatistics(cohort).routes).toEqual({ shown: false, n: 2, reason: 'below-mean-minimum', minimum: 3 });
    const s = cohortStatistics([...cohort, member('D', 3, null, [])]);
    expect(shown(s.routes)).toEqual({ a: 1, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0, h: 0, i: 2, j: 0 });
  });

  it('orders the biggest gaps by size, either sign', () => {
    const p = (alias: string): CohortProfile => ({
      alias,
      period: '2026-03',
      self: flat(3),
      target: { ...flat(3), '2': 4, '7': 1.5, '9': 3.5 },
      routes: null,
    });
    const s = cohortStatistics([p('A'), p('B'), p('C')]);
    expect(s.biggestGaps.slice(0, 3)).toEqual([
      { needle: 7, n: 3, gap: -1.5 },
      { needle: 2, n: 3, gap: 1 },
      { needle: 9, n: 3, gap: 0.5 },
    ]);
  });
});

function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

function valueOf(v: NeedleValues | null, n: NeedleId): number | null {
  return v?.[`${n}`] ?? null;
}

describe('cohort statistics, over random cohorts', () => {
  it('shows means only for N ≥ 3 and distributions only for N ≥ 5, each equal to a direct computation', () => {
    fc.assert(
      fc.property(cohortArb, (cohort) => {
        const s = cohortStatistics(cohort);
        expect(s.profiles).toBe(cohort.length);
        for (const n of NEEDLE_IDS) {
          const f = s.needles[n - 1]!;
          expect(f.needle).toBe(n);
          for (const series of ['self', 'target'] as const) {
            const values = present(cohort.map((p) => valueOf(p[series], n)));
            const { mean, distribution } = f[series];
            expect(mean.n).toBe(values.length);
            expect(distribution.n).toBe(values.length);
            expect(mean.shown).toBe(values.length >= COHORT_MIN_FOR_MEAN);
            expect(distribution.shown).toBe(values.length >= COHORT_MIN_FOR_DISTRIBUTION);
            if (mean.shown) expect(close(mean.value, values.reduce((a, b) => a + b, 0) / values.length)).toBe(true);
            if (distribution.shown) {
              const sorted = [...values].sort((a, b) => a - b);
              const d = distribution.value;
              expect(d.values).toEqual(sorted);
              expect([d.min, d.max]).toEqual([Math.min(...values), Math.max(...values)]);
              const mid = Math.floor(sorted.length / 2);
              const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
              expect(close(d.median, median)).toBe(true);
              expect(d.min <= d.q1 && d.q1 <= d.median && d.median <= d.q3 && d.q3 <= d.max).toBe(true);
              // At least a quarter of the values lie at or below q1, and at or above q3.
              expect(sorted.filter((v) => v <= d.q1 + 1e-12).length * 4).toBeGreaterThanOrEqual(sorted.length);
              expect(sorted.filter((v) => v >= d.q3 - 1e-12).length * 4).toBeGreaterThanOrEqual(sorted.length);
            }
          }
          const gaps = cohort.flatMap((p) => {
            const a = valueOf(p.self, n);
            const b = valueOf(p.target, n);
            return a !== null && b !== null ? [b - a] : [];
          });
          expect(f.gap.n).toBe(gaps.length);
          expect(f.gap.shown).toBe(gaps.length >= COHORT_MIN_FOR_MEAN);
          if (f.gap.shown) expect(close(f.gap.value, gaps.reduce((a, b) => a + b, 0) / gaps.length)).toBe(true);
        }
        const shownGaps = s.needles.filter((f) => f.gap.shown).map((f) => f.needle);
        expect([...s.biggestGaps.map((g) => g.needle)].sort((a, b) => a - b)).toEqual(shownGaps);
        for (let i = 1; i < s.biggestGaps.length; i += 1) {
          expect(Math.abs(s.biggestGaps[i - 1]!.gap)).toBeGreaterThanOrEqual(Math.abs(s.biggestGaps[i]!.gap));
        }
        const sharing = cohort.filter((p) => p.routes !== null);
        expect(s.routes.n).toBe(sharing.length);
        expect(s.routes.shown).toBe(sharing.length >= COHORT_MIN_FOR_MEAN);
        if (s.routes.shown) {
          for (const r of ROUTE_IDS) expect(s.routes.value[r]).toBe(sharing.filter((p) => p.routes!.includes(r)).length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives identical figures for any order of the profiles', () => {
    fc.assert(
      fc.property(cohortArb, fc.array(fc.integer(), { minLength: 1, maxLength: 14 }), (cohort, keys) => {
        expect(cohortStatistics(permuted(cohort, keys))).toEqual(cohortStatistics(cohort));
      }),
      { numRuns: 200 },
    );
  });
});
