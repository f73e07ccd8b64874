/** 360° feedback rounds: create, invite, import answers, close, report, keep only the published figures. */
import { managerNamingAllowed } from '../exchange/managerRule';
import { z } from 'zod';
import { isoDateSchema, langSchema, uuidSchema } from '../../kernel/primitives';
import { ok, op, profileOnly, profileScope } from '../../contract/op';
import { RESPONSE_MAX_BYTES, raterGroupSchema } from '../exchange/formats';
import { IMPORT_CHUNK_BYTES, IMPORT_CHUNK_FILES } from './importChunks';
import { REFUSAL_REASONS } from './importResponses';
import { reportModelSchema } from './reportModel';
import { RETURN_TO_MAX, ROUND_NAME_MAX, raterGroupsSchema, roundSummarySchema } from './schemas';

const newRoundFields = {
  name: z.string().trim().min(1).max(ROUND_NAME_MAX),
  leader: z.string().trim().max(120),
  /** A coach makes this round for the leader (spec §7); false when left out. */
  heldByCoach: z.boolean().optional(),
  groups: raterGroupsSchema,
  closesOn: isoDateSchema.nullable(),
  /** Where respondents send their saved answer (spec §1 `returnTo`). */
  returnTo: z.string().trim().min(1).max(RETURN_TO_MAX),
  managerNonAnonymous: z.boolean(),
  language: langSchema,
};

const managerRule = managerNamingAllowed;
const MANAGER_RULE = { message: 'manager-not-asked', path: ['managerNonAnonymous'] };

export const newRoundSchema = z.strictObject(newRoundFields).refine(managerRule, MANAGER_RULE);
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

/** One request of an import: a chunk of at most IMPORT_CHUNK_FILES files and IMPORT_CHUNK_BYTES of content. */
const importChunkSchema = z
  .array(incomingFileSchema)
  .min(1)
  .max(IMPORT_CHUNK_FILES)
  .refine((files) => files.reduce((sum, f) => sum + (f.content?.length ?? 0), 0) <= IMPORT_CHUNK_BYTES);

export const importSummarySchema = z.strictObject({
  outcomes: z.array(
    z.strictObject({
      name: z.string(),
      outcome: z.enum(['accepted', 'duplicate', 'refused']),
      reason: z.enum(REFUSAL_REASONS).nullable(),
      /** The profile's round the file belongs to; null when it is none of them (or unreadable). */
      round: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
    }),
  ),
  accepted: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  refused: z.number().int().min(0),
  rounds: z.array(roundSummarySchema),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

const roundRef = z.strictObject({ ...profileScope, id: uuidSchema });

/** Closing fixes the meetmoment the report compares with: the one picked, else the latest. */
const closeInput = z.strictObject({ ...profileScope, id: uuidSchema, assessmentId: uuidSchema.optional() });

/** Deleting a round asks for its name, as the leader typed it to confirm. */
const deleteInput = z.strictObject({ ...profileScope, id: uuidSchema, name: z.string().max(ROUND_NAME_MAX * 2) });

export const feedbackContract = {
  listRounds: op(profileOnly, z.array(roundSummarySchema)),
  createRound: op(z.strictObject({ ...profileScope, ...newRoundFields }).refine(managerRule, MANAGER_RULE), roundSummarySchema),
  getRound: op(roundRef, roundSummarySchema),
  getInvitation: op(z.strictObject({ ...profileScope, id: uuidSchema, group: raterGroupSchema }), invitationFileSchema),
  importResponses: op(z.strictObject({ ...profileScope, files: importChunkSchema }), importSummarySchema),
  closeRound: op(closeInput, roundSummarySchema),
  getReport: op(roundRef, z.strictObject({ round: roundSummarySchema, report: reportModelSchema })),
  /** Keeps only the published figures: the raw answers are deleted, also from the backups. */
  deleteRawResponses: op(roundRef, roundSummarySchema),
  /** Deletes the round with everything of it: key, answers, report, backups and leftover copies. */
  deleteRound: op(deleteInput, ok),
} as const;
