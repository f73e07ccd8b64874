import { useTranslation } from 'react-i18next';
import { StaticCompassFigure } from '../../../charts/compass/StaticCompassFigure';
import { PrintLayout } from '../../../ui/print/PrintLayout';
import { ProblemNotice } from '../../../ui/ProblemNotice';
import { GROUP_LABEL } from '../../../ui/labels';
import { useLanguage } from '../../../app/session';
import { useRoundReport } from './useRoundReport';
import { basisSet, setLabel } from './reportLabels';
import { reportSeries } from './reportSeries';
import { ReportComments } from './ReportComments';
import { ReportGaps } from './ReportGaps';
import { ReportHighlights } from './ReportHighlights';
import { ReportItems } from './ReportItems';
import { ReportNeedles } from './ReportNeedles';
import { ReportSets } from './ReportSets';

/** The 360° report of a closed round as a printable document (the report screen's parts, a static compass). */
export function ReportPrint({ id, whose }: { id: string; whose: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { data, problem } = useRoundReport(id);

  const title = data?.round.name ?? t('print.report.eyebrow');
  const basis = data ? basisSet(data.report) : null;
  const subtitle = [
    ...(whose ? [t('print.of', { name: whose })] : []),
    ...(data ? [`${t('report.responses', { count: data.round.total })}: ${data.round.groups.map((g) => `${t(GROUP_LABEL[g])} ${data.report.counts[g]}`).join(' · ')}`] : []),
  ];

  return (
    <PrintLayout
      lang={lang}
      eyebrow={t('print.report.eyebrow')}
      title={title}
      subtitle={subtitle}
      documentName={[t('print.report.eyebrow'), title, whose].filter(Boolean).join(' · ')}
      readiness={problem ? 'failed' : data ? 'yes' : 'loading'}
    >
      {problem && <ProblemNotice problem={problem} />}
      {data && (
        <div className="print-report">
          {!data.report.scoresShown && <p className="notice notice--warning">{t('report.withheld', { k: data.report.k })}</p>}
          <ReportHighlights report={data.report} roundName={data.round.name} />
          {basis && (
            <section aria-labelledby="print-report-compass">
              <h2 id="print-report-compass">{t('report.compassTitle')}</h2>
              <StaticCompassFigure
                idPrefix="report-compass"
                series={reportSeries(data.report, basis, { self: t('report.selfSeries'), set: setLabel(t, lang, basis) })}
                lang={lang}
                title={`${data.round.name}: ${t('report.chartTitle', { set: setLabel(t, lang, basis) })}`}
                dateLine={subtitle.at(-1) ?? ''}
              />
            </section>
          )}
          <ReportNeedles report={data.report} />
          <ReportGaps report={data.report} roundName={data.round.name} />
          <ReportItems report={data.report} />
          <ReportComments report={data.report} />
          <ReportSets report={data.report} />
        </div>
      )}
    </PrintLayout>
  );
}
