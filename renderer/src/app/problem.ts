import type { ApiErrorPayload } from '@shared/contract/api';
import { ApiClientError } from './api/client';

/** A failure to show the user: the error code (for a translated message) and Dutch details. */
export type Problem = ApiErrorPayload;

export function toProblem(error: unknown): Problem {
  if (error instanceof ApiClientError) return error.payload;
  return { code: 'internal', message: 'Er ging iets mis in de app.', details: [] };
}
