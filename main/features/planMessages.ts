/**
 * The routekaart's refusals as codes with params (the rules themselves are in shared/features/plan;
 * the renderer words them, naming the route, needle and dimension in the user's language).
 */
import type { RouteId } from '@shared/kernel/compass/model';
import { inputIssue, type InputIssue } from '@shared/contract/errors';
import type { PlanProblem } from '@shared/features/plan/rules';
import { viaStatus } from '@shared/features/plan/status';
import type { RouteStatus } from '@shared/features/plan/schemas';
import { ApiError } from './apiError';

function problemError(problem: PlanProblem): ApiError {
  switch (problem.code) {
    case 'needle-outside-dimension':
      return new ApiError(problem.code, { route: problem.route, needle: problem.needle, dimension: problem.dimension });
    case 'duplicate-needle':
      return new ApiError(problem.code, { route: problem.route, needle: problem.needle });
    case 'duplicate-route':
    case 'conversation-route-not-chosen':
    case 'duplicate-action-id':
    case 'duplicate-reflection-id':
      return new ApiError(problem.code, { route: problem.route });
    case 'duplicate-conversation-id':
      return new ApiError(problem.code);
  }
}

/** The refusal for one or more broken rules: the first as the error, the others as its issues. */
export function problemsError(problems: readonly PlanProblem[]): ApiError {
  const [first, ...rest] = problems.map(problemError);
  if (!first) return new ApiError('invalid-input');
  const issues: InputIssue[] = rest.map(({ payload }) => inputIssue([], payload.code as PlanProblem['code'], payload.params as never));
  return first.withIssues(issues);
}

export function routeNotInPlan(route: RouteId): ApiError {
  return new ApiError('route-not-in-plan', { route });
}

export function actionNotFound(): ApiError {
  return new ApiError('action-not-found');
}

export function conversationNotFound(): ApiError {
  return new ApiError('conversation-not-found');
}

export function futureDate(what: 'reflectie' | 'gesprek'): ApiError {
  return new ApiError(what === 'reflectie' ? 'reflection-date-in-future' : 'conversation-date-in-future');
}

export function transitionRefused(route: RouteId, from: RouteStatus, to: RouteStatus): ApiError {
  const via = viaStatus(from, to);
  return via ? new ApiError('status-step-via', { route, from, to, via }) : new ApiError('status-step-refused', { route, from, to });
}
