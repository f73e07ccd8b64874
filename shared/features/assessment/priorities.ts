/**
 * A meetmoment's needles as a sorted list of priorities (many readers take in a list more easily than
 * a radar): the largest step from the current score up to the target first; needles without a target
 * (or already at it) after those, lowest score first; ties by needle number.
 */
import { NEEDLE_IDS, type NeedleId } from '../../kernel/compass/model';
import { needleScores, type Answers } from '../../kernel/scoring';
import type { Assessment } from './schemas';

export interface NeedlePriority {
  readonly needle: NeedleId;
  readonly score: number | null;
  readonly target: number | null;
  /** target − score when both exist, else null. */
  readonly step: number | null;
}

export function needlePriorities(assessment: { answers: Answers; targets: Assessment['targets'] }): NeedlePriority[] {
  const scores = needleScores(assessment.answers);
  const rows = NEEDLE_IDS.map((needle): NeedlePriority => {
    const score = scores[needle];
    const target = assessment.targets[`${needle}`] ?? null;
    return { needle, score, target, step: score !== null && target !== null ? target - score : null };
  });
  const rank = (p: NeedlePriority) => (p.step !== null && p.step > 0 ? 0 : p.score !== null ? 1 : 2);
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 0 ? (b.step ?? 0) - (a.step ?? 0) : 0) ||
      (rank(a) === 1 ? (a.score ?? 0) - (b.score ?? 0) : 0) ||
      a.needle - b.needle,
  );
}
