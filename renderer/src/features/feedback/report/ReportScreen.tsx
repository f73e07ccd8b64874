import { useTranslation } from 'react-i18next';
import { formatLongDate } from '@shared/kernel/format';
import { ProblemNotice } from '../../../ui/ProblemNotice';
import { useLanguage } from '../../../app/session';
import { hrefOf } from '../../../app/router';
import { useFocusOnMount } from '../../../ui/useFocusOnMount';
import { useRoundReport } from './useRoundReport';
import { ReportComments } from './ReportComments';
import { ReportCompass } from './ReportCompass';
import { ReportGaps } from './ReportGaps';
import { ReportHighlights } from './ReportHighlights';
import { ReportItems } from './ReportItems';
import { ReportNeedles } from './ReportNeedles';
import { ReportSets } from './ReportSets';
import { GROUP_LABEL } from '../../../ui/labels';
import { SelfDeletedNote } from '../Comparison';
import { PrintButtons } from '../../../ui/print/PrintButtons';
import { HeldByCoachNote } from '../HeldByCoachNote';

/**
 * The 360° report of a closed round. It opens with what to do with it (strengths, priorities), then
 * the compass, then the detail. Everything shown comes from the report model, which already obeys
 * the anonymity rules; this screen never computes figures of its own.
 */
export function ReportScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>(id);
  const { data, problem } = useRoundReport(id);

  if (!data) {
    return (
      <div className="stack">
        <p>
          <a href={hrefOf({ name: 'round', id })}>← {t('report.back')}</a>
        </p>
        {problem ? (
          <>
            <h1 ref={heading} tabIndex={-1}>
              {t('report.eyebrow')}
            </h1>
            <ProblemNotice problem={problem} />
          </>
        ) : (
          <p aria-live="polite">{t('app.loading')}</p>
        )}
      </div>
    );
  }
  const { round, report } = data;
  const k = report.k;

  return (
    <div className="stack report">
      <div className="actions actions--spread no-print">
        <a href={hrefOf({ name: 'round', id })}>← {t('report.back')}</a>
      </div>
      <PrintButtons target={{ kind: 'rapport', roundId: id }} fileNameParts={[t('print.fileNames.rapport'), round.name]} />
      <div>
        <p className="eyebrow">{t('report.eyebrow')}</p>
        <h1 ref={heading} tabIndex={-1}>
          {round.name}
        </h1>
        <p className="muted">
          {t('report.responses', { count: round.total })}:{' '}
          {round.groups.map((g) => `${t(GROUP_LABEL[g])} ${report.counts[g]}`).join(' · ')}
        </p>
        <p className="muted" data-testid="report-questionnaire">
          {t('report.version', { version: report.questionnaire.version })}
          {report.self && report.self.questionnaire.version !== report.questionnaire.version && (
            <> {t('report.selfOtherVersion', { version: report.self.questionnaire.version })}</>
          )}
        </p>
        {report.self && (
          <p className="muted" data-testid="report-self">
            {report.self.takenOn
              ? t('report.setPlan.selfTakenOn', { date: formatLongDate(report.self.takenOn, lang) })
              : t('report.setPlan.selfTakenOnUnknown')}
          </p>
        )}
      </div>
      {round.origin === 'published' && <HeldByCoachNote />}
      <SelfDeletedNote comparedWith={round.comparedWith} />

      {!report.scoresShown && (
        <p className="notice notice--warning" role="status">
          {t('report.withheld', { k })}
        </p>
      )}

      <ReportSets report={report} />
      <ReportHighlights report={report} roundName={round.name} />
      <ReportCompass report={report} roundName={round.name} />
      <ReportNeedles report={report} />
      <ReportGaps report={report} roundName={round.name} />
      <ReportItems report={report} />
      <ReportComments report={report} />
    </div>
  );
}
