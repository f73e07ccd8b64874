/** Browser mode: the contract over HTTP, authorised by the token from the start-up address. */
import type { ApiResult, KompasBridge, OperationName } from '@shared/contract/api';
import { OPERATION_LIST } from '@shared/contract/operations';

const TOKEN_KEY = 'kompas.token';

/** Reads the token from `#token=…` once, keeps it for this tab, and removes it from the address bar. */
export function takeToken(win: Window): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(win.location.hash);
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_KEY, match[1]);
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
  }
  return win.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const CONNECTION_LOST: ApiResult<never> = { ok: false, error: { code: 'connection-lost', params: {} } };
const NO_ACCESS: ApiResult<never> = { ok: false, error: { code: 'no-access', params: {} } };

export function createHttpBridge(win: Window): KompasBridge {
  const token = takeToken(win);
  const bridge: Partial<Record<OperationName, (input: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const name of OPERATION_LIST) {
    bridge[name] = async (input) => {
      try {
        const response = await win.fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
          credentials: 'omit',
          cache: 'no-store',
        });
        if (response.status === 401) return NO_ACCESS;
        if (!response.ok) return CONNECTION_LOST;
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return CONNECTION_LOST;
      }
    };
  }
  return bridge as KompasBridge;
}
