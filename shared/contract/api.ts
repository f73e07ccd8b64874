/**
 * The API contract: every operation the UI may ask of the main process, with zod schemas for its
 * input and output. Each feature declares its own operations (shared/features/<f>/contract.ts);
 * this file merges them, refusing a name declared twice. Both transports (Electron IPC and
 * browser-mode HTTP) are built from the merged table.
 */
import type { z } from 'zod';
import { appContract } from '../features/app/contract';
import { assessmentContract } from '../features/assessment/contract';
import { backupContract } from '../features/backup/contract';
import { feedbackContract } from '../features/feedback/contract';
import { publishedReportContract } from '../features/feedback/publishedContract';
import { historyContract } from '../features/history/contract';
import { notesContract } from '../features/notes/contract';
import { planContract } from '../features/plan/contract';
import { printContract } from '../features/print/contract';
import { presentContract } from '../features/present/contract';
import { profilesContract } from '../features/profiles/contract';
import type { ApiErrorPayload } from './errors';
import type { Operation } from './op';
import type { ListedOperationName } from './operations';

type Contract = Readonly<Record<string, Operation<z.ZodType, z.ZodType>>>;
type Merge<T extends readonly Contract[]> = T extends readonly [infer H, ...infer R extends readonly Contract[]] ? H & Merge<R> : unknown;

/** Merges contracts into one table; an operation name declared by two features is a programming error. */
export function mergeContracts<T extends readonly Contract[]>(...contracts: T): Merge<T> {
  const merged: Record<string, Operation<z.ZodType, z.ZodType>> = {};
  for (const contract of contracts) {
    for (const [name, operation] of Object.entries(contract)) {
      if (Object.hasOwn(merged, name)) throw new Error(`operation ${name} is declared twice`);
      merged[name] = operation;
    }
  }
  return merged as Merge<T>;
}

export const api = mergeContracts(
  appContract,
  profilesContract,
  assessmentContract,
  feedbackContract,
  publishedReportContract,
  planContract,
  historyContract,
  printContract,
  presentContract,
  notesContract,
  backupContract,
);

export type Api = typeof api;
export type OperationName = keyof Api & string;
export const OPERATION_NAMES = Object.keys(api) as OperationName[];

/**
 * `./operations.ts` repeats the operation names without zod (for the sandboxed preload).
 * A type error here means that list and the table above name different operations.
 */
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MustBeTrue<T extends true> = T;
export type OperationListMatchesApi = MustBeTrue<SameNames<OperationName, ListedOperationName>>;
export type ApiInput<N extends OperationName> = z.input<Api[N]['input']>;
export type ApiOutput<N extends OperationName> = z.output<Api[N]['output']>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

/** Errors are codes with params (./errors.ts); the renderer words them in the user's language. */
export { apiErrorSchema, type ApiErrorCode, type ApiErrorPayload } from './errors';

/** What each transport carries back: a value or an error, never a thrown exception. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

/** The object the preload exposes as `window.kompas`: exactly one function per operation. */
export type KompasBridge = { [N in OperationName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>> };

/** The services behind the contract: one async function per operation, in the main process. */
export type ApiHandlers = { [N in OperationName]: (input: z.output<Api[N]['input']>) => Promise<ApiOutput<N>> };

/** IPC channel for an operation (defined in the zod-free `./operations.ts`). */
export { channelOf } from './operations';

// The features' schemas and types, for callers that know the contract by this one name.
export { appStateSchema, type AppState } from '../features/app/contract';
export { newAssessmentSchema, savedDraftSchema, type NewAssessment, type SavedDraft } from '../features/assessment/contract';
export { importSummarySchema, newRoundSchema, type ImportSummary, type NewRound } from '../features/feedback/contract';
export { historySchema, type History } from '../features/history/contract';
export { dueItemSchema, planViewSchema, type DueItem, type PlanView } from '../features/plan/contract';
export { noteInputSchema, notesViewSchema, type NoteInput, type NotesView } from '../features/notes/contract';
export { profileSummarySchema, type ProfileSummary } from '../features/profiles/contract';
