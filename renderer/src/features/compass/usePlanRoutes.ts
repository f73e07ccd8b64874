import { useEffect, useMemo } from 'react';
import type { Lang } from '@shared/kernel/compass/model';
import { routeById } from '@shared/kernel/compass/content';
import type { ChosenRoute } from '@shared/features/plan/schemas';
import { usePlan } from '../plan';
import type { RadarRoute } from '../../charts/compass/CompassRadar';

/** The routes of the plan as the radar draws them. */
export function radarRoutes(routes: readonly Pick<ChosenRoute, 'route' | 'status'>[], lang: Lang): RadarRoute[] {
  return routes.map((r) => ({ route: r.route, status: r.status, label: routeById(r.route).name[lang] }));
}

/**
 * The chosen routes of the plan, for the compass. If the plan cannot be read, the compass simply shows
 * no routes (the plan screen reports the problem).
 */
export function usePlanRoutes(lang: Lang): RadarRoute[] {
  useEffect(() => {
    void usePlan.getState().load();
  }, []);
  const routes = usePlan((s) => s.plan?.routes);
  return useMemo(() => radarRoutes(routes ?? [], lang), [routes, lang]);
}
