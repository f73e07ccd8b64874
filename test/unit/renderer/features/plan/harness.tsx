/**
 * Shared setup for the routekaart tests: Dutch texts, the real services behind the real dispatcher
 * (../../backend.ts), a plan made through the real operations, fresh stores, a modal <dialog>.
 */
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { PlanView } from '@shared/contract/api';
import type { RouteId } from '@shared/kernel/compass/model';
import { needlesForRoute } from '@shared/features/plan/rules';
import type { RouteStatus } from '@shared/features/plan/schemas';
import { initI18n } from '@renderer/src/app/i18n';
import { usePlan } from '@renderer/src/features/plan/store';
import { connectBackend, type Backend, type BackendOptions } from '../../backend';

await initI18n('nl');

// jsdom has no modal dialogs: opening one only needs to make it visible for these tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

export function resetPlanStore(): void {
  usePlan.setState({ plan: null, problem: null, saved: null, reminders: null, remindersDismissed: false });
}

export interface ActionSeed {
  readonly what: string;
  readonly due?: string | null;
  readonly companions?: string[];
}

export interface RouteSeed {
  readonly route: RouteId;
  readonly status?: RouteStatus;
  readonly actions?: readonly ActionSeed[];
}

/** The allowed steps from gepland to each status. */
const STEPS_TO: Readonly<Record<RouteStatus, readonly RouteStatus[]>> = {
  gepland: [],
  onderweg: ['onderweg'],
  afgerond: ['onderweg', 'afgerond'],
  gestopt: ['gestopt'],
};

/** Puts routes on the plan through the real operations (first needle, empty why, then status and actions). */
export async function seedPlan(backend: Backend, routes: readonly RouteSeed[]): Promise<PlanView> {
  let plan = await backend.call('getPlan', {});
  for (const seed of routes) {
    const [first] = needlesForRoute(seed.route);
    plan = await backend.call('chooseRoute', { route: seed.route, why: '', needles: [first ?? 1] });
    for (const action of seed.actions ?? []) {
      plan = await backend.call('addAction', { route: seed.route, what: action.what, due: action.due ?? null, companions: action.companions ?? [] });
    }
    for (const status of STEPS_TO[seed.status ?? 'gepland']) plan = await backend.call('setRouteStatus', { route: seed.route, status });
  }
  return plan;
}

/** The real services with the given routes on the plan, connected to the renderer. */
export async function planBackend(routes: readonly RouteSeed[] = [], options: BackendOptions = {}): Promise<Backend> {
  const backend = await connectBackend(options);
  await seedPlan(backend, routes);
  return backend;
}

/** Renders `ui` with fresh plan state; for the plan screen, waits until the plan is shown. */
export async function renderPlan(ui: ReactElement, waitFor: string | null = 'Mijn routes') {
  resetPlanStore();
  const result = render(ui);
  if (waitFor) await screen.findByRole('heading', { name: waitFor });
  return result;
}
