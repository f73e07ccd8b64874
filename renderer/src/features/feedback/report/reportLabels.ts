import type { TFunction } from 'i18next';
import type { NeedleId } from '@shared/kernel/compass/model';
import type { PublishedSet } from '@shared/features/feedback/reportModel';

/** A set's name for people: "Collega's (3)". */
export function setLabel(t: TFunction, set: PublishedSet): string {
  return `${t(`report.sets.${set.key}`)} (${set.n})`;
}

/** The set the report compares self with (one rule, shared with the history service). */
export { basisSet } from '@shared/features/history/history';

export function needleValues(set: PublishedSet): Partial<Record<NeedleId, number | null>> {
  const values: Partial<Record<NeedleId, number | null>> = {};
  for (const [key, figure] of Object.entries(set.needles)) values[Number(key) as NeedleId] = figure?.mean ?? null;
  return values;
}
