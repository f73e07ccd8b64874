import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, needleById } from '@shared/kernel/compass/content';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../../app/session';
import { setLabel } from './reportLabels';

/** Self and every published set per needle, grouped by dimension, with the self − others difference. */
export function ReportNeedles({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (report.sets.length === 0) return null;
  const gaps = new Map(report.gaps.map((g) => [g.needle, g]));

  return (
    <section aria-labelledby="report-needles-title">
      <h2 id="report-needles-title">{t('report.needlesTitle')}</h2>
      {/* Wide with several sets: a labelled region that keyboard users can scroll. */}
      <div className="table-scroll" role="region" aria-label={t('report.needlesTable')} tabIndex={0}>
        <table className="data-table report-table" data-testid="report-needles">
          <caption>{t('report.needlesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.needleColumn')}</th>
              {report.self && <th scope="col">{t('report.selfColumn')}</th>}
              {report.sets.map((s) => (
                <th scope="col" key={s.key} data-set={s.key}>
                  {setLabel(t, lang, s)}
                </th>
              ))}
              {report.self && <th scope="col">{t('report.gapColumn')}</th>}
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => (
              <Fragment key={d.id}>
                <tr className="report-table__group">
                  <th scope="colgroup" colSpan={report.sets.length + (report.self ? 3 : 1)}>
                    {d.id}. {d.name[lang]}
                  </th>
                </tr>
                {d.needles.map((n) => {
                  const key = String(n) as keyof typeof report.sets[number]['needles'];
                  const self = report.self?.needles[key] ?? null;
                  const gap = gaps.get(key);
                  return (
                    <tr key={n} data-needle={n}>
                      <th scope="row">
                        {n}. {needleById(n).name[lang]}
                      </th>
                      {report.self && <td>{self === null ? '–' : formatScore(self, lang)}</td>}
                      {report.sets.map((s) => {
                        const figure = s.needles[key];
                        return (
                          <td key={s.key} data-set={s.key} data-value={figure?.mean ?? ''}>
                            {figure ? (
                              `${formatScore(figure.mean, lang)} (${figure.n})`
                            ) : (
                              <span aria-label={t('report.notShown')}>–</span>
                            )}
                          </td>
                        );
                      })}
                      {report.self && (
                        <td>
                          {gap ? `${gap.difference > 0 ? '+' : ''}${formatScore(gap.difference, lang)}` : '–'}
                          {gap?.kind && <span className="badge badge--note">{t(gap.kind === 'blind-spot' ? 'report.blindSpot' : 'report.hiddenStrength')}</span>}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
