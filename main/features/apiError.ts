import { errorPayload, type ApiErrorPayload, type ErrorCode, type ErrorParams, type InputIssue } from '@shared/contract/errors';

/** Params may be left out only for a code that has none. */
type ParamsArg<C extends ErrorCode> = keyof ErrorParams<C> extends never ? [params?: ErrorParams<C>] : [params: ErrorParams<C>];

/** A failure a service reports on purpose: a code with params; the renderer words it. */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  readonly payload: ApiErrorPayload;
  constructor(code: C, ...[params]: ParamsArg<C>) {
    super(code);
    this.name = 'ApiError';
    this.payload = errorPayload(code, (params ?? {}) as ErrorParams<C>);
  }

  /** The same failure with the problems per field (or further problems) listed. */
  withIssues(issues: readonly InputIssue[]): this {
    if (issues.length > 0) Object.assign(this.payload, { issues: [...issues] });
    return this;
  }
}
