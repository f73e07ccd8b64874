/**
 * The renderer's one way to reach the main process. In Electron the preload exposes
 * `window.kompas`; in browser mode the same contract is answered over HTTP on 127.0.0.1.
 * Callers get plain values or a thrown `ApiClientError`; they never see the transport.
 */
import type { ApiErrorPayload, ApiInput, ApiOutput, ApiResult, KompasBridge, OperationName } from '@shared/contract/api';
import { OPERATION_LIST } from '@shared/contract/operations';
import { createHttpBridge } from './httpBridge';

export class ApiClientError extends Error {
  constructor(readonly payload: ApiErrorPayload) {
    super(payload.code);
    this.name = 'ApiClientError';
  }
}

export type ApiClient = { [N in OperationName]: (input: ApiInput<N>) => Promise<ApiOutput<N>> };

declare global {
  interface Window {
    kompas?: KompasBridge;
  }
}

export function createApiClient(bridge: KompasBridge): ApiClient {
  const client: Partial<Record<OperationName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_LIST) {
    const call = bridge[name] as (input: unknown) => Promise<ApiResult<unknown>>;
    client[name] = async (input) => unwrap(await call(input));
  }
  return client as ApiClient;
}

function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiClientError(result.error);
}

let current: ApiClient | null = null;

/** The client for this window: the preload's bridge in Electron, HTTP in browser mode. */
export function api(): ApiClient {
  current ??= createApiClient(window.kompas ?? createHttpBridge(window));
  return current;
}

/** For component tests: use a given bridge instead. */
export function setApiBridge(bridge: KompasBridge): void {
  current = createApiClient(bridge);
}
