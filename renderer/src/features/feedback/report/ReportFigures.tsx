import { useTranslation } from 'react-i18next';
import type { ReportModel, SetKey } from '@shared/features/feedback/reportModel';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { StaticCompassFigure } from '../../../charts/compass/StaticCompassFigure';
import { useLanguage } from '../../../app/session';
import { basisSet, setLabel } from './reportLabels';
import { reportSeries } from './reportSeries';
import { ReportComments } from './ReportComments';
import { ReportNeedles } from './ReportNeedles';

/** The report with only the chosen sets (and, without the comparison's basis, no gaps). Comments are shown or not by the caller. */
export function chosenPart(report: ReportModel, sets: readonly SetKey[]): ReportModel {
  const basis = basisSet(report)?.key;
  return {
    ...report,
    sets: report.sets.filter((s) => sets.includes(s.key)),
    gaps: basis && sets.includes(basis) ? report.gaps : [],
  };
}

/**
 * A round's figures for print: the static compass (self and the first chosen set), the needle table
 * with the chosen sets, and the verbatim comments when asked for. For the coach report.
 */
export function ReportFigures({ round, report, sets, comments }: { round: RoundSummary; report: ReportModel; sets: readonly SetKey[]; comments: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const part = chosenPart(report, sets);
  const first = part.sets[0];
  return (
    <>
      {first && (
        <StaticCompassFigure
          idPrefix={`report-${round.id}`}
          series={reportSeries(part, first, { self: t('report.selfSeries'), set: setLabel(t, lang, first) })}
          lang={lang}
          title={t('print.coach.figuresChart', { round: round.name, set: setLabel(t, lang, first) })}
          dateLine={t('report.responses', { count: round.total })}
        />
      )}
      <ReportNeedles report={part} />
      {comments && <ReportComments report={part} />}
    </>
  );
}
