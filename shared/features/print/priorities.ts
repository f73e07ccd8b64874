/**
 * The priorities of a meetmoment for print: all ten needles as one sorted list. First the needles the
 * presentation view ranks (shared/features/present/priorities: score and target, largest way to go
 * first), in that order; then the needles without a target, lowest score first; then those without a
 * score. So the report and the session show the same order.
 */
import { NEEDLE_IDS, type NeedleId } from '../../kernel/compass/model';
import { needleScores, type Answers } from '../../kernel/scoring';
import type { Assessment } from '../assessment/schemas';
import { needlePriorities } from '../present/priorities';

export interface PriorityRow {
  readonly needle: NeedleId;
  readonly score: number | null;
  readonly target: number | null;
  /** target − score where both exist (≤ 0: at or beyond the target), else null. */
  readonly step: number | null;
}

export function priorityList(assessment: { answers: Answers; targets: Assessment['targets'] }): PriorityRow[] {
  const scores = needleScores(assessment.answers);
  const targets: Partial<Record<NeedleId, number | null>> = {};
  for (const n of NEEDLE_IDS) targets[n] = assessment.targets[`${n}`] ?? null;
  const ranked = needlePriorities(scores, targets).map((p): PriorityRow => ({ needle: p.needle, score: p.self, target: p.target, step: p.gap }));
  const rest = NEEDLE_IDS.filter((n) => !ranked.some((r) => r.needle === n))
    .map((n): PriorityRow => ({ needle: n, score: scores[n], target: targets[n] ?? null, step: null }))
    .sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) || a.needle - b.needle);
  return [...ranked, ...rest];
}
