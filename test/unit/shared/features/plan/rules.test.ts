import { describe, expect, it } from 'vitest';
import { NEEDLE_IDS, ROUTE_IDS } from '@shared/kernel/compass/model';
import { routeById } from '@shared/kernel/compass/content';
import {
  chooseRouteProblems,
  conversationProblems,
  needleProblems,
  needlesForRoute,
  normalizeNeedles,
  planProblems,
  sortRoutes,
} from '@shared/features/plan/rules';
import type { ChosenRoute, PlanDocument } from '@shared/features/plan/schemas';

const ID1 = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';

function chosen(route: ChosenRoute['route'], overrides: Partial<ChosenRoute> = {}): ChosenRoute {
  return {
    route,
    why: '',
    needles: [...needlesForRoute(route)].slice(0, 1),
    status: 'gepland',
    chosenOn: '2026-01-10',
    actions: [],
    reflections: [],
    ...overrides,
  };
}

function plan(routes: ChosenRoute[], conversations: PlanDocument['conversations'] = []): Pick<PlanDocument, 'routes' | 'conversations'> {
  return { routes, conversations };
}

describe('needles of a route', () => {
  it('are the two needles of the route’s own dimension', () => {
    expect(needlesForRoute('a')).toEqual([1, 2]);
    expect(needlesForRoute('b')).toEqual([1, 2]);
    expect(needlesForRoute('e')).toEqual([5, 6]);
    expect(needlesForRoute('j')).toEqual([9, 10]);
  });

  it('accepts one or both needles of the dimension, for every route', () => {
    for (const route of ROUTE_IDS) {
      const [first, second] = needlesForRoute(route);
      expect(needleProblems(route, [first!])).toEqual([]);
      expect(needleProblems(route, [second!, first!])).toEqual([]);
    }
  });

  it('refuses every needle of another dimension, naming the route’s dimension', () => {
    for (const route of ROUTE_IDS) {
      for (const needle of NEEDLE_IDS.filter((n) => !needlesForRoute(route).includes(n))) {
        expect(needleProblems(route, [needle])).toEqual([
          { code: 'needle-outside-dimension', route, needle, dimension: routeById(route).dimension },
        ]);
      }
    }
  });

  it('refuses a needle named twice', () => {
    expect(needleProblems('c', [3, 3])).toEqual([{ code: 'duplicate-needle', route: 'c', needle: 3 }]);
  });

  it('normalizes to compass order without repeats', () => {
    expect(normalizeNeedles([10, 9, 10])).toEqual([9, 10]);
  });
});

describe('choosing a route', () => {
  it('refuses a route that is already on the plan, and wrong needles with it', () => {
    expect(chooseRouteProblems([chosen('a')], 'b', [2])).toEqual([]);
    expect(chooseRouteProblems([chosen('a')], 'a', [5])).toEqual([
      { code: 'duplicate-route', route: 'a' },
      { code: 'needle-outside-dimension', route: 'a', needle: 5, dimension: 'I' },
    ]);
  });

  it('sorts routes in compass order', () => {
    expect(sortRoutes([chosen('j'), chosen('a'), chosen('e')]).map((r) => r.route)).toEqual(['a', 'e', 'j']);
  });
});

describe('a whole plan', () => {
  it('has no problems when consistent', () => {
    const action = { id: ID1, what: 'Gesprek', due: null, companions: [], doneOn: null };
    const conversation = { id: ID2, date: '2026-01-01', with: 'Anna', learned: 'Veel', route: 'a' as const };
    expect(planProblems(plan([chosen('a', { actions: [action] }), chosen('e')], [conversation]))).toEqual([]);
  });

  it('finds duplicate routes, needles outside the dimension and duplicate ids', () => {
    const action = { id: ID1, what: 'Gesprek', due: null, companions: [], doneOn: null };
    const reflection = { id: ID2, date: '2026-01-01', text: 'Goed' };
    const conversation = { id: ID1, date: '2026-01-01', with: 'Anna', learned: 'Veel', route: null };
    const problems = planProblems(
      plan(
        [chosen('a', { needles: [7], actions: [action, action], reflections: [reflection, reflection] }), chosen('a')],
        [conversation, conversation],
      ),
    );
    expect(problems.map((p) => p.code).sort()).toEqual(
      ['duplicate-action-id', 'duplicate-conversation-id', 'duplicate-reflection-id', 'duplicate-route', 'needle-outside-dimension'].sort(),
    );
  });

  it('lets a conversation serve only a route of the plan, or none', () => {
    expect(conversationProblems([chosen('a')], 'a', ID1)).toEqual([]);
    expect(conversationProblems([chosen('a')], null, ID1)).toEqual([]);
    expect(conversationProblems([chosen('a')], 'b', ID1)).toEqual([{ code: 'conversation-route-not-chosen', route: 'b', id: ID1 }]);
  });
});
