import type { ApiErrorCode, ApiErrorPayload } from '@shared/contract/api';

/** A failure a service reports on purpose, with a Dutch message for the user. */
export class ApiError extends Error {
  readonly payload: ApiErrorPayload;
  constructor(code: ApiErrorCode, message: string, details: string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.payload = { code, message, details };
  }
}
