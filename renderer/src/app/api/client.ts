/**
 * The renderer's one way to reach the main process. In Electron the preload exposes
 * `window.kompas`; in browser mode the same contract is answered over HTTP on 127.0.0.1.
 * Callers get plain values or a thrown `ApiClientError`; they never see the transport.
 */
import type { ApiErrorPayload, ApiInput, ApiOutput, ApiResult, KompasBridge, OperationName } from '@shared/contract/api';
import { OPERATION_LIST } from '@shared/contract/operations';
import { createHttpBridge } from './httpBridge';
import { never, profileEpoch } from '../profileSwitch';

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
    const send = bridge[name] as (input: unknown) => Promise<ApiResult<unknown>>;
    const call = async (input: unknown) => send(input);
    client[name] = PROFILE_MANAGEMENT.has(name) ? (input) => call(input).then(unwrap) : dropWhenStale(call);
  }
  return client as ApiClient;
}

/** Operations on profiles as such (the coachees screen): their answers concern no data on screen. */
const PROFILE_MANAGEMENT: ReadonlySet<OperationName> = new Set(['listProfiles', 'createProfile', 'renameProfile', 'deleteProfile', 'setActiveProfile']);

/**
 * A data operation of one profile: its answer is dropped (never settles) when the profile on screen
 * changed while it was under way (renderer/src/app/profileSwitch.ts).
 */
function dropWhenStale(call: (input: unknown) => Promise<ApiResult<unknown>>): (input: unknown) => Promise<unknown> {
  return (input) => {
    if (!namesProfile(input)) return call(input).then(unwrap);
    const started = profileEpoch();
    return call(input).then(
      (result) => (profileEpoch() === started ? unwrap(result) : never()),
      (error: unknown) => (profileEpoch() === started ? Promise.reject(error) : never()),
    );
  };
}

function namesProfile(input: unknown): boolean {
  return typeof input === 'object' && input !== null && 'profileId' in input;
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
