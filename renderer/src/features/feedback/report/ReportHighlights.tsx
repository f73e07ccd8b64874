import { useTranslation } from 'react-i18next';
import { needleById } from '@shared/kernel/compass/content';
import type { NeedleId } from '@shared/kernel/compass/model';
import type { NeedleHighlight, ReportModel, SetKey } from '@shared/features/feedback/reportModel';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../../app/session';
import { REPORT_SET_LABEL } from '../../../ui/labels';
import { FindingRoute } from './FindingRoute';
import { HIGHLIGHT_TEXT, setName } from './reportLabels';

/** What to do with the report: strengths first, then a few development priorities. */
export function ReportHighlights({ report, roundName }: { report: ReportModel; roundName: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const basisName = (key: SetKey): string => {
    const set = report.sets.find((s) => s.key === key);
    return set ? setName(t, lang, set) : t(REPORT_SET_LABEL[key]);
  };

  const list = (items: readonly NeedleHighlight[], testId: 'strengths' | 'priorities') =>
    items.length === 0 ? (
      <p>{t('report.noHighlights')}</p>
    ) : (
      <ol className="highlights" data-testid={testId}>
        {items.map((h) => (
          <li key={h.needle} data-needle={h.needle}>
            <strong>{t('plan.needleName', { id: h.needle, name: needleById(Number(h.needle) as NeedleId).name[lang] })}</strong>
            <br />
            {t(HIGHLIGHT_TEXT[h.reason], {
              set: basisName(h.basis),
              others: formatScore(h.others, lang),
              self: h.self === null ? '–' : formatScore(h.self, lang),
            })}
            {testId === 'priorities' && (
              <FindingRoute needle={h.needle} kind={h.reason === 'blind-spot' ? 'blind-spot' : 'priority'} roundName={roundName} others={h.others} self={h.self} />
            )}
          </li>
        ))}
      </ol>
    );

  return (
    <section className="card card--accent" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t('report.nextSteps')}</h2>
      <p>{t('report.nextStepsIntro')}</p>
      <div className="two-columns">
        <div>
          <h3>{t('report.strengthsTitle')}</h3>
          {list(report.strengths, 'strengths')}
        </div>
        <div>
          <h3>{t('report.prioritiesTitle')}</h3>
          {list(report.priorities, 'priorities')}
        </div>
      </div>
    </section>
  );
}
