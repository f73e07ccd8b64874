import { useTranslation } from 'react-i18next';
import type { Route } from '@shared/kernel/compass/model';
import { useLanguage } from '../../app/session';

/** A route's letter (as a badge) and name; screen readers hear "Route a, <name>". */
export function RouteTitle({ route }: { route: Route }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <span className="visually-hidden">{t('plan.routeWord')} </span>
      <span className="plan-letter">{route.id}</span>
      <span className="visually-hidden">, </span>
      <span>{route.name[lang]}</span>
    </>
  );
}
