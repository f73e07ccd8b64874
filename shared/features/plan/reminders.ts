/**
 * What is due: a review of the compass (every N months after the latest meetmoment) and the open
 * actions of the routekaart. Pure; dates are local calendar dates (`todayIn` gives today).
 */
import type { DueItem } from '../../contract/api';
import { ROUTE_IDS } from '../../kernel/compass/model';
import type { PlanDocument } from './schemas';
import { addDays, addMonths } from '../../kernel/calendar';
import { isOpenStatus } from './status';

export const DEFAULT_HORIZON_DAYS = 7;

export interface DueItemsInput {
  readonly plan: Pick<PlanDocument, 'reviewEveryMonths' | 'routes'>;
  /** Date of the latest meetmoment; null when there is none (then no review is due). */
  readonly latestAssessmentDate: string | null;
  readonly today: string;
  /** Items due up to this many days ahead are included; overdue ones always. */
  readonly horizonDays?: number;
}

/** When the next review of the compass is due; null without a rhythm or without a meetmoment. */
export function nextReviewDate(reviewEveryMonths: number | null, latestAssessmentDate: string | null): string | null {
  if (reviewEveryMonths === null || latestAssessmentDate === null) return null;
  return addMonths(latestAssessmentDate, reviewEveryMonths);
}

/**
 * The review (when its date is within the horizon or past) and every open action (not done, with a
 * date, on a route that is gepland or onderweg) due within the horizon or overdue. Sorted by date,
 * then the review before actions, then route (a–j), then the plan's own order.
 */
export function dueItems({ plan, latestAssessmentDate, today, horizonDays = DEFAULT_HORIZON_DAYS }: DueItemsInput): DueItem[] {
  if (!Number.isInteger(horizonDays) || horizonDays < 0) throw new RangeError(`horizonDays must be a whole number ≥ 0: ${horizonDays}`);
  const until = addDays(today, horizonDays);
  const items: DueItem[] = [];
  const review = nextReviewDate(plan.reviewEveryMonths, latestAssessmentDate);
  if (review !== null && review <= until) {
    items.push({ kind: 'review', due: review, overdue: review < today, route: null, actionId: null, what: '' });
  }
  for (const chosen of plan.routes) {
    if (!isOpenStatus(chosen.status)) continue;
    for (const action of chosen.actions) {
      if (action.doneOn !== null || action.due === null || action.due > until) continue;
      items.push({ kind: 'action', due: action.due, overdue: action.due < today, route: chosen.route, actionId: action.id, what: action.what });
    }
  }
  return sortDueItems(items);
}

/** By date, then the review, a session, actions; then route (a–j), then the given order. */
export function sortDueItems(items: readonly DueItem[]): DueItem[] {
  return [...items].sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      routeOrder(a.route) - routeOrder(b.route),
  );
}

/** Items due on `today` or earlier (what a notification on `today` is about). */
export function dueByToday(items: readonly DueItem[], today: string): DueItem[] {
  return items.filter((item) => item.due <= today);
}

const KIND_ORDER: Readonly<Record<DueItem['kind'], number>> = { review: 0, session: 1, action: 2 };

function routeOrder(route: DueItem['route']): number {
  return route === null ? -1 : ROUTE_IDS.indexOf(route);
}
