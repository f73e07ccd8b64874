/**
 * The routekaart: chosen routes with why, needles, status, actions and reflections; the log of
 * conversations with reisgenoten; the review rhythm and what is due. Rules live in shared/plan;
 * this file loads the profile's plan, applies one change, checks it and writes it once (atomic).
 */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers, PlanView } from '@shared/contract/api';
import type { RouteId } from '@shared/kernel/compass/model';
import { dueItems, sortDueItems } from '@shared/features/plan/reminders';
import { nextSessionDue } from '@shared/features/notes/reminders';
import { chooseRouteProblems, conversationProblems, needleProblems, normalizeNeedles, planProblems, sortRoutes } from '@shared/features/plan/rules';
import { canTransition } from '@shared/features/plan/status';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import { PLAN_SCHEMA_VERSION, type ChosenRoute, type PlanAction, type PlanDocument } from '@shared/features/plan/schemas';
import { latestAssessment } from '@shared/features/assessment/latest';
import { requireProfile, type FeatureContext } from './context';
import {
  actionNotFound,
  conversationNotFound,
  futureDate,
  problemsError,
  routeNotInPlan,
  transitionRefused,
} from './planMessages';

type PlanHandlers = Pick<
  ApiHandlers,
  | 'getPlan'
  | 'chooseRoute'
  | 'updateRoute'
  | 'setRouteStatus'
  | 'removeRoute'
  | 'addAction'
  | 'updateAction'
  | 'removeAction'
  | 'addRouteReflection'
  | 'addConversation'
  | 'removeConversation'
  | 'setReviewRhythm'
  | 'getReminders'
>;


/** A new plan reviews every three months (a common rhythm for leadership development). */
export const DEFAULT_REVIEW_EVERY_MONTHS = 3;

export function emptyPlan(profileId: string, updatedAt: string): PlanDocument {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    profileId,
    reviewEveryMonths: DEFAULT_REVIEW_EVERY_MONTHS,
    routes: [],
    conversations: [],
    updatedAt,
  };
}

export function planView(doc: PlanDocument): PlanView {
  return { reviewEveryMonths: doc.reviewEveryMonths, routes: doc.routes, conversations: doc.conversations };
}

/** The date of the profile's latest meetmoment, or null when it has none. */
export function latestAssessmentDate(profile: ProfileDocument): string | null {
  return latestAssessment(profile.assessments)?.date ?? null;
}

/** The same strings once each, in their first order (reisgenoten named twice count once). */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function createPlanHandlers({ ws, clock }: FeatureContext): PlanHandlers {
  const today = () => clock.today();

  function load(profileId: string): PlanDocument {
    requireProfile(ws, profileId);
    return ws.plan(profileId).read() ?? emptyPlan(profileId, clock.now().toISOString());
  }

  /** Applies one change to the plan in its queue: checked against every rule, then one durable write. */
  async function change(profileId: string, edit: (doc: PlanDocument) => PlanDocument): Promise<PlanView> {
    requireProfile(ws, profileId);
    return ws.plan(profileId).transact((stored, tx) => {
      const doc = stored ?? emptyPlan(profileId, clock.now().toISOString());
      const next: PlanDocument = { ...edit(doc), updatedAt: clock.now().toISOString() };
      const problems = planProblems(next);
      if (problems.length > 0) throw problemsError(problems);
      tx.save(next);
      return planView(next);
    });
  }

  function findRoute(doc: PlanDocument, route: RouteId): ChosenRoute {
    const found = doc.routes.find((r) => r.route === route);
    if (!found) throw routeNotInPlan(route);
    return found;
  }

  /** Replaces one chosen route (which must be on the plan) by `edit` of it. */
  function changeRoute(profileId: string, route: RouteId, edit: (chosen: ChosenRoute) => ChosenRoute): Promise<PlanView> {
    return change(profileId, (doc) => {
      const updated = edit(findRoute(doc, route));
      return { ...doc, routes: doc.routes.map((r) => (r.route === route ? updated : r)) };
    });
  }

  function findAction(chosen: ChosenRoute, id: string): PlanAction {
    const found = chosen.actions.find((a) => a.id === id);
    if (!found) throw actionNotFound();
    return found;
  }

  function notInFuture(date: string, what: 'reflectie' | 'gesprek'): void {
    if (date > today()) throw futureDate(what);
  }

  return {
    getPlan: async ({ profileId }) => planView(load(profileId)),

    chooseRoute: async ({ profileId, route, why, needles }) =>
      change(profileId, (doc) => {
        const problems = chooseRouteProblems(doc.routes, route, needles);
        if (problems.length > 0) throw problemsError(problems);
        const chosen: ChosenRoute = {
          route,
          why,
          needles: normalizeNeedles(needles),
          status: 'gepland',
          chosenOn: today(),
          actions: [],
          reflections: [],
        };
        return { ...doc, routes: sortRoutes([...doc.routes, chosen]) };
      }),

    updateRoute: async ({ profileId, route, why, needles }) => {
      const problems = needleProblems(route, needles);
      if (problems.length > 0) throw problemsError(problems);
      return changeRoute(profileId, route, (chosen) => ({ ...chosen, why, needles: normalizeNeedles(needles) }));
    },

    setRouteStatus: async ({ profileId, route, status }) => {
      const doc = load(profileId);
      if (findRoute(doc, route).status === status) return planView(doc);
      return changeRoute(profileId, route, (chosen) => {
        if (!canTransition(chosen.status, status)) throw transitionRefused(route, chosen.status, status);
        return { ...chosen, status };
      });
    },

    removeRoute: async ({ profileId, route }) =>
      change(profileId, (doc) => {
        findRoute(doc, route);
        // Conversations that served this route keep their reference: the log loses nothing.
        return { ...doc, routes: doc.routes.filter((r) => r.route !== route) };
      }),

    addAction: async ({ profileId, route, what, due, companions }) =>
      changeRoute(profileId, route, (chosen) => ({
        ...chosen,
        actions: [...chosen.actions, { id: randomUUID(), what, due, companions: unique(companions), doneOn: null }],
      })),

    updateAction: async ({ profileId, route, id, what, due, companions, done }) =>
      changeRoute(profileId, route, (chosen) => {
        const action = findAction(chosen, id);
        // Done keeps the day it was first marked done; undone clears it.
        const doneOn = done ? (action.doneOn ?? today()) : null;
        const updated: PlanAction = { ...action, what, due, companions: unique(companions), doneOn };
        return { ...chosen, actions: chosen.actions.map((a) => (a.id === id ? updated : a)) };
      }),

    removeAction: async ({ profileId, route, id }) =>
      changeRoute(profileId, route, (chosen) => {
        findAction(chosen, id);
        return { ...chosen, actions: chosen.actions.filter((a) => a.id !== id) };
      }),

    addRouteReflection: async ({ profileId, route, date, text }) => {
      notInFuture(date, 'reflectie');
      return changeRoute(profileId, route, (chosen) => ({
        ...chosen,
        reflections: [...chosen.reflections, { id: randomUUID(), date, text }].sort((a, b) => a.date.localeCompare(b.date)),
      }));
    },

    addConversation: async ({ profileId, ...input }) => {
      notInFuture(input.date, 'gesprek');
      return change(profileId, (doc) => {
        const id = randomUUID();
        const problems = conversationProblems(doc.routes, input.route, id);
        if (problems.length > 0) throw problemsError(problems);
        const conversations = [...doc.conversations, { id, ...input }].sort((a, b) => a.date.localeCompare(b.date));
        return { ...doc, conversations };
      });
    },

    removeConversation: async ({ profileId, id }) =>
      change(profileId, (doc) => {
        if (!doc.conversations.some((c) => c.id === id)) throw conversationNotFound();
        return { ...doc, conversations: doc.conversations.filter((c) => c.id !== id) };
      }),

    setReviewRhythm: async ({ profileId, months }) => {
      const doc = load(profileId);
      if (doc.reviewEveryMonths === months) return planView(doc);
      return change(profileId, (current) => ({ ...current, reviewEveryMonths: months }));
    },

    getReminders: async ({ profileId }) => {
      const profile = requireProfile(ws, profileId);
      const doc = load(profileId);
      const day = today();
      const planned = dueItems({ plan: doc, latestAssessmentDate: latestAssessmentDate(profile), today: day });
      // The next coaching session joins them (notes of a newer app version: left out, not an error).
      const notes = ws.notes(profileId).peek();
      const session = notes === null || notes === 'newer' ? null : nextSessionDue(notes.notes, day);
      return { today: day, items: session ? sortDueItems([...planned, session]) : planned };
    },
  };
}
