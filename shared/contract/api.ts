/**
 * The API contract: every operation the UI may ask of the main process, with zod schemas for its
 * input and output. Both transports (Electron IPC and browser-mode HTTP) are built from this table.
 */
import { z } from 'zod';
import {
  assessmentSchema,
  completeAnswersSchema,
  draftContentSchema,
  reflectionsSchema,
  targetsSchema,
} from '../features/assessment/schemas';
import { isoDateSchema, isoDateTimeSchema, langSchema, needleKeySchema, routeIdSchema, uuidSchema } from '../kernel/primitives';
import {
  actionSchema,
  chosenRouteSchema,
  conversationSchema,
  planDocumentSchema,
  routeReflectionSchema,
  routeStatusSchema,
} from '../features/plan/schemas';
import { storageIssueSchema } from './storageIssue';
import { raterGroupSchema } from '../features/exchange/formats';
import { REFUSAL_REASONS } from '../features/feedback/importResponses';
import { reportModelSchema } from '../features/feedback/reportModel';
import { ROUND_NAME_MAX, raterGroupsSchema, roundSummarySchema } from '../features/feedback/schemas';
import { RESPONSE_MAX_BYTES } from '../features/exchange/formats';
import type { ListedOperationName } from './operations';

const empty = z.strictObject({});
const ok = z.strictObject({ ok: z.literal(true) });

export const appStateSchema = z.strictObject({
  language: langSchema,
  profile: z.strictObject({ id: uuidSchema, name: z.string() }),
  storageIssues: z.array(storageIssueSchema),
});
export type AppState = z.infer<typeof appStateSchema>;

export const savedDraftSchema = z.strictObject({ updatedAt: isoDateTimeSchema, draft: draftContentSchema });
export type SavedDraft = z.infer<typeof savedDraftSchema>;

export const newAssessmentSchema = z.strictObject({
  date: isoDateSchema,
  answers: completeAnswersSchema,
  targets: targetsSchema,
  reflections: reflectionsSchema,
});
export type NewAssessment = z.infer<typeof newAssessmentSchema>;

export const newRoundSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(ROUND_NAME_MAX),
    leader: z.string().trim().max(120),
    groups: raterGroupsSchema,
    closesOn: isoDateSchema.nullable(),
    managerNonAnonymous: z.boolean(),
    language: langSchema,
  })
  .refine((r) => !r.managerNonAnonymous || r.groups.includes('leidinggevende'), {
    message: 'Een niet-anonieme leidinggevende kan alleen als de groep leidinggevende is gevraagd.',
    path: ['managerNonAnonymous'],
  });
export type NewRound = z.infer<typeof newRoundSchema>;

export const invitationFileSchema = z.strictObject({
  fileName: z.string(),
  html: z.string(),
  mailSubject: z.string(),
  mailBody: z.string(),
});

export const incomingFileSchema = z.strictObject({
  name: z.string().max(260),
  size: z.number().int().min(0),
  /** The file's text; null when it is larger than a response file can be (not read). */
  content: z.string().max(RESPONSE_MAX_BYTES).nullable(),
});

export const importSummarySchema = z.strictObject({
  outcomes: z.array(
    z.strictObject({
      name: z.string(),
      outcome: z.enum(['accepted', 'duplicate', 'refused']),
      reason: z.enum(REFUSAL_REASONS).nullable(),
    }),
  ),
  accepted: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  refused: z.number().int().min(0),
  rounds: z.array(roundSummarySchema),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

const roundRef = z.strictObject({ id: uuidSchema });

/** The plan as the UI sees it (the stored document without its bookkeeping). */
export const planViewSchema = z.strictObject({
  reviewEveryMonths: planDocumentSchema.shape.reviewEveryMonths,
  routes: z.array(chosenRouteSchema),
  conversations: z.array(conversationSchema),
});
export type PlanView = z.infer<typeof planViewSchema>;

const routeRef = z.strictObject({ route: routeIdSchema });
const actionInput = { what: actionSchema.shape.what, due: actionSchema.shape.due, companions: actionSchema.shape.companions };

/** Something due: a review of the compass, or an action of the plan. Dates are local calendar dates. */
export const dueItemSchema = z.strictObject({
  kind: z.enum(['review', 'action']),
  due: isoDateSchema,
  overdue: z.boolean(),
  route: routeIdSchema.nullable(),
  actionId: uuidSchema.nullable(),
  what: z.string(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

const needleMeans = z.record(needleKeySchema, z.number().min(1).max(5).nullable());

/** Everything the history views need: self per meetmoment, and others per closed 360 round. */
export const historySchema = z.strictObject({
  assessments: z.array(z.strictObject({ id: uuidSchema, date: isoDateSchema, needles: needleMeans, targets: needleMeans })),
  rounds: z.array(
    z.strictObject({ id: uuidSchema, name: z.string(), date: isoDateSchema, basis: z.string(), needles: needleMeans }),
  ),
});
export type History = z.infer<typeof historySchema>;

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

export const api = {
  getAppState: op(empty, appStateSchema),
  setLanguage: op(z.strictObject({ language: langSchema }), appStateSchema),
  dismissStorageIssue: op(z.strictObject({ id: uuidSchema }), ok),
  listAssessments: op(empty, z.array(assessmentSchema)),
  getAssessment: op(z.strictObject({ id: uuidSchema }), assessmentSchema),
  getDraft: op(empty, savedDraftSchema.nullable()),
  saveDraft: op(draftContentSchema, z.strictObject({ updatedAt: isoDateTimeSchema })),
  discardDraft: op(empty, ok),
  createAssessment: op(newAssessmentSchema, assessmentSchema),
  deleteAssessment: op(z.strictObject({ id: uuidSchema }), ok),
  listRounds: op(empty, z.array(roundSummarySchema)),
  createRound: op(newRoundSchema, roundSummarySchema),
  getRound: op(roundRef, roundSummarySchema),
  getInvitation: op(z.strictObject({ id: uuidSchema, group: raterGroupSchema }), invitationFileSchema),
  importResponses: op(z.strictObject({ files: z.array(incomingFileSchema).min(1).max(5000) }), importSummarySchema),
  closeRound: op(roundRef, roundSummarySchema),
  getReport: op(roundRef, z.strictObject({ round: roundSummarySchema, report: reportModelSchema })),
  deleteRawResponses: op(roundRef, roundSummarySchema),
  getPlan: op(empty, planViewSchema),
  chooseRoute: op(z.strictObject({ route: routeIdSchema, why: chosenRouteSchema.shape.why, needles: chosenRouteSchema.shape.needles }), planViewSchema),
  updateRoute: op(z.strictObject({ route: routeIdSchema, why: chosenRouteSchema.shape.why, needles: chosenRouteSchema.shape.needles }), planViewSchema),
  setRouteStatus: op(z.strictObject({ route: routeIdSchema, status: routeStatusSchema }), planViewSchema),
  removeRoute: op(routeRef, planViewSchema),
  addAction: op(z.strictObject({ route: routeIdSchema, ...actionInput }), planViewSchema),
  updateAction: op(z.strictObject({ route: routeIdSchema, id: uuidSchema, ...actionInput, done: z.boolean() }), planViewSchema),
  removeAction: op(z.strictObject({ route: routeIdSchema, id: uuidSchema }), planViewSchema),
  addRouteReflection: op(z.strictObject({ route: routeIdSchema, date: isoDateSchema, text: routeReflectionSchema.shape.text }), planViewSchema),
  addConversation: op(conversationSchema.omit({ id: true }), planViewSchema),
  removeConversation: op(z.strictObject({ id: uuidSchema }), planViewSchema),
  setReviewRhythm: op(z.strictObject({ months: planDocumentSchema.shape.reviewEveryMonths }), planViewSchema),
  getReminders: op(empty, z.strictObject({ today: isoDateSchema, items: z.array(dueItemSchema) })),
  getHistory: op(empty, historySchema),
} as const;

export type Api = typeof api;
export type OperationName = keyof Api;
export const OPERATION_NAMES = Object.keys(api) as OperationName[];

/**
 * `shared/operations.ts` repeats the operation names without zod (for the sandboxed preload).
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

/** Error codes the API can return; the renderer maps each to a message in the current language. */
export const API_ERROR_CODES = ['invalid-input', 'not-found', 'storage', 'unknown-operation', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.strictObject({
  code: z.enum(API_ERROR_CODES),
  /** Dutch, for people: what went wrong and that nothing was changed. */
  message: z.string(),
  /** Dutch, one line per problem (for invalid input: which field and why). */
  details: z.array(z.string()),
});
export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;

/** What each transport carries back: a value or an error, never a thrown exception. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

/** The object the preload exposes as `window.kompas`: exactly one function per operation. */
export type KompasBridge = { [N in OperationName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>> };

/** The services behind the contract: one async function per operation, in the main process. */
export type ApiHandlers = { [N in OperationName]: (input: z.output<Api[N]['input']>) => Promise<ApiOutput<N>> };

/** IPC channel for an operation (defined in the zod-free `shared/operations.ts`). */
export { channelOf } from './operations';
