import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '@shared/kernel/compass/model';
import { routeById } from '@shared/kernel/compass/content';
import type { ChosenRoute } from '@shared/features/plan/schemas';
import { api } from '../../app/api/client';
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
  const [routes, setRoutes] = useState<readonly Pick<ChosenRoute, 'route' | 'status'>[]>([]);
  useEffect(() => {
    let live = true;
    api()
      .getPlan({})
      .then(
        (plan) => live && setRoutes(plan.routes),
        () => live && setRoutes([]),
      );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => radarRoutes(routes, lang), [routes, lang]);
}
