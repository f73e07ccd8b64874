/**
 * Status rules of a chosen route: which status may follow which. Pure data plus two lookups; the
 * service turns a refusal into a message, the UI offers only `nextStatuses(current)`.
 *
 *   gepland  → onderweg | gestopt       start, or drop the idea before starting
 *   onderweg → afgerond | gestopt | gepland
 *                                       finish, stop, or put it back on the shelf (started too early:
 *                                       nothing is lost, actions and reflections stay)
 *   afgerond → onderweg                 reopen: finished routes are history, so only "back on the road"
 *   gestopt  → gepland | onderweg       resume, later or right away
 *
 * Refused on purpose: gepland → afgerond (a route is only finished after it was travelled),
 * afgerond → gepland | gestopt (a finished route is not un-finished or stopped; reopen it first),
 * gestopt → afgerond (resume it first). Each refused step has exactly one status to pass through.
 * Setting the status a route already has is always allowed (a no-op).
 */
import { ROUTE_STATUSES, type RouteStatus } from './schemas';

export const STATUS_TRANSITIONS: Readonly<Record<RouteStatus, readonly RouteStatus[]>> = {
  gepland: ['onderweg', 'gestopt'],
  onderweg: ['afgerond', 'gestopt', 'gepland'],
  afgerond: ['onderweg'],
  gestopt: ['gepland', 'onderweg'],
};

/** True when a route with status `from` may be set to `to` (same status: true, a no-op). */
export function canTransition(from: RouteStatus, to: RouteStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** The statuses a route with status `from` may move to (without `from` itself), in table order. */
export function nextStatuses(from: RouteStatus): readonly RouteStatus[] {
  return STATUS_TRANSITIONS[from];
}

/**
 * For a refused step: the status to pass through first (`afgerond` → `gepland` goes via `onderweg`);
 * null when the step is allowed or no single status in between makes it possible.
 */
export function viaStatus(from: RouteStatus, to: RouteStatus): RouteStatus | null {
  if (canTransition(from, to)) return null;
  return ROUTE_STATUSES.find((mid) => canTransition(from, mid) && mid !== from && canTransition(mid, to)) ?? null;
}

/** Whether work on a route with this status still counts (its actions can be due). */
export function isOpenStatus(status: RouteStatus): boolean {
  return status === 'gepland' || status === 'onderweg';
}
