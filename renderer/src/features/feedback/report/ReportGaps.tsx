import { useTranslation } from 'react-i18next';
import { needleById } from '@shared/kernel/compass/content';
import type { NeedleId } from '@shared/kernel/compass/model';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import { formatNumber, formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../../app/session';
import { FindingRoute } from './FindingRoute';

/** Blind spots (self ≫ others) and hidden strengths (others ≫ self), with the threshold explained. */
export function ReportGaps({ report, roundName }: { report: ReportModel; roundName: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!report.self || report.gaps.length === 0) return null;

  const list = (kind: 'blind-spot' | 'hidden-strength') => {
    const gaps = report.gaps.filter((g) => g.kind === kind);
    if (gaps.length === 0) return <p>{t('report.noGaps')}</p>;
    return (
      <ul data-testid={kind}>
        {gaps.map((g) => (
          <li key={g.needle}>
            <strong>
              {g.needle}. {needleById(Number(g.needle) as NeedleId).name[lang]}
            </strong>
            : {t('report.gapLine', { self: formatScore(g.self, lang), others: formatScore(g.others, lang) })}
            {kind === 'blind-spot' && <FindingRoute needle={g.needle} kind="blind-spot" roundName={roundName} others={g.others} self={g.self} />}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="card" aria-labelledby="report-gaps-title">
      <h2 id="report-gaps-title">{t('report.gapsTitle')}</h2>
      <p>{t('report.gapsIntro', { threshold: formatNumber(report.gapThreshold, lang) })}</p>
      <div className="two-columns">
        <div>
          <h3>{t('report.blindSpots')}</h3>
          {list('blind-spot')}
        </div>
        <div>
          <h3>{t('report.hiddenStrengths')}</h3>
          {list('hidden-strength')}
        </div>
      </div>
    </section>
  );
}
