/**
 * The routekaart: chosen routes with why, needles, status, actions and reflections; the log of
 * conversations with reisgenoten; the review rhythm and what is due. Rules live in shared/plan;
 * this file loads the profile's plan, applies one change, checks it and writes it once (atomic).
 */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers, PlanView } from '@shared/contract/api';
import type { RouteId } from '@shared/kernel/compass/model';
import { isKnownTimeZone, todayIn } from '@shared/features/plan/dates';
import { dueItems } from '@shared/features/plan/reminders';
import { chooseRouteProblems, conversationProblems, needleProblems, normalizeNeedles, planProblems, sortRoutes } from '@shared/features/plan/rules';
import { canTransition } from '@shared/features/plan/status';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import { PLAN_SCHEMA_VERSION, type ChosenRoute, type PlanAction, type PlanDocument } from '@shared/features/plan/schemas';
import type { DocumentFile } from '../storage/documentFile';
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

export interface PlanContext {
  readonly activeProfile: () => ProfileDocument;
  readonly planFile: (profileId: string) => DocumentFile<PlanDocument>;
  readonly now: () => Date;
  /** The user's IANA time zone: "today" and due dates are calendar dates there. */
  readonly timeZone: () => string;
}

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
  return profile.assessments.reduce<string | null>((latest, a) => (latest === null || a.date > latest ? a.date : latest), null);
}

/** The same strings once each, in their first order (reisgenoten named twice count once). */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function createPlanHandlers(ctx: PlanContext): PlanHandlers {
  /** Today in the user's time zone (UTC if the zone is unknown to this runtime, rather than failing). */
  function today(): string {
    const zone = ctx.timeZone();
    return todayIn(ctx.now(), isKnownTimeZone(zone) ? zone : 'UTC');
  }

  function load(): { file: DocumentFile<PlanDocument>; doc: PlanDocument } {
    const profile = ctx.activeProfile();
    const file = ctx.planFile(profile.id);
    return { file, doc: file.read() ?? emptyPlan(profile.id, ctx.now().toISOString()) };
  }

  /** Applies one change to the plan: checked against every rule, then one atomic write. */
  function change(edit: (doc: PlanDocument) => PlanDocument): PlanView {
    const { file, doc } = load();
    const next: PlanDocument = { ...edit(doc), updatedAt: ctx.now().toISOString() };
    const problems = planProblems(next);
    if (problems.length > 0) throw problemsError(problems);
    file.write(next);
    return planView(next);
  }

  function findRoute(doc: PlanDocument, route: RouteId): ChosenRoute {
    const found = doc.routes.find((r) => r.route === route);
    if (!found) throw routeNotInPlan(route);
    return found;
  }

  /** Replaces one chosen route (which must be on the plan) by `edit` of it. */
  function changeRoute(route: RouteId, edit: (chosen: ChosenRoute) => ChosenRoute): PlanView {
    return change((doc) => {
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
    getPlan: async () => planView(load().doc),

    chooseRoute: async ({ route, why, needles }) =>
      change((doc) => {
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

    updateRoute: async ({ route, why, needles }) => {
      const problems = needleProblems(route, needles);
      if (problems.length > 0) throw problemsError(problems);
      return changeRoute(route, (chosen) => ({ ...chosen, why, needles: normalizeNeedles(needles) }));
    },

    setRouteStatus: async ({ route, status }) => {
      const { doc } = load();
      const current = findRoute(doc, route);
      if (current.status === status) return planView(doc);
      if (!canTransition(current.status, status)) throw transitionRefused(route, current.status, status);
      return changeRoute(route, (chosen) => ({ ...chosen, status }));
    },

    removeRoute: async ({ route }) =>
      change((doc) => {
        findRoute(doc, route);
        // Conversations that served this route keep their reference: the log loses nothing.
        return { ...doc, routes: doc.routes.filter((r) => r.route !== route) };
      }),

    addAction: async ({ route, what, due, companions }) =>
      changeRoute(route, (chosen) => ({
        ...chosen,
        actions: [...chosen.actions, { id: randomUUID(), what, due, companions: unique(companions), doneOn: null }],
      })),

    updateAction: async ({ route, id, what, due, companions, done }) =>
      changeRoute(route, (chosen) => {
        const action = findAction(chosen, id);
        // Done keeps the day it was first marked done; undone clears it.
        const doneOn = done ? (action.doneOn ?? today()) : null;
        const updated: PlanAction = { ...action, what, due, companions: unique(companions), doneOn };
        return { ...chosen, actions: chosen.actions.map((a) => (a.id === id ? updated : a)) };
      }),

    removeAction: async ({ route, id }) =>
      changeRoute(route, (chosen) => {
        findAction(chosen, id);
        return { ...chosen, actions: chosen.actions.filter((a) => a.id !== id) };
      }),

    addRouteReflection: async ({ route, date, text }) => {
      notInFuture(date, 'reflectie');
      return changeRoute(route, (chosen) => ({
        ...chosen,
        reflections: [...chosen.reflections, { id: randomUUID(), date, text }].sort((a, b) => a.date.localeCompare(b.date)),
      }));
    },

    addConversation: async (input) => {
      notInFuture(input.date, 'gesprek');
      return change((doc) => {
        const id = randomUUID();
        const problems = conversationProblems(doc.routes, input.route, id);
        if (problems.length > 0) throw problemsError(problems);
        const conversations = [...doc.conversations, { id, ...input }].sort((a, b) => a.date.localeCompare(b.date));
        return { ...doc, conversations };
      });
    },

    removeConversation: async ({ id }) =>
      change((doc) => {
        if (!doc.conversations.some((c) => c.id === id)) throw conversationNotFound();
        return { ...doc, conversations: doc.conversations.filter((c) => c.id !== id) };
      }),

    setReviewRhythm: async ({ months }) => {
      const { doc } = load();
      if (doc.reviewEveryMonths === months) return planView(doc);
      return change((current) => ({ ...current, reviewEveryMonths: months }));
    },

    getReminders: async () => {
      const profile = ctx.activeProfile();
      const { doc } = load();
      const day = today();
      return { today: day, items: dueItems({ plan: doc, latestAssessmentDate: latestAssessmentDate(profile), today: day }) };
    },
  };
}
