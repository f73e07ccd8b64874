/** The stored 360° feedback rounds: one document per round (`rounds/<roundId>.json` in a profile's folder). */
import { z } from 'zod';
import { publicJwkSchema, raterGroupSchema, responsePayloadSchema, RATER_GROUPS, type RaterGroup } from '../exchange/formats';
import { reportModelSchema } from './reportModel';
import { isoDateSchema, isoDateTimeSchema, langSchema, questionnaireRefSchema, uuidSchema } from '../../kernel/primitives';

export const ROUND_NAME_MAX = 120;
/** Where respondents send their saved answer (spec §1 `returnTo`): an address, a name or a shared folder. */
export const RETURN_TO_MAX = 200;
export const returnToSchema = z.string().min(1).max(RETURN_TO_MAX);

/**
 * The self-assessment a round's report compares with, fixed when the round closes so the report does
 * not change afterwards: a meetmoment (by id, with its date); `none` when there was no meetmoment to
 * compare with; `deleted` when the leader deleted that meetmoment later (its figures are gone too).
 */
export const comparedWithSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('meetmoment'), assessmentId: uuidSchema, takenOn: isoDateSchema }),
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('deleted') }),
]);
export type ComparedWith = z.infer<typeof comparedWithSchema>;

/** The round's private key as stored: encrypted by the OS keystore where available. */
export const storedPrivateKeySchema = z.strictObject({
  scheme: z.enum(['safeStorage', 'plain']),
  data: z.string(),
});
export type StoredPrivateKey = z.infer<typeof storedPrivateKeySchema>;

const groupsSchema = z
  .array(raterGroupSchema)
  .min(1)
  .max(RATER_GROUPS.length)
  .refine((groups) => new Set(groups).size === groups.length, { message: 'duplicate' });

/** A round the leader's (or coach's) own app holds: its key pair, invitations and answers. */
export const ownRoundSchema = z.strictObject({
  origin: z.literal('own'),
  id: uuidSchema,
  name: z.string().min(1).max(ROUND_NAME_MAX),
  leader: z.string().max(120),
  /** A coach holds this round for the leader (spec §7): the invitations' e-mail text says so. */
  heldByCoach: z.boolean(),
  groups: groupsSchema,
  closesOn: isoDateSchema.nullable(),
  /** null only for rounds made before the field existed (their invitations carry their own form). */
  returnTo: returnToSchema.nullable(),
  managerNonAnonymous: z.boolean(),
  language: langSchema,
  /** The questionnaire the round asks: its invitations carry these items, and it accepts only answers given with it. */
  questionnaire: questionnaireRefSchema,
  createdAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
  /** The self-assessment the report compares with; null while open (and in rounds closed before it was recorded, until their report is read). */
  comparedWith: comparedWithSchema.nullable(),
  publicKey: publicJwkSchema,
  privateKey: storedPrivateKeySchema,
  /** Decrypted, validated answers; emptied when the leader keeps only the published figures. */
  responses: z.array(responsePayloadSchema),
  /** The report as published when the raw answers were deleted. */
  published: reportModelSchema.nullable(),
});
export type Round = z.infer<typeof ownRoundSchema>;

/**
 * A round a coach held for the leader (spec §7), imported from the coach's published-report file:
 * no key pair, no invitations and no raw answers, only the report as published (without self
 * figures, see ./publishedReportFile), the day it closed and the questionnaire. It is closed from the
 * start; the report compares with the leader's own meetmoment, fixed at import like at closing.
 */
export const publishedRoundSchema = z.strictObject({
  origin: z.literal('published'),
  id: uuidSchema,
  name: z.string().min(1).max(ROUND_NAME_MAX),
  questionnaire: questionnaireRefSchema,
  /** The day the coach closed the round (the file's `closedOn`). */
  closedOn: isoDateSchema,
  /** When the leader imported the file. */
  importedAt: isoDateTimeSchema,
  comparedWith: comparedWithSchema,
  /** The report as the file carries it: no self figures, no gaps. */
  report: reportModelSchema,
});
export type PublishedRound = z.infer<typeof publishedRoundSchema>;

/** Any stored round: the leader's own, or one a coach held and handed over. */
export const storedRoundSchema = z.discriminatedUnion('origin', [ownRoundSchema, publishedRoundSchema]);
export type StoredRound = z.infer<typeof storedRoundSchema>;

export const isOwnRound = (round: StoredRound): round is Round => round.origin === 'own';

/**
 * Version 1 was one document per profile holding all its rounds (`feedback/<profileId>.json`); the
 * workspace keeps one document per round, so an import or a deletion touches only that round.
 * See migrations/ for the steps (3 → 4: a round records its questionnaire version; 4 → 5: where
 * answers go, and the meetmoment the report compares with; 5 → 6: a round is the leader's own or
 * one a coach held, `origin`).
 */
export const ROUND_SCHEMA_VERSION = 6;
export const roundDocumentSchema = z.strictObject({
  schemaVersion: z.literal(ROUND_SCHEMA_VERSION),
  profileId: uuidSchema,
  round: storedRoundSchema,
});
export type RoundDocument = z.infer<typeof roundDocumentSchema>;
/** A round document of the leader's own round (what tests and the import of answers work with). */
export type OwnRoundDocument = Omit<RoundDocument, 'round'> & { readonly round: Round };

/** What the UI may see of a round: never answers, only counts per group. */
export const roundSummarySchema = z.strictObject({
  id: uuidSchema,
  /** `published`: held by a coach and imported from the report file; no invitations, answers or key. */
  origin: z.enum(['own', 'published']),
  name: z.string(),
  leader: z.string(),
  /** This app holds the round as the leader's coach (an own round), to hand over its report. */
  heldByCoach: z.boolean(),
  groups: z.array(raterGroupSchema),
  closesOn: isoDateSchema.nullable(),
  returnTo: z.string().nullable(),
  managerNonAnonymous: z.boolean(),
  /** null for a round a coach held (the file does not say which language its invitations had). */
  language: langSchema.nullable(),
  questionnaire: questionnaireRefSchema,
  createdAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
  /** The day a coach's round closed, as its file says (null for own rounds: their day is `closedAt` in the leader's time zone). */
  closedOn: isoDateSchema.nullable(),
  comparedWith: comparedWithSchema.nullable(),
  counts: z.strictObject(
    Object.fromEntries(RATER_GROUPS.map((g) => [g, z.number().int().min(0)])) as Record<RaterGroup, z.ZodNumber>,
  ),
  total: z.number().int().min(0),
  rawDeleted: z.boolean(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export { groupsSchema as raterGroupsSchema };
