/**
 * Every failure the app reports, as a code with parameters: `{ code: 'round-closed', params: { round:
 * 'Najaar 2026' } }`. Main and shared never word a message; the renderer's i18n turns a code into
 * Dutch or English (shared/i18n/{nl,en}/errors.ts), main's small `t()` does so for OS-level texts.
 *
 * Each code is defined once here with the zod schema of its params (a flat record of strings and
 * numbers). Invalid input also lists its problems as `issues`: a field path and an issue code.
 */
import { z } from 'zod';
import { dimensionIdSchema, needleIdSchema, routeIdSchema } from '../kernel/primitives';
import { raterGroupSchema } from '../features/exchange/formats';
import { routeStatusSchema } from '../features/plan/schemas';
import { BACKUP_FILE_REFUSALS } from '../features/backup/refusals';
import { DOCUMENT_KINDS } from './storageIssue';
import { REPORT_IMPORT_REFUSALS } from '../features/feedback/reportImportRefusals';
import { PUBLISHED_REPORT_REFUSALS } from '../features/feedback/publishedReportFile';

const documentKind = z.enum(DOCUMENT_KINDS);
const plain = {} as const;

/** The plan rules' problems (shared/features/plan/rules.ts), with what the wording needs. */
const PLAN_PROBLEM_PARAMS = {
  'needle-outside-dimension': { route: routeIdSchema, needle: needleIdSchema, dimension: dimensionIdSchema },
  'duplicate-needle': { route: routeIdSchema, needle: needleIdSchema },
  'duplicate-route': { route: routeIdSchema },
  'duplicate-action-id': { route: routeIdSchema },
  'duplicate-reflection-id': { route: routeIdSchema },
  'duplicate-conversation-id': plain,
  'conversation-route-not-chosen': { route: routeIdSchema },
} as const;

/** Error codes and the params each carries. */
export const ERROR_PARAMS = {
  // Any operation.
  'invalid-input': plain,
  'unreadable-input': plain,
  'unknown-operation': plain,
  'untrusted-sender': plain,
  internal: plain,
  // Browser mode, seen by the renderer's HTTP bridge.
  'connection-lost': plain,
  'no-access': plain,
  // Storage.
  'storage-write-failed': { document: documentKind },
  'storage-newer-version': { document: documentKind },
  'storage-read-only': { document: documentKind },
  'data-folder-in-use': { dir: z.string() },
  // Profiles.
  'profile-not-found': plain,
  /** Coach mode stays on while there are `count` profiles (more than one). */
  'coach-mode-profiles': { count: z.number() },
  // Meetmomenten.
  'assessment-not-found': plain,
  'assessment-date-in-future': plain,
  // 360° feedback rounds.
  'round-not-found': plain,
  'round-open': { round: z.string() },
  'round-closed': { round: z.string() },
  /** A closing date before today (in the leader's time zone); both as YYYY-MM-DD. */
  'round-closes-in-past': { closesOn: z.string(), today: z.string() },
  /** The name typed to confirm deleting a round is not the round's name. */
  'round-name-mismatch': { round: z.string() },
  'group-not-asked': { group: raterGroupSchema },
  'respond-form-missing': plain,
  'round-key-desktop-only': plain,
  'round-key-unreadable': plain,
  /** A coach's published-report file that is not imported, and why (nothing changed). */
  'report-file-refused': { reason: z.enum(REPORT_IMPORT_REFUSALS) },
  /** A closed round whose report cannot be handed over as a file (it would be refused on import). */
  'report-not-publishable': { reason: z.enum(PUBLISHED_REPORT_REFUSALS) },
  /** Only a round this app held can be handed over; a coach's round came as a file. */
  'round-held-by-coach': { round: z.string() },
  // The routekaart.
  ...PLAN_PROBLEM_PARAMS,
  'route-not-in-plan': { route: routeIdSchema },
  'action-not-found': plain,
  'conversation-not-found': plain,
  'reflection-date-in-future': plain,
  'conversation-date-in-future': plain,
  /** A status step that needs a step in between (`via`). */
  'status-step-via': { route: routeIdSchema, from: routeStatusSchema, to: routeStatusSchema, via: routeStatusSchema },
  'status-step-refused': { route: routeIdSchema, from: routeStatusSchema, to: routeStatusSchema },
  // Print and PDF.
  'pdf-failed': plain,
  'pdf-write-failed': plain,
  // Session notes (shared/features/notes/rules.ts); dates as YYYY-MM-DD.
  'note-not-found': plain,
  'note-empty': plain,
  'note-date-in-future': { date: z.string(), today: z.string() },
  'note-next-session-before-date': { date: z.string(), nextSession: z.string() },
  // Profile files and backups (spec §6); nothing was changed.
  'backup-file-refused': { reason: z.enum(BACKUP_FILE_REFUSALS) },
  'backup-passphrase-too-short': { min: z.number() },
  /** The preview's content is no longer kept (applied, replaced by another preview, or too old). */
  'backup-preview-expired': plain,
  /** A file of everything would exceed what this app reads back. */
  'backup-too-large': plain,
  'backup-undo-unavailable': plain,
} as const satisfies Record<string, Readonly<Record<string, z.ZodType<string | number>>>>;

export type ErrorCode = keyof typeof ERROR_PARAMS;
export const ERROR_CODES = Object.keys(ERROR_PARAMS) as ErrorCode[];
export type ErrorParams<C extends ErrorCode> = { [K in keyof (typeof ERROR_PARAMS)[C]]: z.infer<(typeof ERROR_PARAMS)[C][K]> };

/**
 * What is wrong with one field of the input. `path` names the field (`['answers', '1.1']`); the
 * renderer knows the fields' names. The plan rules' problems are issues too (path: the field).
 */
export const ISSUE_PARAMS = {
  missing: plain,
  /** Missing or wrong: zod could not tell (the input was not at hand). */
  'missing-or-invalid': plain,
  invalid: plain,
  'too-long': { max: z.number() },
  'too-short': plain,
  'too-many': { max: z.number() },
  'too-few': { min: z.number() },
  'too-high': { max: z.number() },
  'too-low': { min: z.number() },
  /** One of a fixed list of values; `values` lists them, comma-separated. */
  'not-one-of': { values: z.string() },
  /** An answer: 1 to 5, or "cannot judge". */
  'not-an-answer': plain,
  'unknown-fields': { keys: z.string() },
  'unknown-field': plain,
  'wrong-form': plain,
  'not-a-date': plain,
  /** A named manager (not anonymous) without asking the manager group. */
  'manager-not-asked': plain,
  /** Only the manager group can answer without anonymity. */
  'manager-only-named': plain,
  /** `count` more problems than listed. */
  more: { count: z.number() },
  ...PLAN_PROBLEM_PARAMS,
} as const satisfies Record<string, Readonly<Record<string, z.ZodType<string | number>>>>;

export type IssueCode = keyof typeof ISSUE_PARAMS;
export const ISSUE_CODES = Object.keys(ISSUE_PARAMS) as IssueCode[];
export type IssueParams<C extends IssueCode> = { [K in keyof (typeof ISSUE_PARAMS)[C]]: z.infer<(typeof ISSUE_PARAMS)[C][K]> };

/** Custom zod refinements name their problem with one of these codes as the `message`. */
export const REFINE_CODES = {
  date: 'not-a-date',
  uuid: 'wrong-form',
  'manager-not-asked': 'manager-not-asked',
  'manager-only-named': 'manager-only-named',
} as const satisfies Record<string, IssueCode>;

export type InputIssue = { [C in IssueCode]: { path: string[]; code: C; params: IssueParams<C> } }[IssueCode];

export type ApiErrorPayload = {
  [C in ErrorCode]: { code: C; params: ErrorParams<C>; issues?: InputIssue[] };
}[ErrorCode];

/** Alias kept for the contract's older name. */
export type ApiErrorCode = ErrorCode;

const paramValue = z.union([z.string(), z.number()]);
const paramsSchema = z.record(z.string(), paramValue);

function paramsMatch(table: Record<string, Readonly<Record<string, z.ZodType>>>, code: string, params: unknown): boolean {
  const shape = table[code];
  return shape !== undefined && z.strictObject(shape).safeParse(params).success;
}

export const inputIssueSchema = z
  .strictObject({ path: z.array(z.string()), code: z.enum(ISSUE_CODES), params: paramsSchema })
  .refine((issue) => paramsMatch(ISSUE_PARAMS, issue.code, issue.params), { message: 'params', path: ['params'] });

/** The error an operation returns: a code, its params, and for invalid input the problems per field. */
export const apiErrorSchema = z
  .strictObject({ code: z.enum(ERROR_CODES), params: paramsSchema, issues: z.array(inputIssueSchema).optional() })
  .refine((error) => paramsMatch(ERROR_PARAMS, error.code, error.params), {
    message: 'params',
    path: ['params'],
  }) as unknown as z.ZodType<ApiErrorPayload>;

/** Builds a payload with its params checked by the type system. */
export function errorPayload<C extends ErrorCode>(code: C, params: ErrorParams<C>, issues?: InputIssue[]): ApiErrorPayload {
  const payload = { code, params } as ApiErrorPayload;
  return issues && issues.length > 0 ? { ...payload, issues } : payload;
}

/** An issue with its params checked by the type system. */
export function inputIssue<C extends IssueCode>(path: readonly string[], code: C, params: IssueParams<C>): InputIssue {
  return { path: [...path], code, params } as InputIssue;
}
