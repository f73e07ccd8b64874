import { useState } from 'react';
import { latestAssessment } from '@shared/features/assessment/latest';
import { useTranslation } from 'react-i18next';
import { NewAssessmentLink } from '../assessment';
import { DIMENSIONS } from '@shared/kernel/compass/content';
import { dimensionScores, needleScores } from '@shared/kernel/scoring';
import { AssessmentList } from '../assessment';
import { CompassRadar } from '../../charts/compass/CompassRadar';
import { CompassTable } from '../../charts/compass/CompassTable';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { assessmentSeries, earlierSeries } from '../../charts/compass/compassSeries';
import { formatScore } from '@shared/kernel/format';
import { formatDate } from '../../app/i18n';
import { navigate } from '../../app/router';
import { useAssessments } from '../assessment';
import { useLanguage } from '../../app/session';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { CompareSelect } from './CompareSelect';
import { usePlanRoutes } from './usePlanRoutes';
import { CompassExport } from './CompassExport';

/** The compass of one meetmoment (the newest when none is chosen), with the list of all of them. */
export function CompassScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const list = useAssessments((s) => s.list);
  const problem = useAssessments((s) => s.problem);
  const remove = useAssessments((s) => s.remove);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [compareId, setCompareId] = useState('');
  const routes = usePlanRoutes(lang);
  const heading = useFocusOnMount<HTMLHeadingElement>(id);

  if (!list) return problem ? <ProblemNotice problem={problem} /> : <p aria-live="polite">{t('app.loading')}</p>;
  const shown = id ? list.find((a) => a.id === id) : latestAssessment(list);

  if (!shown) {
    return (
      <div className="stack">
        <h1 ref={heading} tabIndex={-1}>
          {t('compass.title')}
        </h1>
        <p>{id ? t('compass.notFound') : t('compass.none')}</p>
        <p>
          <NewAssessmentLink />
        </p>
      </div>
    );
  }

  const date = formatDate(shown.date, lang);
  const compared = list.find((a) => a.id === compareId && a.id !== shown.id);
  const series = [
    ...assessmentSeries(shown, { current: t('compass.seriesCurrent'), target: t('compass.seriesTarget') }),
    ...(compared ? [earlierSeries(compared, t('history.compare.series', { date: formatDate(compared.date, lang) }))] : []),
  ];
  const dims = dimensionScores(needleScores(shown.answers));

  return (
    <div className="stack">
      <div>
        <p className="eyebrow">{t('compass.title')}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t('compass.assessmentOf', { date })}
        </h1>
      </div>
      {problem && <ProblemNotice problem={problem} />}
      <div className="compass-layout">
        <section className="card compass-layout__chart" aria-label={t('compass.chartTitle', { date })}>
          <CompareSelect assessments={list} currentId={shown.id} value={compareId} onChange={setCompareId} />
          <CompassRadar series={series} routes={routes} lang={lang} title={t('compass.chartTitle', { date })} size={680} />
        </section>
        <aside className="card compass-layout__side" aria-labelledby="history-title">
          <h2 id="history-title">{t('compass.historyTitle')}</h2>
          <AssessmentList assessments={list} currentId={shown.id} />
        </aside>
      </div>

      <section aria-labelledby="dimensions-title">
        <h2 id="dimensions-title">{t('compass.dimensionsTitle')}</h2>
        <div className="dimension-grid">
          {DIMENSIONS.map((d) => (
            <article key={d.id} className="card dimension-card">
              <h3>
                {d.id}. {d.name[lang]}
              </h3>
              <p className="dimension-card__score">
                {t('compass.dimensionScore')}: <strong>{dims[d.id] === null ? '–' : formatScore(dims[d.id]!, lang)}</strong>
              </p>
              <h4>{t('compass.reflection')}</h4>
              <p className={shown.reflections[d.id] ? 'reflection' : 'muted'}>
                {shown.reflections[d.id] ?? t('compass.noReflection')}
              </p>
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="table-title">
        <h2 id="table-title">{t('compass.tableTitle')}</h2>
        <CompassTable series={series} lang={lang} caption={t('compass.chartTitle', { date })} />
      </section>

      <CompassExport assessment={shown} series={series} />

      <div className="actions">
        <button type="button" className="button button--danger-quiet" onClick={() => setConfirmDelete(true)}>
          {t('compass.delete')}
        </button>
      </div>
      {confirmDelete && (
        <ConfirmDialog
          title={t('compass.deleteConfirmTitle')}
          text={t('compass.deleteConfirmText', { date })}
          confirmLabel={t('compass.deleteConfirm')}
          cancelLabel={t('compass.cancel')}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            void remove(shown.id).then((ok) => ok && navigate({ name: 'compass', id: null }));
          }}
        />
      )}
    </div>
  );
}
