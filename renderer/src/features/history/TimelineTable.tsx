import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/kernel/compass/model';
import type { NeedleTimeline } from '@shared/features/history/history';
import { formatScore } from '@shared/kernel/format';
import { formatDate } from '../../app/i18n';
import { basisName, momentName } from './historyText';

function Value({ value, lang, series }: { value: number | null; lang: Lang; series: string }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <td className="history-table__value history-table__missing" data-series={series}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('history.timeline.noValue')}</span>
      </td>
    );
  }
  return (
    <td className="history-table__value" data-series={series} data-value={value}>
      {formatScore(value, lang)}
    </td>
  );
}

/** The numbers of a needle's timeline: one row per meetmoment or round, by date. */
export function TimelineTable({ timeline, lang, caption }: { timeline: NeedleTimeline; lang: Lang; caption: string }) {
  const { t } = useTranslation();
  const hasRounds = timeline.points.some((p) => p.kind === 'round');
  return (
    <div className="table-scroll">
      <table className="data-table history-table" data-testid="timeline-table" data-needle={timeline.needle}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.timeline.date')}</th>
            <th scope="col">{t('history.timeline.moment')}</th>
            <th scope="col" className="history-table__number">
              {t('history.timeline.self')}
            </th>
            <th scope="col" className="history-table__number">
              {t('history.timeline.target')}
            </th>
            {hasRounds && (
              <th scope="col" className="history-table__number">
                {t('history.timeline.others')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {timeline.points.map((p) => (
            <tr key={`${p.kind}:${p.id}`} data-kind={p.kind} data-date={p.date}>
              <th scope="row">{formatDate(p.date, lang)}</th>
              <td>
                {momentName(t, p)}
                {p.kind === 'round' && <span className="history-table__basis"> ({t('history.timeline.basis', { basis: basisName(t, p.basis) })})</span>}
              </td>
              <Value value={p.kind === 'assessment' ? p.self : null} lang={lang} series="self" />
              <Value value={p.kind === 'assessment' ? p.target : null} lang={lang} series="target" />
              {hasRounds && <Value value={p.kind === 'round' ? p.others : null} lang={lang} series="others" />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
