import { useTranslation } from 'react-i18next';
import { routeById } from '@shared/kernel/compass/content';
import type { PlanSlide } from '@shared/features/present/slides';
import { formatList } from '@shared/kernel/format';
import { formatDate } from '../../../app/i18n';
import { useLanguage } from '../../../app/session';
import { ROUTE_STATUS_LABEL } from '../../../ui/labels';

/** The routekaart: each chosen route with its status, the needles it serves and its actions. */
export function PlanSlideView({ slide }: { slide: PlanSlide }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="present-columns" data-testid="present-plan">
      {slide.routes.map((r) => (
        <section key={r.route} className="present-block" aria-labelledby={`present-route-${r.route}`}>
          <h2 id={`present-route-${r.route}`}>{t('plan.routeName', { letter: r.route, name: routeById(r.route).name[lang] })}</h2>
          <p className="present-meta">
            <span className={`present-status present-status--${r.status}`}>{t(ROUTE_STATUS_LABEL[r.status])}</span>{' '}
            {t('present.slides.plan.needles', { list: formatList(r.needles.map(String), lang) })}
          </p>
          {r.actions.length === 0 ? (
            <p className="present-muted">{t('present.slides.plan.noActions')}</p>
          ) : (
            <ul className="present-actions" aria-label={t('present.slides.plan.actions')}>
              {r.actions.map((a) => (
                <li key={a.id} data-done={a.doneOn !== null}>
                  <span className="present-actions__mark" aria-hidden="true">
                    {a.doneOn !== null ? '✓' : '○'}
                  </span>
                  <span>
                    {a.what}{' '}
                    <span className="present-muted">
                      (
                      {a.doneOn !== null
                        ? t('present.slides.plan.done', { date: formatDate(a.doneOn, lang) })
                        : a.due !== null
                          ? t('present.slides.plan.due', { date: formatDate(a.due, lang) })
                          : t('present.slides.plan.open')}
                      )
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
