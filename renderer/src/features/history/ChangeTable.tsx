import { useTranslation } from 'react-i18next';
import type { DimensionId, Lang, NeedleId } from '@shared/kernel/compass/model';
import { DIMENSIONS, needleById } from '@shared/kernel/compass/content';
import type { Change, ChangeBetween } from '@shared/features/history/history';
import { ARROWS, changeText, direction, scoreOrDash } from './historyText';

export interface ChangeTableProps {
  changes: ChangeBetween;
  /** Needles to mark as the biggest moves. */
  biggest: readonly NeedleId[];
  /** Long dates of the two meetmomenten. */
  fromDate: string;
  toDate: string;
  lang: Lang;
}

function ChangeCells({ change, lang }: { change: Change<NeedleId | DimensionId>; lang: Lang }) {
  const { t } = useTranslation();
  const dir = direction(change.change);
  return (
    <>
      <td className="history-table__value">{scoreOrDash(change.from, lang)}</td>
      <td className="history-table__value">{scoreOrDash(change.to, lang)}</td>
      <td className={`history-change history-change--${dir}`} data-direction={dir} data-change={change.change ?? ''}>
        <span className="history-change__arrow" aria-hidden="true">
          {ARROWS[dir]}
        </span>{' '}
        {changeText(t, change.change, lang)}
      </td>
    </>
  );
}

/** Per dimension and needle: the score of both meetmomenten and the change, in arrows and words. */
export function ChangeTable({ changes, biggest, fromDate, toDate, lang }: ChangeTableProps) {
  const { t } = useTranslation();
  const byNeedle = new Map(changes.needles.map((c) => [c.key, c]));
  const byDimension = new Map(changes.dimensions.map((c) => [c.key, c]));
  return (
    <div className="table-scroll">
      <table className="data-table history-table history-change-table" data-testid="change-table">
        <caption>{t('history.change.caption', { from: fromDate, to: toDate })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.change.needle')}</th>
            <th scope="col" className="history-table__number">
              {t('history.change.fromColumn')}
              <span className="history-table__date">{fromDate}</span>
            </th>
            <th scope="col" className="history-table__number">
              {t('history.change.toColumn')}
              <span className="history-table__date">{toDate}</span>
            </th>
            <th scope="col">{t('history.change.changeColumn')}</th>
          </tr>
        </thead>
        {DIMENSIONS.map((d) => {
          const dim = byDimension.get(d.id);
          return (
            <tbody key={d.id} data-dimension={d.id}>
              {dim && (
                <tr className="history-change-table__dimension" data-dimension={d.id}>
                  <th scope="row">{t('history.change.dimension', { numeral: d.id, name: d.name[lang] })}</th>
                  <ChangeCells change={dim} lang={lang} />
                </tr>
              )}
              {d.needles.map((n) => {
                const c = byNeedle.get(n);
                if (!c) return null;
                const big = biggest.includes(n);
                return (
                  <tr key={n} data-needle={n} data-biggest={big ? 'true' : undefined} className={big ? 'history-change-table__biggest' : undefined}>
                    <th scope="row">
                      <span className="history-table__needle-number">{n}</span> {needleById(n).name[lang]}
                      {big && <span className="badge history-badge">{t('history.change.biggest')}</span>}
                    </th>
                    <ChangeCells change={c} lang={lang} />
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
