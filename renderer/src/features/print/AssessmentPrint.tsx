import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '@shared/kernel/compass/content';
import { dimensionScores, needleScores } from '@shared/kernel/scoring';
import { formatLongDate, formatScore } from '@shared/kernel/format';
import { assessmentSeries } from '../../charts/compass/compassSeries';
import { CompassTable } from '../../charts/compass/CompassTable';
import { StaticCompassFigure } from '../../charts/compass/StaticCompassFigure';
import { PrintLayout } from '../../ui/print/PrintLayout';
import { useLanguage } from '../../app/session';
import { useAssessments } from '../assessment';
import { PrioritiesList } from './PrioritiesList';
import { useProfileName } from './whose';

/** One meetmoment as a printable document: compass, priorities, scores, reflections. */
export function AssessmentPrint({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const whose = useProfileName();
  const list = useAssessments((s) => s.list);
  const problem = useAssessments((s) => s.problem);
  const shown = list?.find((a) => a.id === id) ?? null;
  const date = shown ? formatLongDate(shown.date, lang) : '';
  const title = shown ? t('print.assessment.title', { date }) : t('print.fileNames.meetmoment');
  const series = shown ? assessmentSeries(shown, { current: t('compass.seriesCurrent'), target: t('compass.seriesTarget') }) : [];
  const dims = shown ? dimensionScores(needleScores(shown.answers)) : null;

  return (
    <PrintLayout
      lang={lang}
      eyebrow={t('print.assessment.eyebrow')}
      title={title}
      subtitle={whose ? [t('print.of', { name: whose })] : []}
      documentName={[title, whose].filter(Boolean).join(' · ')}
      readiness={shown ? 'yes' : problem || list ? 'failed' : 'loading'}
    >
      {shown && dims && (
        <>
          <section aria-labelledby="print-compass">
            <h2 id="print-compass">{t('print.coach.compassTitle')}</h2>
            <StaticCompassFigure idPrefix="assessment-compass" series={series} lang={lang} title={t('print.assessment.chartTitle', { date })} dateLine={[whose, date].filter(Boolean).join(' · ')} />
          </section>
          <PrioritiesList assessment={shown} />
          <section aria-labelledby="print-scores">
            <h2 id="print-scores">{t('print.assessment.scoresTitle')}</h2>
            <CompassTable series={series} lang={lang} caption={t('print.assessment.chartTitle', { date })} />
          </section>
          <section aria-labelledby="print-reflections">
            <h2 id="print-reflections">{t('print.assessment.reflectionsTitle')}</h2>
            {DIMENSIONS.map((d) => (
              <div key={d.id} className="print-route">
                <h3>
                  {d.id}. {d.name[lang]}
                </h3>
                <p className="muted">{t('print.assessment.dimensionScore', { score: dims[d.id] === null ? '–' : formatScore(dims[d.id]!, lang) })}</p>
                <p>{shown.reflections[d.id] ?? t('print.assessment.noReflection')}</p>
              </div>
            ))}
          </section>
        </>
      )}
    </PrintLayout>
  );
}
