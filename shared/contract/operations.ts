/**
 * The plain list of operation names and their IPC channels, without zod, so the sandboxed preload
 * can import it without bundling the schemas. `shared/api.ts` checks at type level that this list
 * and its contract table name exactly the same operations.
 */
export const OPERATION_LIST = [
  'getAppState',
  'setLanguage',
  'setActiveProfile',
  'setCoachMode',
  'dismissStorageIssue',
  'listProfiles',
  'createProfile',
  'renameProfile',
  'deleteProfile',
  'listAssessments',
  'getAssessment',
  'getDraft',
  'saveDraft',
  'discardDraft',
  'createAssessment',
  'deleteAssessment',
  'listRounds',
  'createRound',
  'getRound',
  'getInvitation',
  'importResponses',
  'closeRound',
  'getReport',
  'deleteRawResponses',
  'deleteRound',
  'exportPublishedReport',
  'importPublishedReport',
  'getPlan',
  'chooseRoute',
  'updateRoute',
  'setRouteStatus',
  'removeRoute',
  'addAction',
  'updateAction',
  'removeAction',
  'addRouteReflection',
  'addConversation',
  'removeConversation',
  'setReviewRhythm',
  'getReminders',
  'getHistory',
  'savePdf',
  'setFullScreen',
  'listNotes',
  'saveNote',
  'deleteNote',
  'exportProfile',
  'exportBackup',
  'previewBackupFile',
  'applyBackup',
  'discardBackupPreview',
  'getUndoStatus',
  'undoRestore',
] as const;

export type ListedOperationName = (typeof OPERATION_LIST)[number];

/** IPC channel for an operation. */
export function channelOf(name: ListedOperationName): string {
  return `kompas:${name}`;
}
