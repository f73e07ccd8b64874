/**
 * What the cohort analysis reads of an imported share file (spec §5), structurally: the parsed share
 * file (or a stored cohort member) fits without conversion. Needle keys "1" … "10" as in the file; a
 * missing key reads as null, exactly like an explicit null.
 */
import { NEEDLE_IDS, type NeedleId, type RouteId } from '../../kernel/compass/model';
import type { NeedleKey } from '../../kernel/primitives';

export type NeedleValues = Readonly<Partial<Record<NeedleKey, number | null>>>;

export interface CohortProfile {
  readonly alias: string;
  readonly period: string;
  readonly self: NeedleValues;
  readonly target: NeedleValues | null;
  readonly routes: readonly RouteId[] | null;
}

/** The value of one needle, or null when absent. */
export function needleValue(values: NeedleValues | null, needle: NeedleId): number | null {
  const v = values?.[`${needle}`];
  return typeof v === 'number' ? v : null;
}

/** The ten self scores in needle order, or null when any of them is missing. */
export function completeSelf(profile: Pick<CohortProfile, 'self'>): number[] | null {
  const values = NEEDLE_IDS.map((n) => needleValue(profile.self, n));
  return values.every((v): v is number => v !== null) ? values : null;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function valuesKey(values: NeedleValues | null): string {
  return values === null ? '-' : NEEDLE_IDS.map((n) => String(needleValue(values, n))).join(',');
}

/**
 * The canonical order of profiles: alias, then period (plain code-unit order, independent of locale),
 * then the self and target values and the routes. Two profiles equal in this order are equal in
 * everything the analysis reads, so any result computed in this order is independent of input order.
 */
export function compareProfiles(a: CohortProfile, b: CohortProfile): number {
  return (
    compareCodeUnits(a.alias, b.alias) ||
    compareCodeUnits(a.period, b.period) ||
    compareCodeUnits(valuesKey(a.self), valuesKey(b.self)) ||
    compareCodeUnits(valuesKey(a.target), valuesKey(b.target)) ||
    compareCodeUnits(a.routes === null ? '-' : a.routes.join(','), b.routes === null ? '-' : b.routes.join(','))
  );
}

export function canonicalOrder<T extends CohortProfile>(profiles: readonly T[]): T[] {
  return [...profiles].sort(compareProfiles);
}
