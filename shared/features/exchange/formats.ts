/**
 * The exchange formats of docs/exchange-formats.md, version 1, as zod schemas:
 * invitation (§1) and response with its encrypted payload (§2). Strict objects: an extra field
 * (a timestamp, a name, device details) makes a file invalid.
 */
import { z } from 'zod';
import { mayBeNamed } from './managerRule';
import { completeAnswersSchema } from '../assessment/schemas';
import { isoDateSchema, langSchema, needleKeySchema, questionnaireRefSchema, questionnaireVersionSchema, uuidSchema } from '../../kernel/primitives';
import { BASE64URL_PATTERN } from './base64url';
import { COMMENT_MAX } from '../../kernel/limits';
import { INVITATION_FORMAT, RATER_GROUPS, RESPONSE_FORMAT } from './formatConstants';

export { INVITATION_FORMAT, RATER_GROUPS, RESPONSE_FORMAT, RESPONSE_INFO, RESPONSE_MAX_BYTES } from './formatConstants';
export type { RaterGroup } from './formatConstants';
export const raterGroupSchema = z.enum(RATER_GROUPS);

const b64url = z.string().regex(BASE64URL_PATTERN);

/** A P-256 public key as JWK, exactly the four fields of the spec. */
export const publicJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: b64url.length(43),
  y: b64url.length(43),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

const localizedSchema = z.strictObject({ nl: z.string(), en: z.string() });

export const invitationSchema = z
  .strictObject({
    format: z.literal(INVITATION_FORMAT),
    version: z.literal(1),
    roundId: uuidSchema,
    leader: z.string().max(120),
    raterGroup: raterGroupSchema.nullable(),
    anonymous: z.boolean(),
    language: langSchema,
    closesOn: isoDateSchema.nullable(),
    /** Where the respondent sends the saved file; absent in invitations made before it existed. */
    returnTo: z.string().min(1).max(200).optional(),
    questionnaire: z.strictObject({
      id: z.literal('kompas'),
      /** The round's questionnaire version (`kompas` 1, 2, …); the items are that version's others' form. */
      version: questionnaireVersionSchema,
      items: z.array(z.strictObject({ id: z.string(), needle: z.number().int(), text: localizedSchema })),
    }),
    publicKey: publicJwkSchema,
  })
  .refine((inv) => inv.anonymous || mayBeNamed(inv.raterGroup), {
    message: 'manager-only-named',
  });
export type Invitation = z.infer<typeof invitationSchema>;

/** The file a respondent saves: `kompas-antwoord-<8 hex>.json`. */
export const responseFileSchema = z.strictObject({
  format: z.literal(RESPONSE_FORMAT),
  version: z.literal(1),
  roundId: uuidSchema,
  epk: publicJwkSchema,
  iv: b64url.length(16),
  ct: b64url.min(22),
});
export type ResponseFile = z.infer<typeof responseFileSchema>;

const commentSchema = z.string().max(COMMENT_MAX);

/** What is inside the encryption: no timestamp, no name, no device or browser information. */
export const responsePayloadSchema = z.strictObject({
  responseId: uuidSchema,
  raterGroup: raterGroupSchema,
  questionnaire: questionnaireRefSchema,
  answers: completeAnswersSchema,
  comments: z.strictObject({
    keepDoing: commentSchema.optional(),
    startDoing: commentSchema.optional(),
    needles: z.partialRecord(needleKeySchema, commentSchema).optional(),
  }),
});
export type ResponsePayload = z.infer<typeof responsePayloadSchema>;
