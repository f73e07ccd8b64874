/**
 * Random cohorts for the property tests: 0–14 profiles, needle values 1–5 in steps of 0.25 (spec §5)
 * with a per-cohort chance of null, targets and routes shared or not, aliases drawn from a small set so
 * that equal aliases (with other periods) occur. `clumpyCohortArb` draws profiles around a few centres
 * so that clusters of three and more actually form.
 */
import fc from 'fast-check';
import type { CohortProfile, NeedleValues } from '@shared/features/cohort/profile';
import { NEEDLE_IDS, ROUTE_IDS, type RouteId } from '@shared/kernel/compass/model';

const step = fc.integer({ min: 4, max: 20 }).map((q) => q / 4);

function valuesOf(raw: readonly (number | null)[]): NeedleValues {
  return Object.fromEntries(NEEDLE_IDS.map((n, i) => [`${n}`, raw[i] ?? null])) as NeedleValues;
}

const needleRow = (nullPercent: number): fc.Arbitrary<(number | null)[]> =>
  fc.array(
    fc.tuple(fc.integer({ min: 0, max: 99 }), step).map(([roll, v]) => (roll < nullPercent ? null : v)),
    { minLength: NEEDLE_IDS.length, maxLength: NEEDLE_IDS.length },
  );

const identityArb = fc.record({
  alias: fc.constantFrom('Anna', 'Bas', 'Cem', 'Dewi', 'Eva', 'Femke', 'Gijs', 'Hatice', 'Ivo', 'Joost'),
  period: fc.constantFrom('2026-01', '2026-02', '2026-03'),
});

const routesArb: fc.Arbitrary<RouteId[] | null> = fc.option(fc.subarray([...ROUTE_IDS]), { nil: null });

export const cohortArb: fc.Arbitrary<CohortProfile[]> = fc
  .integer({ min: 0, max: 40 })
  .chain((nullPercent) =>
    fc.array(
      fc.record({
        identity: identityArb,
        self: needleRow(nullPercent),
        target: fc.option(needleRow(nullPercent), { nil: null }),
        routes: routesArb,
      }),
      { maxLength: 14 },
    ),
  )
  .map((rows) =>
    rows.map((r) => ({
      ...r.identity,
      self: valuesOf(r.self),
      target: r.target === null ? null : valuesOf(r.target),
      routes: r.routes,
    })),
  );

const clamp = (v: number): number => Math.min(5, Math.max(1, v));

/** 3–16 profiles near 1–3 centres (each needle ± 0.25 or not), a few with a missing self score. */
export const clumpyCohortArb: fc.Arbitrary<CohortProfile[]> = fc
  .array(needleRow(0), { minLength: 1, maxLength: 3 })
  .chain((centres) =>
    fc.array(
      fc.record({
        identity: identityArb,
        centre: fc.integer({ min: 0, max: centres.length - 1 }),
        jitter: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 10, maxLength: 10 }),
        /** Below 10: that needle's self score is missing (one profile in ten). */
        missing: fc.integer({ min: 0, max: 99 }),
      }),
      { minLength: 3, maxLength: 16 },
    ).map((rows) =>
      rows.map((r) => ({
        ...r.identity,
        self: valuesOf(
          centres[r.centre]!.map((c, i) => (i === r.missing ? null : clamp((c as number) + (r.jitter[i] as number) / 4))),
        ),
        target: null,
        routes: null,
      })),
    ),
  );

export const thresholdArb = fc.oneof(
  fc.constantFrom(0.5, 0.75, 1, 0.25, 0, 1.5),
  fc.double({ min: 0, max: 2.5, noNaN: true }),
);

/** A permutation of the input, drawn as a list of sort keys. */
export function permuted<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.item);
}
