/** A closed round with its report, read once per round id (the report screen and its print route). */
import { useEffect, useState } from 'react';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { toProblem, type Problem } from '../../../app/problem';
import { useFeedback } from '../store';

export interface RoundReport {
  readonly round: RoundSummary;
  readonly report: ReportModel;
}

export function useRoundReport(id: string): { data: RoundReport | null; problem: Problem | null } {
  const [data, setData] = useState<RoundReport | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    useFeedback
      .getState()
      .report(id)
      .then((value) => setData(value))
      .catch((error: unknown) => setProblem(toProblem(error)));
  }, [id]);

  return { data, problem };
}
