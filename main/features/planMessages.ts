/** Dutch wording of the routekaart's refusals (the rules themselves are in shared/plan). */
import { dimensionById, routeById } from '@shared/kernel/compass/content';
import type { RouteId } from '@shared/kernel/compass/model';
import { needlesForRoute, type PlanProblem } from '@shared/features/plan/rules';
import { viaStatus } from '@shared/features/plan/status';
import type { RouteStatus } from '@shared/features/plan/schemas';
import { ApiError } from './apiError';

const NOTHING_CHANGED = 'Er is niets gewijzigd.';

/** "route a (Gebruik crisislogica)" */
export function routeLabel(route: RouteId): string {
  return `route ${route} (${routeById(route).name.nl})`;
}

function dimensionLabel(route: RouteId): string {
  const dimension = dimensionById(routeById(route).dimension);
  return `dimensie ${dimension.id} (${dimension.name.nl})`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function describeProblem(problem: PlanProblem): string {
  switch (problem.code) {
    case 'needle-outside-dimension':
      return `Naald ${problem.needle} hoort niet bij ${dimensionLabel(problem.route)} van route ${problem.route}.`;
    case 'duplicate-needle':
      return `Naald ${problem.needle} is twee keer gekozen bij route ${problem.route}.`;
    case 'duplicate-route':
      return `${capitalize(routeLabel(problem.route))} staat al op uw routekaart.`;
    case 'conversation-route-not-chosen':
      return `${capitalize(routeLabel(problem.route))} staat niet op uw routekaart; kies een route van uw routekaart of geen route.`;
    case 'duplicate-action-id':
    case 'duplicate-reflection-id':
    case 'duplicate-conversation-id':
      return 'Twee onderdelen van de routekaart hebben dezelfde aanduiding.';
  }
}

/** The refusal for one or more broken rules: the first as the message, with a hint per route. */
export function problemsError(problems: readonly PlanProblem[]): ApiError {
  const lines = [...new Set(problems.map(describeProblem))];
  const hints = [...new Set(problems.flatMap((p) => (p.code === 'needle-outside-dimension' ? [needleHint(p.route)] : [])))];
  return new ApiError('invalid-input', `${lines[0] ?? 'De routekaart klopt niet.'} ${NOTHING_CHANGED}`, [...lines.slice(1), ...hints]);
}

function needleHint(route: RouteId): string {
  const [first, second] = needlesForRoute(route);
  return `${capitalize(routeLabel(route))} hoort bij ${dimensionLabel(route)}; kies naald ${first} en/of ${second}.`;
}

export function routeNotInPlan(route: RouteId): ApiError {
  return new ApiError('not-found', `${capitalize(routeLabel(route))} staat niet (meer) op uw routekaart. ${NOTHING_CHANGED}`);
}

export function actionNotFound(): ApiError {
  return new ApiError('not-found', `Deze actie staat niet (meer) op uw routekaart. ${NOTHING_CHANGED}`);
}

export function conversationNotFound(): ApiError {
  return new ApiError('not-found', `Dit gesprek staat niet (meer) in uw logboek. ${NOTHING_CHANGED}`);
}

export function futureDate(what: 'reflectie' | 'gesprek'): ApiError {
  const subject = what === 'reflectie' ? 'De datum van de reflectie' : 'De datum van het gesprek';
  return new ApiError('invalid-input', `${subject} ligt in de toekomst. ${NOTHING_CHANGED}`, ['Kies vandaag of een eerdere datum.']);
}

export function transitionRefused(route: RouteId, from: RouteStatus, to: RouteStatus): ApiError {
  const via = viaStatus(from, to);
  const start = `${capitalize(routeLabel(route))} staat op '${from}' en kan niet rechtstreeks naar '${to}'`;
  const reason = STATUS_REASONS[`${from}>${to}`];
  const message = via ? `${start}; zet hem eerst op '${via}'.` : `${start}.`;
  return new ApiError('invalid-input', `${message} ${NOTHING_CHANGED}`, reason ? [reason] : []);
}

/** Why a refused step is refused, in the leader's terms. */
const STATUS_REASONS: Readonly<Partial<Record<`${RouteStatus}>${RouteStatus}`, string>>> = {
  'gepland>afgerond': 'Een route is pas af als u hem onderweg bent geweest.',
  'afgerond>gepland': 'Een afgeronde route blijft afgerond, tenzij u hem weer oppakt.',
  'afgerond>gestopt': 'Een afgeronde route blijft afgerond, tenzij u hem weer oppakt.',
  'gestopt>afgerond': 'Pak een gestopte route eerst weer op voordat u hem afrondt.',
};
