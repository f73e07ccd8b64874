import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/contract/api';
import type { CoachReportChoice } from '@shared/features/print/printTargets';
import { latestAssessment } from '@shared/features/assessment/latest';
import { formatLongDate } from '@shared/kernel/format';
import { assessmentSeries } from '../../charts/compass/compassSeries';
import { StaticCompassFigure } from '../../charts/compass/StaticCompassFigure';
import { PrintLayout } from '../../ui/print/PrintLayout';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useLanguage, useSession } from '../../app/session';
import { toProblem, type Problem } from '../../app/problem';
import { useAssessments } from '../assessment';
import { ReportFigures, useFeedback } from '../feedback';
import { usePlan } from '../plan';
import { useNotes, useNotesOf } from '../notes';
import { NotesPrint } from './NotesPrint';
import { PlanPrint } from './PlanPrint';
import { PrioritiesList } from './PrioritiesList';
import { useProfileName } from './whose';

/**
 * The coach report: whose development, the latest compass, the priorities as a list, the routekaart,
 * the shared session notes and the 360° figures the coachee chose. Coach-only notes never come here.
 */
export function CoachReportPrint({ choice }: { choice: CoachReportChoice }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const whose = useProfileName();
  const list = useAssessments((s) => s.list);
  const assessmentsProblem = useAssessments((s) => s.problem);
  const plan = usePlan((s) => s.plan);
  const planProblem = usePlan((s) => (s.problem?.scope === 'load' ? s.problem.problem : null));
  const [round, setRound] = useState<ApiOutput<'getReport'> | null>(null);
  const [roundProblem, setRoundProblem] = useState<Problem | null>(null);

  const profileId = useSession((s) => s.state?.activeProfileId);
  const notes = useNotesOf(profileId);
  const notesProblem = useNotes((s) => (s.problem?.scope === 'load' && s.problem.profileId === profileId ? s.problem.problem : null));

  useEffect(() => {
    void usePlan.getState().load();
    void useNotes.getState().load();
  }, []);
  useEffect(() => {
    setRound(null);
    setRoundProblem(null);
    if (!choice.roundId) return;
    useFeedback
      .getState()
      .report(choice.roundId)
      .then(setRound)
      .catch((error: unknown) => setRoundProblem(toProblem(error)));
  }, [choice.roundId]);

  const latest = list ? latestAssessment(list) : null;
  const chosenRound = round !== null && round.round.id === choice.roundId ? round : null;
  const date = latest ? formatLongDate(latest.date, lang) : '';
  const problem = assessmentsProblem ?? planProblem ?? notesProblem ?? roundProblem;
  const loaded = list !== null && plan !== null && notes !== null && (choice.roundId === null || chosenRound !== null);
  const title = whose ? t('print.coach.title', { name: whose }) : t('print.coach.titleNoName');

  return (
    <PrintLayout
      lang={lang}
      eyebrow={t('print.coach.eyebrow')}
      title={title}
      subtitle={latest ? [t('print.coach.compassOf', { date })] : []}
      documentName={[t('print.coach.eyebrow'), whose].filter(Boolean).join(' · ')}
      readiness={problem ? 'failed' : loaded ? 'yes' : 'loading'}
    >
      {problem && <ProblemNotice problem={problem} />}
      {loaded && !problem && (
        <>
          <section aria-labelledby="print-compass">
            <h2 id="print-compass">{t('print.coach.compassTitle')}</h2>
            {latest ? (
              <StaticCompassFigure
                idPrefix="coach-compass"
                series={assessmentSeries(latest, { current: t('compass.seriesCurrent'), target: t('compass.seriesTarget') })}
                lang={lang}
                title={t('print.coach.chartTitle', { date })}
                dateLine={[whose, date].filter(Boolean).join(' · ')}
              />
            ) : (
              <p>{t('print.coach.noAssessment')}</p>
            )}
          </section>
          {latest && <PrioritiesList assessment={latest} />}
          {plan && <PlanPrint plan={plan} />}
          {notes && <NotesPrint notes={notes} />}
          {chosenRound && (
            <section aria-labelledby="print-figures" className="print-section--page">
              <h2 id="print-figures">{t('print.coach.figuresTitle', { round: chosenRound.round.name })}</h2>
              <ReportFigures round={chosenRound.round} report={chosenRound.report} sets={choice.sets} comments={choice.comments} />
            </section>
          )}
        </>
      )}
    </PrintLayout>
  );
}
