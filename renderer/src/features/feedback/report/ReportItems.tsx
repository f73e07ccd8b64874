import { useTranslation } from 'react-i18next';
import { KOMPAS_V1 } from '@shared/kernel/compass/questionnaire';
import type { ItemFigure, ReportModel } from '@shared/features/feedback/reportModel';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../../app/session';
import { basisSet, setLabel } from './reportLabels';

/** A small bar per score value, with the counts as text for everyone. */
function Spread({ figure }: { figure: ItemFigure }) {
  const { t } = useTranslation();
  const max = Math.max(...figure.distribution, 1);
  const [n1, n2, n3, n4, n5] = figure.distribution;
  return (
    <div className="spread">
      <div className="spread__bars" aria-hidden="true">
        {figure.distribution.map((count, i) => (
          <span key={i} className="spread__bar" title={`${i + 1}: ${count}`}>
            <span className="spread__fill" style={{ height: `${(count / max) * 100}%` }} />
            <span className="spread__label">{i + 1}</span>
          </span>
        ))}
      </div>
      <span className="spread__text">{t('report.spread', { n1, n2, n3, n4, n5 })}</span>
    </div>
  );
}

/** Per item: self, every published set, and the spread of the comparison set. */
export function ReportItems({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const basis = basisSet(report);
  if (!basis) return null;

  return (
    <section aria-labelledby="report-items-title">
      <h2 id="report-items-title">{t('report.itemsTitle')}</h2>
      <p>{t('report.itemsIntro')}</p>
      <div className="table-scroll">
        <table className="data-table report-table" data-testid="report-items">
          <thead>
            <tr>
              <th scope="col">{t('report.itemColumn')}</th>
              {report.self && <th scope="col">{t('report.selfColumn')}</th>}
              {report.sets.map((s) => (
                <th scope="col" key={s.key}>
                  {setLabel(t, s)}
                </th>
              ))}
              <th scope="col">{t('report.spreadColumn', { set: setLabel(t, basis) })}</th>
            </tr>
          </thead>
          <tbody>
            {KOMPAS_V1.items.map((item) => {
              const self = report.self?.items[item.id];
              const basisFigure = basis.items[item.id];
              return (
                <tr key={item.id} data-item={item.id}>
                  <th scope="row">
                    <span className="muted">{item.id}</span> {item.others[lang]}
                  </th>
                  {report.self && <td>{self === null || self === undefined ? '–' : self}</td>}
                  {report.sets.map((s) => {
                    const figure = s.items[item.id];
                    return (
                      <td key={s.key} data-set={s.key} data-value={figure?.mean ?? ''}>
                        {figure ? `${formatScore(figure.mean, lang)} (${figure.n})` : <span aria-label={t('report.notShown')}>–</span>}
                      </td>
                    );
                  })}
                  <td>{basisFigure ? <Spread figure={basisFigure} /> : <span aria-label={t('report.notShown')}>–</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
