/**
 * Reports published under report-model version 1 (kept in a round's `published` once its raw
 * answers are deleted) are read as version 2, never refused for their age. What changes:
 * - `setRules: 1`: the figures, highlights and comparisons stay exactly as published (built under
 *   the earlier set rules); the renderer says so where "alle anderen" is missing;
 * - `pooledGroups` becomes `groupPlacements`: under those rules every anonymous group with ≥ k
 *   responses was shown on its own (`separate`), and the pooled groups had fewer (`too-few`); listed
 *   largest first, as version 2 does;
 * - the self figures gain `takenOn` and `assessmentId`, unknown then (null).
 * Anything that is not a well-formed version-1 report passes unchanged, for the schema to judge.
 * (No imports from ./reportModel: that module applies this function in its schema.)
 */
import { RATER_GROUPS } from '../exchange/formats';

type Raw = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);

interface PlacementV1 {
  readonly group: string;
  readonly placement: 'separate' | 'too-few';
}

function placementsV1(report: Raw): PlacementV1[] | null {
  const { sets, pooledGroups } = report;
  if (!Array.isArray(sets) || !Array.isArray(pooledGroups)) return null;
  if (!pooledGroups.every((g) => (RATER_GROUPS as readonly unknown[]).includes(g))) return null;
  const separate = new Set(sets.flatMap((s) => (isRecord(s) && s.anonymous === true && typeof s.key === 'string' ? [s.key] : [])));
  const counts = isRecord(report.counts) ? report.counts : {};
  const size = (group: string): number => (typeof counts[group] === 'number' ? counts[group] : 0);
  return RATER_GROUPS.flatMap((group): PlacementV1[] => {
    if (separate.has(`groep-${group}`)) return [{ group, placement: 'separate' }];
    return pooledGroups.includes(group) ? [{ group, placement: 'too-few' }] : [];
  }).sort((a, b) => size(b.group) - size(a.group)); // largest first, as version 2 lists them (stable: ties keep group order)
}

export function upgradeReportModel(input: unknown): unknown {
  if (!isRecord(input) || input.version !== 1) return input;
  const placements = placementsV1(input);
  const { self } = input;
  if (placements === null || (self !== null && !isRecord(self))) return input;
  const rest = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'pooledGroups'));
  return {
    ...rest,
    version: 2,
    setRules: 1,
    groupPlacements: placements,
    self: self === null ? null : { ...self, takenOn: null, assessmentId: null },
  };
}
