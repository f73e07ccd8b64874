import { create } from 'zustand';
import type { ApiOutput, PlanView } from '@shared/contract/api';
import type { RouteId } from '@shared/kernel/compass/model';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';
import { scoped, type ScopedInput } from '../../app/profileScope';
import { registerProfileStore } from '../../app/profileSwitch';

/** Where a failure happened, so the screen can show it next to the form that caused it. */
export type PlanScope = 'load' | 'choose' | `route-${RouteId}` | 'conversations' | 'rhythm';

export type Reminders = ApiOutput<'getReminders'>;

interface PlanStore {
  plan: PlanView | null;
  problem: { scope: PlanScope; problem: Problem } | null;
  /** The latest successful change, for the screen's live region; `n` counts so repeats are announced. */
  saved: { kind: 'saved' | 'removed'; n: number } | null;
  reminders: Reminders | null;
  /** The reminders notice was hidden; until the app restarts. */
  remindersDismissed: boolean;
  load: () => Promise<void>;
  loadReminders: () => Promise<void>;
  dismissReminders: () => void;
  chooseRoute: (input: ScopedInput<'chooseRoute'>) => Promise<PlanView | null>;
  updateRoute: (input: ScopedInput<'updateRoute'>) => Promise<PlanView | null>;
  setRouteStatus: (input: ScopedInput<'setRouteStatus'>) => Promise<PlanView | null>;
  removeRoute: (input: ScopedInput<'removeRoute'>) => Promise<PlanView | null>;
  addAction: (input: ScopedInput<'addAction'>) => Promise<PlanView | null>;
  updateAction: (input: ScopedInput<'updateAction'>) => Promise<PlanView | null>;
  removeAction: (input: ScopedInput<'removeAction'>) => Promise<PlanView | null>;
  addRouteReflection: (input: ScopedInput<'addRouteReflection'>) => Promise<PlanView | null>;
  addConversation: (input: ScopedInput<'addConversation'>) => Promise<PlanView | null>;
  removeConversation: (input: ScopedInput<'removeConversation'>) => Promise<PlanView | null>;
  setReviewRhythm: (input: ScopedInput<'setReviewRhythm'>) => Promise<PlanView | null>;
  clearProblem: () => void;
}

export const usePlan = create<PlanStore>((set) => {
  /**
   * Runs one plan operation. Success replaces the plan with the returned view and is announced;
   * failure leaves plan and screen input as they are and records the problem with its scope.
   */
  async function change(scope: PlanScope, kind: 'saved' | 'removed', work: () => Promise<PlanView>): Promise<PlanView | null> {
    try {
      const plan = await work();
      set((s) => ({ plan, problem: null, saved: { kind, n: (s.saved?.n ?? 0) + 1 } }));
      return plan;
    } catch (error) {
      set({ problem: { scope, problem: toProblem(error) } });
      return null;
    }
  }

  const routeScope = (route: RouteId): PlanScope => `route-${route}`;

  return {
    plan: null,
    problem: null,
    saved: null,
    reminders: null,
    remindersDismissed: false,
    clearProblem: () => set({ problem: null }),
    load: async () => {
      try {
        const plan = await api().getPlan(scoped({}));
        set({ plan, problem: null });
      } catch (error) {
        set({ problem: { scope: 'load', problem: toProblem(error) } });
      }
    },
    loadReminders: async () => {
      try {
        set({ reminders: await api().getReminders(scoped({})) });
      } catch {
        // Reminders are a courtesy: without them the start screen works as before.
        set({ reminders: null });
      }
    },
    dismissReminders: () => set({ remindersDismissed: true }),
    chooseRoute: (input) => change('choose', 'saved', () => api().chooseRoute(scoped(input))),
    updateRoute: (input) => change(routeScope(input.route), 'saved', () => api().updateRoute(scoped(input))),
    setRouteStatus: (input) => change(routeScope(input.route), 'saved', () => api().setRouteStatus(scoped(input))),
    removeRoute: (input) => change(routeScope(input.route), 'removed', () => api().removeRoute(scoped(input))),
    addAction: (input) => change(routeScope(input.route), 'saved', () => api().addAction(scoped(input))),
    updateAction: (input) => change(routeScope(input.route), 'saved', () => api().updateAction(scoped(input))),
    removeAction: (input) => change(routeScope(input.route), 'removed', () => api().removeAction(scoped(input))),
    addRouteReflection: (input) => change(routeScope(input.route), 'saved', () => api().addRouteReflection(scoped(input))),
    addConversation: (input) => change('conversations', 'saved', () => api().addConversation(scoped(input))),
    removeConversation: (input) => change('conversations', 'removed', () => api().removeConversation(scoped(input))),
    setReviewRhythm: (input) => change('rhythm', 'saved', () => api().setReviewRhythm(scoped(input))),
  };
});

/** The problem to show for one part of the screen, if the latest failure happened there. */
export function usePlanProblem(scope: PlanScope): Problem | null {
  return usePlan((s) => (s.problem?.scope === scope ? s.problem.problem : null));
}

registerProfileStore({
  reset: () => usePlan.setState({ plan: null, problem: null, saved: null, reminders: null, remindersDismissed: false }),
});
