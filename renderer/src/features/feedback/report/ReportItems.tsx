import { useTranslation } from 'react-i18next';
import { needleById } from '@shared/kernel/compass/content';
import { questionnaireOf } from '@shared/kernel/compass/questionnaires';
import { needlesManyCouldNotJudge } from '@shared/features/feedback/cannotJudge';
import type { CannotJudgeFigure, ItemFigure, ReportModel } from '@shared/features/feedback/reportModel';
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

/** "2 van 8", or "minstens 6 van 8" where fewer than k answered (see shared/features/feedback/cannotJudge). */
function CannotJudge({ figure, n }: { figure: CannotJudgeFigure | undefined; n: number }) {
  const { t } = useTranslation();
  if (!figure) return <span aria-label={t('report.notShown')}>–</span>;
  const key = figure.atLeast ? 'report.cannotJudgeAtLeast' : 'report.cannotJudgeCell';
  // Everyone could judge it: said quietly, so the items many could not judge stand out.
  return <span className={figure.count === 0 ? 'muted' : undefined}>{t(key, { count: figure.count, n })}</span>;
}

/**
 * Per item (with the texts of the round's questionnaire version): self, every published set, the spread
 * of the comparison set, and how many of all others could not judge it.
 */
export function ReportItems({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const basis = basisSet(report);
  if (!basis) return null;
  const selfItems = report.self?.items ?? null;
  const anderen = report.sets.find((s) => s.key === 'anderen');
  const cannotJudge = anderen ? report.cannotJudge : null;
  const hardToJudge = needlesManyCouldNotJudge(report);
  const items = questionnaireOf(report.questionnaire.version).items;

  return (
    <section aria-labelledby="report-items-title">
      <h2 id="report-items-title">{t('report.itemsTitle')}</h2>
      <p>{t('report.itemsIntro')}</p>
      {cannotJudge && <p>{t('report.cannotJudgeIntro', { k: report.k })}</p>}
      {hardToJudge.length > 0 && (
        <p className="notice notice--info" data-testid="cannot-judge-note">
          {t('report.cannotJudgeNote', { needles: hardToJudge.map((n) => `${n}. ${needleById(n).name[lang]}`).join('; ') })}
        </p>
      )}
      {/* Wide with the count column: a labelled region that keyboard users can scroll. */}
      <div className="table-scroll" role="region" aria-label={t('report.itemsTable')} tabIndex={0}>
        <table className="data-table report-table" data-testid="report-items">
          <thead>
            <tr>
              <th scope="col">{t('report.itemColumn')}</th>
              {selfItems && <th scope="col">{t('report.selfColumn')}</th>}
              {report.sets.map((s) => (
                <th scope="col" key={s.key}>
                  {setLabel(t, lang, s)}
                </th>
              ))}
              <th scope="col">{t('report.spreadColumn', { set: setLabel(t, lang, basis) })}</th>
              {cannotJudge && anderen && <th scope="col">{t('report.cannotJudgeColumn')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const self = selfItems?.[item.id];
              const basisFigure = basis.items[item.id];
              return (
                <tr key={item.id} data-item={item.id}>
                  <th scope="row">
                    <span className="muted">{item.id}</span> {item.others[lang]}
                  </th>
                  {selfItems && <td>{self === null || self === undefined ? '–' : self}</td>}
                  {report.sets.map((s) => {
                    const figure = s.items[item.id];
                    return (
                      <td key={s.key} data-set={s.key} data-value={figure?.mean ?? ''}>
                        {figure ? `${formatScore(figure.mean, lang)} (${figure.n})` : <span aria-label={t('report.notShown')}>–</span>}
                      </td>
                    );
                  })}
                  <td>{basisFigure ? <Spread figure={basisFigure} /> : <span aria-label={t('report.notShown')}>–</span>}</td>
                  {cannotJudge && anderen && (
                    <td data-cannot-judge={cannotJudge[item.id]?.count ?? ''} data-at-least={cannotJudge[item.id]?.atLeast ? 'true' : undefined}>
                      <CannotJudge figure={cannotJudge[item.id]} n={anderen.n} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
