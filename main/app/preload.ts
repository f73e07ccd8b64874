/**
 * The only bridge between the page and the main process: `window.kompas`, one function per
 * operation of the contract, each invoking its own IPC channel. Nothing else is exposed (no
 * ipcRenderer, no process, no generic invoke). Runs sandboxed, so it is bundled to CommonJS and
 * may require nothing but `electron`; it imports only the zod-free operation list and types.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { KompasBridge, OperationName } from '@shared/contract/api';
import { channelOf, OPERATION_LIST } from '@shared/contract/operations';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** The bridge object, built around an `invoke` function (ipcRenderer.invoke in the app). */
export function createBridge(invoke: Invoke): KompasBridge {
  const bridge: Partial<Record<OperationName, (input: unknown) => Promise<unknown>>> = {};
  // The zod-free list names exactly the contract's operations (checked at type level in shared/contract/api.ts).
  for (const name of OPERATION_LIST) bridge[name] = (input) => invoke(channelOf(name), input);
  return bridge as KompasBridge;
}

contextBridge.exposeInMainWorld(
  'kompas',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
