import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewAssessmentLink } from '../assessment';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { respondedCount } from '@shared/kernel/scoring';
import { AssessmentList } from '../assessment';
import { CompassRadar } from '../../charts/compass/CompassRadar';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DimensionScoreList } from '../../ui/DimensionScoreList';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { RemindersNotice } from '../plan';
import { assessmentSeries } from '../../charts/compass/compassSeries';
import { formatDate, formatDateTime } from '../../app/i18n';
import { hrefOf } from '../../app/router';
import { selectLatest, useAssessments } from '../assessment';
import { useDraft } from '../assessment';
import { useCoachMode, useLanguage } from '../../app/session';
import { useFocusOnMount } from '../../ui/useFocusOnMount';

export function StartScreen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The coach report is for coaches: a leader who never adds a coachee never sees it.
  const coachMode = useCoachMode();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const list = useAssessments((s) => s.list);
  const listProblem = useAssessments((s) => s.problem);
  const { draft, status, discard, problem: draftProblem } = useDraft();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const latest = useAssessments(selectLatest);

  const latestCard = latest && (
        <section className="card" aria-labelledby="latest-title">
          <h2 id="latest-title">{t('start.latestTitle')}</h2>
          <div className="latest">
            <div className="latest__chart">
              <CompassRadar
                series={assessmentSeries(latest, { current: t('compass.seriesCurrent'), target: t('compass.seriesTarget') })}
                lang={lang}
                title={t('compass.chartTitle', { date: formatDate(latest.date, lang) })}
                size={520}
              />
            </div>
            <div className="latest__summary">
              <p className="latest__date">{t('start.latestDate', { date: formatDate(latest.date, lang) })}</p>
              <DimensionScoreList answers={latest.answers} />
              <p>
                <a className="button button--primary" href={hrefOf({ name: 'compass', id: latest.id })}>
                  {t('start.openCompass')}
                </a>
              </p>
              {list && list.length > 1 && (
                <>
                  <h3>{t('start.historyTitle')}</h3>
                  <AssessmentList assessments={list} currentId={null} />
                </>
              )}
            </div>
          </div>
        </section>
      );

  const nextCard = draft ? (
        <section className="card card--accent" aria-labelledby="draft-title">
          <h2 id="draft-title">{t('start.draftTitle')}</h2>
          <p>
            {t('start.draftProgress', {
              answered: respondedCount(draft.answers),
              total: ALL_ITEM_IDS.length,
              when: status.kind === 'saved' ? formatDateTime(status.at, lang) : '—',
            })}
          </p>
          <div className="actions">
            <a className="button button--primary" href={hrefOf({ name: 'assess' })}>
              {t('start.draftContinue')}
            </a>
            <button type="button" className="button button--secondary" onClick={() => setConfirmDiscard(true)}>
              {t('start.draftDiscard')}
            </button>
          </div>
        </section>
      ) : (
        <section className="card card--accent" aria-labelledby="new-title">
          <h2 id="new-title">{t('start.newAssessment')}</h2>
          <p>{t('start.newAssessmentHint')}</p>
          <div className="actions">
            <NewAssessmentLink primary={!latest} />
          </div>
        </section>
      );

  return (
    <div className="stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <RemindersNotice />
      <div className="lead">
        <p>{t('start.intro1')}</p>
        <p>{t('start.intro2')}</p>
      </div>
      {listProblem && <ProblemNotice problem={listProblem} />}
      {draftProblem && <ProblemNotice problem={draftProblem} />}
      <p className="visually-hidden" role="status">
        {discarded ? t('start.draftDiscarded') : ''}
      </p>

      {draft ? (
        <>
          {nextCard}
          {latestCard}
        </>
      ) : (
        <>
          {latestCard}
          {nextCard}
        </>
      )}

      {list && !latest && <p>{t('start.none')}</p>}
      {coachMode && (
        <p>
          <a href={hrefOf({ name: 'coach-report' })}>{t('print.coach.choiceTitle')}</a>
        </p>
      )}

      {confirmDiscard && (
        <ConfirmDialog
          title={t('start.draftDiscard')}
          text={t('start.draftDiscardConfirm')}
          confirmLabel={t('start.draftDiscard')}
          cancelLabel={t('compass.cancel')}
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={() => {
            setConfirmDiscard(false);
            void discard().then(() => setDiscarded(true));
          }}
        />
      )}
    </div>
  );
}
