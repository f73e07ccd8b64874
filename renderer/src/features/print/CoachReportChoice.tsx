import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/contract/api';
import type { SetKey } from '@shared/features/feedback/reportModel';
import type { CoachReportChoice as Choice } from '@shared/features/print/printTargets';
import { localIsoDate } from '@shared/kernel/dates';
import { PrintButtons } from '../../ui/print/PrintButtons';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { useLanguage } from '../../app/session';
import { toProblem, type Problem } from '../../app/problem';
import { setLabel, useFeedback } from '../feedback';
import { useProfileName } from './whose';

/**
 * Before printing the coach report, the coachee chooses which 360° figures go in: one closed round
 * (or none), which of its sets, and whether the verbatim comments do.
 */
export function CoachReportChoice() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const whose = useProfileName();
  const heading = useFocusOnMount<HTMLHeadingElement>('coach-report');
  const rounds = useFeedback((s) => s.rounds);
  const roundsProblem = useFeedback((s) => s.problem);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [report, setReport] = useState<ApiOutput<'getReport'> | null>(null);
  const [reportProblem, setReportProblem] = useState<Problem | null>(null);
  const [sets, setSets] = useState<SetKey[]>([]);
  const [comments, setComments] = useState(false);

  useEffect(() => {
    void useFeedback.getState().load();
  }, []);
  useEffect(() => {
    setReport(null);
    setReportProblem(null);
    if (!roundId) return;
    useFeedback
      .getState()
      .report(roundId)
      .then((value) => {
        setReport(value);
        // The set every comparison with self uses is the natural first choice.
        setSets(value.report.sets.filter((s) => s.key === 'anderen').map((s) => s.key));
      })
      .catch((error: unknown) => setReportProblem(toProblem(error)));
  }, [roundId]);

  const closed = (rounds ?? []).filter((r) => r.closedAt !== null);
  const choice: Choice = { kind: 'coachrapport', roundId, sets: roundId ? sets : [], comments: roundId !== null && comments };
  const incomplete = roundId !== null && (report === null || sets.length === 0);
  const toggle = (key: SetKey, on: boolean) => setSets((current) => (on ? [...current, key] : current.filter((k) => k !== key)));

  return (
    <div className="stack">
      <div>
        <p className="eyebrow">{t('print.coach.eyebrow')}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t('print.coach.choiceTitle')}
        </h1>
      </div>
      <p>{t('print.coach.choiceIntro')}</p>
      {roundsProblem && <ProblemNotice problem={roundsProblem} />}
      {rounds && closed.length === 0 && <p>{t('print.coach.noClosedRounds')}</p>}
      {closed.length > 0 && (
        <fieldset className="field choice-group">
          <legend className="field__label">{t('print.coach.roundLegend')}</legend>
          <div className="choice">
            <input type="radio" id={`${id}-none`} name={`${id}-round`} checked={roundId === null} onChange={() => setRoundId(null)} />
            <label htmlFor={`${id}-none`}>{t('print.coach.noRound')}</label>
          </div>
          {closed.map((r) => (
            <div key={r.id} className="choice">
              <input type="radio" id={`${id}-${r.id}`} name={`${id}-round`} checked={roundId === r.id} onChange={() => setRoundId(r.id)} />
              <label htmlFor={`${id}-${r.id}`}>{r.name}</label>
            </div>
          ))}
        </fieldset>
      )}
      {reportProblem && <ProblemNotice problem={reportProblem} />}
      {report && (
        <>
          <fieldset className="field choice-group" aria-describedby={sets.length === 0 ? `${id}-sets-error` : undefined}>
            <legend className="field__label">{t('print.coach.setsLegend')}</legend>
            {report.report.sets.map((s) => (
              <div key={s.key} className="choice">
                <input type="checkbox" id={`${id}-set-${s.key}`} checked={sets.includes(s.key)} onChange={(e) => toggle(s.key, e.target.checked)} />
                <label htmlFor={`${id}-set-${s.key}`}>{setLabel(t, lang, s)}</label>
              </div>
            ))}
            {sets.length === 0 && (
              <p id={`${id}-sets-error`} className="field__error">
                {t('print.coach.noSets')}
              </p>
            )}
          </fieldset>
          <div className="choice">
            <input type="checkbox" id={`${id}-comments`} checked={comments} onChange={(e) => setComments(e.target.checked)} />
            <label htmlFor={`${id}-comments`}>{t('print.coach.comments')}</label>
          </div>
        </>
      )}
      <PrintButtons target={choice} fileNameParts={[t('print.fileNames.coachrapport'), whose, localIsoDate(new Date())]} disabled={incomplete} />
    </div>
  );
}
