import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import { CompassRadar } from '../../../charts/compass/CompassRadar';
import { useLanguage } from '../../../app/session';
import { basisSet, setLabel } from './reportLabels';
import { reportSeries } from './reportSeries';

/** The compass with the view of others (a chosen set) over the leader's own latest self-assessment. */
export function ReportCompass({ report, roundName }: { report: ReportModel; roundName: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(basisSet(report)?.key ?? null);
  if (report.sets.length === 0) return null;
  const set = report.sets.find((s) => s.key === chosen) ?? report.sets[0]!;

  const series = reportSeries(report, set, { self: t('report.selfSeries'), set: setLabel(t, lang, set) });

  return (
    <section className="card" aria-labelledby="report-compass-title">
      <h2 id="report-compass-title">{t('report.compassTitle')}</h2>
      {!report.self && <p>{t('report.noSelf')}</p>}
      {report.sets.length > 1 && (
        <div className="field">
          <label htmlFor={selectId} className="field__label">
            {t('report.compassChoose')}
          </label>
          <select id={selectId} className="select" value={set.key} onChange={(e) => setChosen(e.target.value)}>
            {report.sets.map((s) => (
              <option key={s.key} value={s.key}>
                {setLabel(t, lang, s)}
              </option>
            ))}
          </select>
        </div>
      )}
      <CompassRadar series={series} lang={lang} title={`${roundName}: ${t('report.chartTitle', { set: setLabel(t, lang, set) })}`} size={640} />
    </section>
  );
}
