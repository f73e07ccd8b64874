import { describe, expect, it } from 'vitest';
import { dueByToday, dueItems, nextReviewDate } from '@shared/features/plan/reminders';
import type { ChosenRoute, PlanAction, PlanDocument, RouteStatus } from '@shared/features/plan/schemas';

let counter = 0;
function action(due: string | null, overrides: Partial<PlanAction> = {}): PlanAction {
  counter += 1;
  return { id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`, what: `Actie ${counter}`, due, companions: [], doneOn: null, ...overrides };
}

function route(id: ChosenRoute['route'], actions: PlanAction[], status: RouteStatus = 'onderweg'): ChosenRoute {
  return { route: id, why: '', needles: id === 'a' ? [1] : id === 'e' ? [5] : [9], status, chosenOn: '2026-01-01', actions, reflections: [] };
}

function plan(routes: ChosenRoute[], reviewEveryMonths: PlanDocument['reviewEveryMonths'] = null): Pick<PlanDocument, 'reviewEveryMonths' | 'routes'> {
  return { reviewEveryMonths, routes };
}

describe('the review', () => {
  it('is due the chosen number of months after the latest meetmoment', () => {
    expect(nextReviewDate(3, '2026-01-31')).toBe('2026-04-30');
    expect(nextReviewDate(1, '2024-01-31')).toBe('2024-02-29');
    expect(dueItems({ plan: plan([], 3), latestAssessmentDate: '2026-01-31', today: '2026-04-30' })).toEqual([
      { kind: 'review', due: '2026-04-30', overdue: false, route: null, actionId: null, what: '' },
    ]);
  });

  it('shows up within the horizon, and stays (overdue) until a new meetmoment', () => {
    const input = { plan: plan([], 3), latestAssessmentDate: '2026-01-10' };
    expect(dueItems({ ...input, today: '2026-04-02' })).toEqual([]);
    expect(dueItems({ ...input, today: '2026-04-03' }).map((i) => i.due)).toEqual(['2026-04-10']);
    expect(dueItems({ ...input, today: '2026-04-03', horizonDays: 0 })).toEqual([]);
    expect(dueItems({ ...input, today: '2026-09-01' })).toMatchObject([{ kind: 'review', due: '2026-04-10', overdue: true }]);
  });

  it('is not due without a rhythm or without any meetmoment', () => {
    expect(dueItems({ plan: plan([], null), latestAssessmentDate: '2025-01-01', today: '2026-06-01' })).toEqual([]);
    expect(dueItems({ plan: plan([], 1), latestAssessmentDate: null, today: '2026-06-01' })).toEqual([]);
    expect(nextReviewDate(null, '2026-01-01')).toBeNull();
    expect(nextReviewDate(3, null)).toBeNull();
  });
});

describe('actions', () => {
  const today = '2026-03-10';

  it('are due within the horizon (7 days by default) or overdue', () => {
    const overdue = action('2026-03-01');
    const dueToday = action('2026-03-10');
    const inAWeek = action('2026-03-17');
    const later = action('2026-03-18');
    const items = dueItems({ plan: plan([route('a', [overdue, dueToday, inAWeek, later])]), latestAssessmentDate: null, today });
    expect(items.map((i) => [i.actionId, i.due, i.overdue])).toEqual([
      [overdue.id, '2026-03-01', true],
      [dueToday.id, '2026-03-10', false],
      [inAWeek.id, '2026-03-17', false],
    ]);
    expect(items[0]).toEqual({ kind: 'action', due: '2026-03-01', overdue: true, route: 'a', actionId: overdue.id, what: overdue.what });
    expect(dueItems({ plan: plan([route('a', [later])]), latestAssessmentDate: null, today, horizonDays: 8 })).toHaveLength(1);
  });

  it('ignore done actions, actions without a date, and actions of finished or stopped routes', () => {
    const items = dueItems({
      plan: plan([
        route('a', [action('2026-03-01', { doneOn: '2026-03-02' }), action(null)]),
        route('e', [action('2026-03-01')], 'afgerond'),
        route('i', [action('2026-03-01')], 'gestopt'),
      ]),
      latestAssessmentDate: null,
      today,
    });
    expect(items).toEqual([]);
  });

  it('count on routes that are still planned', () => {
    const first = action('2026-03-11');
    expect(dueItems({ plan: plan([route('a', [first], 'gepland')]), latestAssessmentDate: null, today }).map((i) => i.actionId)).toEqual([first.id]);
  });
});

describe('sorting', () => {
  it('orders by date, then the review before actions, then route a–j, then the plan’s order', () => {
    const i1 = action('2026-04-10');
    const a1 = action('2026-04-10');
    const a2 = action('2026-04-05');
    const a3 = action('2026-04-10');
    const items = dueItems({
      plan: plan([route('i', [i1]), route('a', [a1, a2, a3])], 3),
      latestAssessmentDate: '2026-01-10',
      today: '2026-04-08',
    });
    expect(items.map((i) => i.actionId ?? 'review')).toEqual([a2.id, 'review', a1.id, a3.id, i1.id]);
  });

  it('refuses a negative or fractional horizon', () => {
    expect(() => dueItems({ plan: plan([]), latestAssessmentDate: null, today: '2026-01-01', horizonDays: -1 })).toThrow(RangeError);
    expect(() => dueItems({ plan: plan([]), latestAssessmentDate: null, today: '2026-01-01', horizonDays: 1.5 })).toThrow(RangeError);
  });
});

describe('dueByToday', () => {
  it('keeps what is due today or earlier', () => {
    const items = dueItems({
      plan: plan([route('a', [action('2026-03-09'), action('2026-03-10'), action('2026-03-12')])]),
      latestAssessmentDate: null,
      today: '2026-03-10',
    });
    expect(dueByToday(items, '2026-03-10').map((i) => i.due)).toEqual(['2026-03-09', '2026-03-10']);
  });
});
