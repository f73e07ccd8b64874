import { useTranslation } from 'react-i18next';
import type { MessageKey } from '@shared/i18n/index';
import type { GroupPlacement, ReportModel, SetKey } from '@shared/features/feedback/reportModel';
import { useLanguage } from '../../../app/session';
import { GROUP_LABEL } from '../../../ui/labels';
import { PLACEMENT_TEXT, setLabel } from './reportLabels';

/** What each shown set is. */
const SET_TEXT = {
  anderen: 'report.setPlan.anderen',
  'groep-leidinggevende': 'report.setPlan.separate',
  'groep-collega': 'report.setPlan.separate',
  'groep-medewerker': 'report.setPlan.separate',
  'groep-extern': 'report.setPlan.separate',
  'groep-bestuurlijk': 'report.setPlan.separate',
  overige: 'report.setPlan.overige',
  'leidinggevende-niet-anoniem': 'report.setPlan.manager',
} as const satisfies Record<SetKey, MessageKey>;

/**
 * Which sets the report shows and why a group is not shown on its own, in plain words, from the
 * model's placement codes. It says nothing the counts per group do not already tell.
 */
export function ReportSets({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { k, sets } = report;
  const anderen = sets.some((s) => s.key === 'anderen');
  const overige = sets.find((s) => s.key === 'overige');
  const notSeparate = report.scoresShown ? report.groupPlacements.filter((p) => p.placement !== 'separate') : [];

  const whereCounted = (p: GroupPlacement): string | null => {
    if (p.placement === 'only-group') return null;
    if (overige?.groups.includes(p.group)) return t('report.setPlan.countsInOverige');
    return anderen ? t('report.setPlan.countsInAnderen') : null;
  };

  return (
    <section className="card" aria-labelledby="report-sets-title" data-testid="report-sets">
      <h2 id="report-sets-title">{t('report.setPlan.title')}</h2>
      <p>{t('report.setPlan.intro', { k })}</p>
      {report.setRules === 1 && report.scoresShown && !anderen && <p className="notice notice--info">{t('report.setPlan.olderRules')}</p>}
      {sets.length > 0 && (
        <>
          <h3>{t('report.setPlan.shownTitle')}</h3>
          <ul data-testid="report-sets-shown">
            {sets.map((s) => (
              <li key={s.key} data-set={s.key}>
                <strong>{setLabel(t, lang, s)}</strong>: {t(SET_TEXT[s.key])}
              </li>
            ))}
          </ul>
        </>
      )}
      {notSeparate.length > 0 && (
        <>
          <h3>{t('report.setPlan.notSeparateTitle')}</h3>
          <ul data-testid="report-sets-not-separate">
            {notSeparate.map((p) => (
              <li key={p.group} data-group={p.group} data-placement={p.placement}>
                {t(PLACEMENT_TEXT[p.placement as keyof typeof PLACEMENT_TEXT], { group: t(GROUP_LABEL[p.group]), count: report.counts[p.group], k })}
                {whereCounted(p) && <> {whereCounted(p)}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.scoresShown && <p>{t('report.setPlan.perItem', { k })}</p>}
    </section>
  );
}
