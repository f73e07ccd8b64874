/**
 * The only bridge between the page and the main process: `window.kompas`, one function per
 * operation of the contract, each invoking its own IPC channel. Nothing else is exposed (no
 * ipcRenderer, no process, no generic invoke). Runs sandboxed, so it is bundled to CommonJS and
 * may require nothing but `electron`; it imports only the zod-free operation list and types.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiOutput, ApiResult, KompasBridge, OperationName } from '@shared/contract/api';
import { channelOf } from '@shared/contract/operations';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** The bridge object, built around an `invoke` function (ipcRenderer.invoke in the app). */
export function createBridge(invoke: Invoke): KompasBridge {
  const call =
    <N extends OperationName>(name: N) =>
    (input: ApiInput<N>): Promise<ApiResult<ApiOutput<N>>> =>
      invoke(channelOf(name), input) as Promise<ApiResult<ApiOutput<N>>>;

  return {
    getAppState: call('getAppState'),
    setLanguage: call('setLanguage'),
    dismissStorageIssue: call('dismissStorageIssue'),
    listAssessments: call('listAssessments'),
    getAssessment: call('getAssessment'),
    getDraft: call('getDraft'),
    saveDraft: call('saveDraft'),
    discardDraft: call('discardDraft'),
    createAssessment: call('createAssessment'),
    deleteAssessment: call('deleteAssessment'),
    listRounds: call('listRounds'),
    createRound: call('createRound'),
    getRound: call('getRound'),
    getInvitation: call('getInvitation'),
    importResponses: call('importResponses'),
    closeRound: call('closeRound'),
    getReport: call('getReport'),
    deleteRawResponses: call('deleteRawResponses'),
    getPlan: call('getPlan'),
    chooseRoute: call('chooseRoute'),
    updateRoute: call('updateRoute'),
    setRouteStatus: call('setRouteStatus'),
    removeRoute: call('removeRoute'),
    addAction: call('addAction'),
    updateAction: call('updateAction'),
    removeAction: call('removeAction'),
    addRouteReflection: call('addRouteReflection'),
    addConversation: call('addConversation'),
    removeConversation: call('removeConversation'),
    setReviewRhythm: call('setReviewRhythm'),
    getReminders: call('getReminders'),
    getHistory: call('getHistory'),
  } satisfies KompasBridge;
}

contextBridge.exposeInMainWorld(
  'kompas',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
