import { useTranslation } from 'react-i18next';
import type { PlanView } from '@shared/contract/api';
import { needleById, routeById } from '@shared/kernel/compass/content';
import { formatList, formatLongDate } from '@shared/kernel/format';
import { useLanguage } from '../../app/session';
import { ROUTE_STATUS_LABEL } from '../../ui/labels';

/** The routekaart for print: each chosen route with its status, why, needles and actions. */
export function PlanPrint({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-labelledby="print-plan">
      <h2 id="print-plan">{t('print.coach.planTitle')}</h2>
      {plan.routes.length === 0 && <p>{t('print.coach.noPlan')}</p>}
      {plan.routes.map((r) => {
        const route = routeById(r.route);
        return (
          <div key={r.route} className="print-route" data-route={r.route}>
            <h3>
              {t('plan.routeName', { letter: r.route, name: route.name[lang] })} — {t(ROUTE_STATUS_LABEL[r.status])}
            </h3>
            <p className="muted">{t('print.coach.chosenOn', { date: formatLongDate(r.chosenOn, lang) })}</p>
            {r.why !== '' && (
              <p>
                <strong>{t('print.coach.why')}:</strong> {r.why}
              </p>
            )}
            <p>
              <strong>{t('print.coach.needles')}:</strong> {formatList(r.needles.map((n) => t('plan.needleName', { id: n, name: needleById(n).name[lang] })), lang)}
            </p>
            <p>
              <strong>{t('print.coach.actions')}</strong>
            </p>
            {r.actions.length === 0 ? (
              <p className="muted">{t('print.coach.noActions')}</p>
            ) : (
              <ul className="print-list">
                {r.actions.map((a) => (
                  <li key={a.id}>
                    {a.what}
                    <span className="print-list__detail">
                      {[
                        a.doneOn ? t('print.coach.done', { date: formatLongDate(a.doneOn, lang) }) : a.due ? t('print.coach.due', { date: formatLongDate(a.due, lang) }) : '',
                        a.companions.length > 0 ? t('print.coach.companions', { names: formatList(a.companions, lang) }) : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
