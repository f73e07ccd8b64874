/**
 * A fake KompasBridge for the routekaart's component tests: it records every call and answers the
 * plan operations from a small in-memory plan (the real services are tested in test/unit/main).
 */
import type { ApiErrorPayload, ApiResult, DueItem, KompasBridge, OperationName, PlanView } from '@shared/contract/api';
import { OPERATION_LIST } from '@shared/contract/operations';
import type { ChosenRoute } from '@shared/features/plan/schemas';

export interface Call {
  readonly name: OperationName;
  readonly input: Record<string, unknown>;
}

export interface FakeBridge {
  readonly bridge: KompasBridge;
  readonly calls: Call[];
  plan: PlanView;
  reminders: { today: string; items: DueItem[] };
  /** Operations that answer with this error instead. */
  failing: Partial<Record<OperationName, ApiErrorPayload>>;
  callsOf(name: OperationName): Record<string, unknown>[];
}

let counter = 0;
/** A v4-shaped uuid, predictable per test run. */
export function fakeId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function chosenRoute(partial: Partial<ChosenRoute> & Pick<ChosenRoute, 'route'>): ChosenRoute {
  return { why: '', needles: [1], status: 'gepland', chosenOn: '2026-01-10', actions: [], reflections: [], ...partial };
}

export function emptyPlan(): PlanView {
  return { reviewEveryMonths: 3, routes: [], conversations: [] };
}

type Input = Record<string, unknown> & { route?: ChosenRoute['route']; id?: string };

export function fakeBridge(initial: PlanView = emptyPlan()): FakeBridge {
  const fake: FakeBridge = {
    bridge: {} as KompasBridge,
    calls: [],
    plan: structuredClone(initial),
    reminders: { today: '2026-03-01', items: [] },
    failing: {},
    callsOf: (name) => fake.calls.filter((c) => c.name === name).map((c) => c.input),
  };
  const withRoute = (route: unknown, change: (r: ChosenRoute) => ChosenRoute): void => {
    fake.plan = { ...fake.plan, routes: fake.plan.routes.map((r) => (r.route === route ? change(r) : r)) };
  };
  const handlers: Partial<Record<OperationName, (input: Input) => unknown>> = {
    getAppState: () => ({ language: 'nl', profile: { id: fakeId(), name: 'Test' }, storageIssues: [] }),
    listAssessments: () => [],
    getReminders: () => fake.reminders,
    getPlan: () => fake.plan,
    chooseRoute: (i) => {
      const added = chosenRoute({ route: i.route ?? 'a', why: String(i.why), needles: i.needles as ChosenRoute['needles'] });
      fake.plan = { ...fake.plan, routes: [...fake.plan.routes, added] };
      return fake.plan;
    },
    updateRoute: (i) => (withRoute(i.route, (r) => ({ ...r, why: String(i.why), needles: i.needles as ChosenRoute['needles'] })), fake.plan),
    setRouteStatus: (i) => (withRoute(i.route, (r) => ({ ...r, status: i.status as ChosenRoute['status'] })), fake.plan),
    removeRoute: (i) => ((fake.plan = { ...fake.plan, routes: fake.plan.routes.filter((r) => r.route !== i.route) }), fake.plan),
    addAction: (i) => {
      const action = { id: fakeId(), what: String(i.what), due: (i.due as string | null) ?? null, companions: i.companions as string[], doneOn: null };
      withRoute(i.route, (r) => ({ ...r, actions: [...r.actions, action] }));
      return fake.plan;
    },
    removeAction: (i) => (withRoute(i.route, (r) => ({ ...r, actions: r.actions.filter((a) => a.id !== i.id) })), fake.plan),
    addConversation: (i) => {
      const conversation = { id: fakeId(), date: String(i.date), with: String(i.with), learned: String(i.learned), route: (i.route as ChosenRoute['route'] | null) ?? null };
      fake.plan = { ...fake.plan, conversations: [...fake.plan.conversations, conversation] };
      return fake.plan;
    },
    removeConversation: (i) => ((fake.plan = { ...fake.plan, conversations: fake.plan.conversations.filter((c) => c.id !== i.id) }), fake.plan),
  };
  const bridge: Record<string, (input: Input) => Promise<ApiResult<unknown>>> = {};
  for (const name of OPERATION_LIST) {
    bridge[name] = async (input) => {
      fake.calls.push({ name, input });
      const error = fake.failing[name];
      if (error) return { ok: false, error };
      const handler = handlers[name];
      if (!handler) return { ok: false, error: { code: 'unknown-operation', params: {} } };
      return { ok: true, value: structuredClone(handler(input)) };
    };
  }
  (fake as { bridge: KompasBridge }).bridge = bridge as unknown as KompasBridge;
  return fake;
}
