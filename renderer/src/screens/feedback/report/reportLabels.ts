import type { TFunction } from 'i18next';
import type { NeedleId } from '../../../../../shared/compass/model';
import type { PublishedSet, ReportModel } from '../../../../../shared/feedback/reportModel';

/** A set's name for people: "Collega's (3)". */
export function setLabel(t: TFunction, set: PublishedSet): string {
  return `${t(`report.sets.${set.key}`)} (${set.n})`;
}

/** The set the report compares self with: "anderen" when shown, else the broadest anonymous set. */
export function basisSet(report: ReportModel): PublishedSet | null {
  const anonymous = report.sets.filter((s) => s.anonymous);
  return anonymous.find((s) => s.key === 'anderen') ?? [...anonymous].sort((a, b) => b.n - a.n)[0] ?? report.sets[0] ?? null;
}

export function needleValues(set: PublishedSet): Partial<Record<NeedleId, number | null>> {
  const values: Partial<Record<NeedleId, number | null>> = {};
  for (const [key, figure] of Object.entries(set.needles)) values[Number(key) as NeedleId] = figure?.mean ?? null;
  return values;
}
