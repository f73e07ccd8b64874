import type { ApiErrorPayload } from '@shared/contract/errors';
import { ApiClientError } from './api/client';

/** A failure to show the user: a code with params, worded by ui/problemText in the user's language. */
export type Problem = ApiErrorPayload;

export function toProblem(error: unknown): Problem {
  if (error instanceof ApiClientError) return error.payload;
  return { code: 'internal', params: {} };
}
