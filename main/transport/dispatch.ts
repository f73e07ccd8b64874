/**
 * One dispatcher for both transports: checks the operation name, parses the input with the
 * contract's zod schema, calls the service, parses the output, and turns every failure into an
 * `ApiResult` error: a code with params (the renderer words it). Nothing stored changes when the
 * input is invalid, because the service is never called.
 */
import { api, isOperationName, type ApiHandlers, type ApiResult } from '@shared/contract/api';
import { errorPayload, type ApiErrorPayload } from '@shared/contract/errors';
import { describeIssues } from '@shared/contract/validationMessages';
import { ApiError } from '../features/apiError';

export type Dispatch = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatcher(handlers: ApiHandlers, log: (message: string, error: unknown) => void): Dispatch {
  return async (name, input) => {
    if (!isOperationName(name)) return failure(errorPayload('unknown-operation', {}));
    const contract = api[name];
    const given = input ?? {};
    const parsed = contract.input.safeParse(given);
    if (!parsed.success) {
      return failure(errorPayload('invalid-input', {}, describeIssues(parsed.error.issues, given)));
    }
    try {
      const handler = handlers[name] as (value: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      const checked = contract.output.safeParse(value);
      if (!checked.success) {
        log(`output of ${name} does not match the contract`, checked.error);
        return failure(errorPayload('internal', {}));
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof ApiError) return failure(error.payload);
      log(`operation ${name} failed`, error);
      return failure(errorPayload('internal', {}));
    }
  };
}

function failure(error: ApiErrorPayload): ApiResult<never> {
  return { ok: false, error };
}
