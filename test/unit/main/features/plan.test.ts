/** The routekaart through the real contract, dispatcher, services and conf storage (no mocks). */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorPayload, AppState, DueItem, PlanView } from '@shared/contract/api';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { folderHashes } from '../../../fixtures/folders';

let dir: string;
/** 10 March 2026, 00:30 in Amsterdam — still 9 March in UTC and in New York. */
let clock: Date;
let zone: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kompas-plan-'));
  clock = new Date('2026-03-09T23:30:00.000Z');
  zone = 'Europe/Amsterdam';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Operations that name no profile. */
const UNSCOPED = new Set(['getAppState', 'setLanguage', 'dismissStorageIssue', 'listProfiles', 'createProfile']);

/**
 * A fresh start of the app's services on the data folder (a second call is a restart). Like the
 * renderer, it reads the active profile from the app state and passes it with every data operation.
 */
function start(): Dispatch {
  const dispatch = createDispatcher(
    createServices({ dataDir: dir, openStore: confStoreFactory, now: () => clock, timeZone: () => zone }),
    () => undefined,
  );
  let profileId: Promise<string> | undefined;
  return async (name, input) => {
    if (UNSCOPED.has(name)) return dispatch(name, input);
    profileId ??= activeProfile(dispatch);
    return dispatch(name, { profileId: await profileId, ...(input as Record<string, unknown>) });
  };
}

async function activeProfile(dispatch: Dispatch): Promise<string> {
  return (await call<AppState>(dispatch, 'getAppState', {})).activeProfileId;
}

async function call<T = PlanView>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function refused(dispatch: Dispatch, name: string, input: unknown): Promise<ApiErrorPayload> {
  const result = await dispatch(name, input);
  if (result.ok) throw new Error(`${name} was accepted: ${JSON.stringify(result.value)}`);
  return result.error;
}

const snapshot = () => folderHashes(dir);

/** The plan's file in the workspace: profiles/<id>/plan.json, its backups in profiles/<id>/backups/plan/. */
async function planPath(dispatch: Dispatch): Promise<string> {
  return join(dir, 'profiles', await activeProfile(dispatch), 'plan.json');
}

async function planBackups(dispatch: Dispatch): Promise<number> {
  const backups = join(dir, 'profiles', await activeProfile(dispatch), 'backups', 'plan');
  return existsSync(backups) ? readdirSync(backups).length : 0;
}

/** A plan with routes a and e, and one action on route a. */
async function twoRoutes(dispatch: Dispatch): Promise<{ plan: PlanView; actionId: string }> {
  await call(dispatch, 'chooseRoute', { route: 'e', why: 'Meer steun voor de uitvoering.', needles: [6, 5] });
  await call(dispatch, 'chooseRoute', { route: 'a', why: '  Crisis als kans.  ', needles: [1] });
  const plan = await call(dispatch, 'addAction', {
    route: 'a',
    what: 'Crisisoefening met het MT',
    due: '2026-03-12',
    companions: ['Anna', 'Bram', 'Anna'],
  });
  const actionId = plan.routes[0]?.actions[0]?.id;
  if (!actionId) throw new Error('no action');
  return { plan, actionId };
}

describe('a new plan', () => {
  it('starts empty with a review every three months, without writing anything', async () => {
    const dispatch = start();
    await activeProfile(dispatch);
    const before = snapshot();
    expect(await call(dispatch, 'getPlan', {})).toEqual({ reviewEveryMonths: 3, routes: [], conversations: [] });
    expect(await call(dispatch, 'getReminders', {})).toEqual({ today: '2026-03-10', items: [] });
    expect(existsSync(await planPath(dispatch))).toBe(false);
    expect(snapshot()).toEqual(before);
  });
});

describe('choosing routes and actions', () => {
  it('keeps the routes in compass order, with status gepland, today’s date and needles in order', async () => {
    const dispatch = start();
    const { plan, actionId } = await twoRoutes(dispatch);
    expect(plan.routes.map((r) => [r.route, r.status, r.chosenOn, r.needles, r.why])).toEqual([
      ['a', 'gepland', '2026-03-10', [1], 'Crisis als kans.'],
      ['e', 'gepland', '2026-03-10', [5, 6], 'Meer steun voor de uitvoering.'],
    ]);
    expect(plan.routes[0]?.actions).toEqual([
      { id: actionId, what: 'Crisisoefening met het MT', due: '2026-03-12', companions: ['Anna', 'Bram'], doneOn: null },
    ]);
  });

  it('refuses a route that is already chosen, and needles outside the route’s dimension', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    expect(await refused(dispatch, 'chooseRoute', { route: 'a', why: '', needles: [2] })).toEqual({
      code: 'duplicate-route',
      params: { route: 'a' },
    });
    expect(await refused(dispatch, 'chooseRoute', { route: 'b', why: '', needles: [5] })).toEqual({
      code: 'needle-outside-dimension',
      params: { route: 'b', needle: 5, dimension: 'I' },
    });
    expect(await refused(dispatch, 'updateRoute', { route: 'e', why: '', needles: [5, 9] })).toEqual({
      code: 'needle-outside-dimension',
      params: { route: 'e', needle: 9, dimension: 'III' },
    });
    expect((await refused(dispatch, 'chooseRoute', { route: 'b', why: '', needles: [] })).issues).toEqual([
      { path: ['needles'], code: 'too-few', params: { min: 1 } },
    ]);
  });

  it('updates why and needles of a chosen route, and refuses a route that is not on the plan', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    const plan = await call(dispatch, 'updateRoute', { route: 'e', why: 'Anders', needles: [6] });
    expect(plan.routes[1]).toMatchObject({ route: 'e', why: 'Anders', needles: [6], status: 'gepland' });
    expect(await refused(dispatch, 'updateRoute', { route: 'j', why: '', needles: [9] })).toEqual({
      code: 'route-not-in-plan',
      params: { route: 'j' },
    });
  });

  it('marks an action done on today’s date in the user’s time zone, keeps that date, and clears it when undone', async () => {
    const dispatch = start();
    const { actionId } = await twoRoutes(dispatch);
    const edit = { route: 'a', id: actionId, what: 'Crisisoefening', due: '2026-03-12', companions: ['Anna'] };
    let plan = await call(dispatch, 'updateAction', { ...edit, done: true });
    expect(plan.routes[0]?.actions[0]).toEqual({ id: actionId, what: 'Crisisoefening', due: '2026-03-12', companions: ['Anna'], doneOn: '2026-03-10' });

    clock = new Date('2026-03-11T12:00:00.000Z');
    plan = await call(dispatch, 'updateAction', { ...edit, what: 'Crisisoefening (verslag)', done: true });
    expect(plan.routes[0]?.actions[0]?.doneOn).toBe('2026-03-10');
    plan = await call(dispatch, 'updateAction', { ...edit, done: false });
    expect(plan.routes[0]?.actions[0]?.doneOn).toBeNull();

    // The same instant in New York is still the day before.
    zone = 'America/New_York';
    clock = new Date('2026-03-12T03:30:00.000Z');
    plan = await call(start(), 'updateAction', { ...edit, done: true });
    expect(plan.routes[0]?.actions[0]?.doneOn).toBe('2026-03-11');
  });

  it('removes an action, and refuses an unknown one', async () => {
    const dispatch = start();
    const { actionId } = await twoRoutes(dispatch);
    const plan = await call(dispatch, 'removeAction', { route: 'a', id: actionId });
    expect(plan.routes[0]?.actions).toEqual([]);
    const error = await refused(dispatch, 'removeAction', { route: 'a', id: actionId });
    expect(error).toEqual({ code: 'action-not-found', params: {} });
    expect((await refused(dispatch, 'updateAction', { route: 'e', id: actionId, what: 'x', due: null, companions: [], done: false })).code).toBe(
      'action-not-found',
    );
  });

  it('keeps dated reflections per route in date order, and refuses a date in the future', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    await call(dispatch, 'addRouteReflection', { route: 'a', date: '2026-03-10', text: 'Tweede' });
    const plan = await call(dispatch, 'addRouteReflection', { route: 'a', date: '2026-02-01', text: 'Eerste' });
    expect(plan.routes[0]?.reflections.map((r) => [r.date, r.text])).toEqual([
      ['2026-02-01', 'Eerste'],
      ['2026-03-10', 'Tweede'],
    ]);
    expect(await refused(dispatch, 'addRouteReflection', { route: 'a', date: '2026-03-11', text: 'Later' })).toEqual({
      code: 'reflection-date-in-future',
      params: {},
    });
    expect((await refused(dispatch, 'addRouteReflection', { route: 'b', date: '2026-03-01', text: 'x' })).code).toBe('route-not-in-plan');
  });

  it('writes each change once', async () => {
    const dispatch = start();
    await call(dispatch, 'chooseRoute', { route: 'a', why: '', needles: [1] });
    expect(existsSync(await planPath(dispatch))).toBe(true);
    expect(await planBackups(dispatch)).toBe(1);
    await call(dispatch, 'addAction', { route: 'a', what: 'Eerste stap', due: null, companions: [] });
    expect(await planBackups(dispatch)).toBe(2);
    await call(dispatch, 'setRouteStatus', { route: 'a', status: 'onderweg' });
    expect(await planBackups(dispatch)).toBe(3);
  });
});

describe('route status', () => {
  it('follows the transition rules, naming the step in between when a step is refused', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    expect(await refused(dispatch, 'setRouteStatus', { route: 'a', status: 'afgerond' })).toEqual({
      code: 'status-step-via',
      params: { route: 'a', from: 'gepland', to: 'afgerond', via: 'onderweg' },
    });
    await call(dispatch, 'setRouteStatus', { route: 'a', status: 'onderweg' });
    let plan = await call(dispatch, 'setRouteStatus', { route: 'a', status: 'afgerond' });
    expect(plan.routes[0]?.status).toBe('afgerond');
    expect(await refused(dispatch, 'setRouteStatus', { route: 'a', status: 'gepland' })).toEqual({
      code: 'status-step-via',
      params: { route: 'a', from: 'afgerond', to: 'gepland', via: 'onderweg' },
    });
    expect((await refused(dispatch, 'setRouteStatus', { route: 'a', status: 'gestopt' })).code).toBe('status-step-via');
    plan = await call(dispatch, 'setRouteStatus', { route: 'a', status: 'onderweg' });
    expect(plan.routes[0]?.status).toBe('onderweg');
    await call(dispatch, 'setRouteStatus', { route: 'e', status: 'gestopt' });
    plan = await call(dispatch, 'setRouteStatus', { route: 'e', status: 'gepland' });
    expect(plan.routes[1]?.status).toBe('gepland');
    expect((await refused(dispatch, 'setRouteStatus', { route: 'c', status: 'onderweg' })).code).toBe('route-not-in-plan');
    expect((await refused(dispatch, 'setRouteStatus', { route: 'a', status: 'klaar' })).code).toBe('invalid-input');
  });

  it('treats setting the same status as a no-op that writes nothing', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    const before = snapshot();
    const plan = await call(dispatch, 'setRouteStatus', { route: 'a', status: 'gepland' });
    expect(plan.routes[0]?.status).toBe('gepland');
    expect(snapshot()).toEqual(before);
  });
});

describe('conversations with reisgenoten', () => {
  it('are logged in date order, may serve a route of the plan, and survive removing that route', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    await call(dispatch, 'addConversation', { date: '2026-03-09', with: 'Anna (DG)', learned: 'Eerder om hulp vragen.', route: 'a' });
    let plan = await call(dispatch, 'addConversation', { date: '2026-02-20', with: 'Coach', learned: 'Rust nemen.', route: null });
    expect(plan.conversations.map((c) => [c.date, c.with, c.route])).toEqual([
      ['2026-02-20', 'Coach', null],
      ['2026-03-09', 'Anna (DG)', 'a'],
    ]);
    plan = await call(dispatch, 'removeRoute', { route: 'a' });
    expect(plan.routes.map((r) => r.route)).toEqual(['e']);
    expect(plan.conversations.map((c) => c.route)).toEqual([null, 'a']);

    const id = plan.conversations[0]?.id;
    plan = await call(dispatch, 'removeConversation', { id });
    expect(plan.conversations.map((c) => c.with)).toEqual(['Anna (DG)']);
    expect(await refused(dispatch, 'removeConversation', { id })).toEqual({ code: 'conversation-not-found', params: {} });
  });

  it('refuses a route that is not on the plan and a date in the future', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    expect(await refused(dispatch, 'addConversation', { date: '2026-03-01', with: 'Bram', learned: 'Iets', route: 'c' })).toEqual({
      code: 'conversation-route-not-chosen',
      params: { route: 'c' },
    });
    expect(await refused(dispatch, 'addConversation', { date: '2026-03-11', with: 'Bram', learned: 'Iets', route: null })).toEqual({
      code: 'conversation-date-in-future',
      params: {},
    });
  });
});

describe('safety', () => {
  it('survives a restart', async () => {
    const first = start();
    await twoRoutes(first);
    await call(first, 'addConversation', { date: '2026-03-01', with: 'Bram', learned: 'Iets', route: 'e' });
    const plan = await call(first, 'setReviewRhythm', { months: 6 });
    expect(await call(start(), 'getPlan', {})).toEqual(plan);
  });

  it('changes no file when the input is refused', async () => {
    const dispatch = start();
    const { actionId } = await twoRoutes(dispatch);
    const before = snapshot();
    const bad: Array<[string, unknown]> = [
      ['addAction', { route: 'a', what: 'Iets', due: '2026-02-30', companions: [] }],
      ['addAction', { route: 'a', what: '   ', due: null, companions: [] }],
      ['addAction', { route: 'b', what: 'Iets', due: null, companions: [] }],
      ['updateAction', { route: 'a', id: actionId, what: 'Iets', due: '2026-13-01', companions: [], done: true }],
      ['chooseRoute', { route: 'a', why: '', needles: [1] }],
      ['chooseRoute', { route: 'b', why: '', needles: [3] }],
      ['chooseRoute', { route: 'k', why: '', needles: [1] }],
      ['setRouteStatus', { route: 'a', status: 'afgerond' }],
      ['removeRoute', { route: 'j' }],
      ['removeAction', { route: 'a', id: '99999999-9999-4999-8999-999999999999' }],
      ['removeConversation', { id: '99999999-9999-4999-8999-999999999999' }],
      ['addConversation', { date: '2026-03-01', with: '', learned: 'x', route: null }],
      ['setReviewRhythm', { months: 5 }],
    ];
    for (const [name, input] of bad) {
      const error = await refused(dispatch, name, input);
      expect(error.code, name).not.toBe('internal');
    }
    expect(snapshot()).toEqual(before);
  });

  it('names the due date that does not exist', async () => {
    const dispatch = start();
    await twoRoutes(dispatch);
    expect(await refused(dispatch, 'addAction', { route: 'a', what: 'Iets', due: '2026-02-30', companions: [] })).toEqual({
      code: 'invalid-input',
      params: {},
      issues: [{ path: ['due'], code: 'not-a-date', params: {} }],
    });
  });
});

describe('reminders', () => {
  it('has nothing due on a fresh start', async () => {
    expect(await call(start(), 'getReminders', {})).toEqual({ today: '2026-03-10', items: [] });
  });

  it('lists the review after the latest meetmoment and the open actions, with today in the user’s time zone', async () => {
    const dispatch = start();
    const { actionId } = await twoRoutes(dispatch);
    await call(dispatch, 'createAssessment', newAssessmentInput('2025-11-30'));
    await call(dispatch, 'createAssessment', newAssessmentInput('2026-01-05'));
    await call(dispatch, 'addAction', { route: 'e', what: 'Later', due: '2026-04-30', companions: [] });
    const reminders = await call<{ today: string; items: DueItem[] }>(dispatch, 'getReminders', {});
    expect(reminders).toEqual({
      today: '2026-03-10',
      items: [
        { kind: 'action', due: '2026-03-12', overdue: false, route: 'a', actionId, what: 'Crisisoefening met het MT' },
      ],
    });

    await call(dispatch, 'setReviewRhythm', { months: 2 });
    const items = (await call<{ items: DueItem[] }>(dispatch, 'getReminders', {})).items;
    expect(items.map((i) => [i.kind, i.due, i.overdue])).toEqual([
      ['review', '2026-03-05', true],
      ['action', '2026-03-12', false],
    ]);

    await call(dispatch, 'setReviewRhythm', { months: null });
    await call(dispatch, 'setRouteStatus', { route: 'a', status: 'gestopt' });
    expect((await call<{ items: DueItem[] }>(dispatch, 'getReminders', {})).items).toEqual([]);

    zone = 'America/New_York';
    expect((await call<{ today: string }>(start(), 'getReminders', {})).today).toBe('2026-03-09');
  });
});
