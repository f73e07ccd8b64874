/** Turns a saved meetmoment into the radar's series: current (scores) and target. */
import { NEEDLE_IDS, type NeedleId } from '@shared/kernel/compass/model';
import type { Assessment } from '@shared/features/assessment/schemas';
import { needleScores, type Answers } from '@shared/kernel/scoring';
import type { RadarSeries } from './CompassRadar';

export function assessmentSeries(
  assessment: { answers: Answers; targets: Assessment['targets'] },
  labels: { current: string; target: string },
): RadarSeries[] {
  const targets: Partial<Record<NeedleId, number | null>> = {};
  for (const n of NEEDLE_IDS) targets[n] = assessment.targets[`${n}`] ?? null;
  return [
    { id: 'current', kind: 'current', label: labels.current, values: needleScores(assessment.answers) },
    { id: 'target', kind: 'target', label: labels.target, values: targets },
  ];
}

/** Another meetmoment's self scores as the 'earlier' overlay. */
export function earlierSeries(assessment: { id: string; answers: Answers }, label: string): RadarSeries {
  return { id: `earlier-${assessment.id}`, kind: 'earlier', label, values: needleScores(assessment.answers) };
}
