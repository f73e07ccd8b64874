/**
 * Plan rules that zod cannot express: needles must come from the route's own dimension (a route
 * belongs to a dimension, not to one needle), a route is chosen at most once, ids are unique, and a
 * new conversation serves a route that is on the plan (an older one keeps its route when that route
 * is removed later: nothing logged is lost). Each function returns problem codes; the service words
 * them for people.
 */
import { dimensionById, routeById } from '../../kernel/compass/content';
import type { DimensionId, NeedleId, RouteId } from '../../kernel/compass/model';
import { ROUTE_IDS } from '../../kernel/compass/model';
import type { ChosenRoute, PlanDocument } from './schemas';

export type PlanProblem =
  | { readonly code: 'needle-outside-dimension'; readonly route: RouteId; readonly needle: NeedleId; readonly dimension: DimensionId }
  | { readonly code: 'duplicate-needle'; readonly route: RouteId; readonly needle: NeedleId }
  | { readonly code: 'duplicate-route'; readonly route: RouteId }
  | { readonly code: 'duplicate-action-id'; readonly route: RouteId; readonly id: string }
  | { readonly code: 'duplicate-reflection-id'; readonly route: RouteId; readonly id: string }
  | { readonly code: 'duplicate-conversation-id'; readonly id: string }
  | { readonly code: 'conversation-route-not-chosen'; readonly route: RouteId; readonly id: string };

export type PlanProblemCode = PlanProblem['code'];

/** The needles a route may move: the two of its dimension. */
export function needlesForRoute(route: RouteId): readonly NeedleId[] {
  return dimensionById(routeById(route).dimension).needles;
}

/** Problems with the needles chosen for a route (outside its dimension, or named twice). */
export function needleProblems(route: RouteId, needles: readonly NeedleId[]): PlanProblem[] {
  const allowed = needlesForRoute(route);
  const dimension = routeById(route).dimension;
  const problems: PlanProblem[] = [];
  const seen = new Set<NeedleId>();
  for (const needle of needles) {
    if (seen.has(needle)) problems.push({ code: 'duplicate-needle', route, needle });
    else if (!allowed.includes(needle)) problems.push({ code: 'needle-outside-dimension', route, needle, dimension });
    seen.add(needle);
  }
  return problems;
}

/** Problems with choosing `route` for a plan that already holds `chosen`. */
export function chooseRouteProblems(chosen: readonly Pick<ChosenRoute, 'route'>[], route: RouteId, needles: readonly NeedleId[]): PlanProblem[] {
  const duplicate: PlanProblem[] = chosen.some((r) => r.route === route) ? [{ code: 'duplicate-route', route }] : [];
  return [...duplicate, ...needleProblems(route, needles)];
}

/** Every rule of a whole plan; empty when the plan is consistent. */
export function planProblems(plan: Pick<PlanDocument, 'routes' | 'conversations'>): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const routes = new Set<RouteId>();
  for (const chosen of plan.routes) {
    if (routes.has(chosen.route)) problems.push({ code: 'duplicate-route', route: chosen.route });
    routes.add(chosen.route);
    problems.push(...needleProblems(chosen.route, chosen.needles));
    for (const id of duplicates(chosen.actions.map((a) => a.id))) problems.push({ code: 'duplicate-action-id', route: chosen.route, id });
    for (const id of duplicates(chosen.reflections.map((r) => r.id))) {
      problems.push({ code: 'duplicate-reflection-id', route: chosen.route, id });
    }
  }
  for (const id of duplicates(plan.conversations.map((c) => c.id))) problems.push({ code: 'duplicate-conversation-id', id });
  return problems;
}

/** Problems with logging a conversation that served `route` (null: no particular route). */
export function conversationProblems(chosen: readonly Pick<ChosenRoute, 'route'>[], route: RouteId | null, id: string): PlanProblem[] {
  if (route === null || chosen.some((r) => r.route === route)) return [];
  return [{ code: 'conversation-route-not-chosen', route, id }];
}

/** Chosen routes in compass order (a–j: by dimension, then route). */
export function sortRoutes<T extends Pick<ChosenRoute, 'route'>>(routes: readonly T[]): T[] {
  return [...routes].sort((x, y) => ROUTE_IDS.indexOf(x.route) - ROUTE_IDS.indexOf(y.route));
}

/** Needles in compass order, each once. */
export function normalizeNeedles(needles: readonly NeedleId[]): NeedleId[] {
  return [...new Set(needles)].sort((a, b) => a - b);
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) twice.add(id);
    seen.add(id);
  }
  return [...twice];
}
