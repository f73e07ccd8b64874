/** Profiles in the workspace: a leader has one (and never sees the word), a coach several. */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, uuidSchema } from '../../kernel/primitives';
import { ok, op, profileScope } from '../../contract/op';

export const PROFILE_NAME_MAX = 120;
export const profileNameSchema = z.string().trim().max(PROFILE_NAME_MAX);

export const profileSummarySchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  createdAt: isoDateTimeSchema,
  assessmentCount: z.number().int().min(0),
  /** The date of the latest meetmoment, if any. */
  latestAssessment: isoDateSchema.nullable(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export const profilesContract = {
  listProfiles: op(z.strictObject({}), z.array(profileSummarySchema)),
  createProfile: op(z.strictObject({ name: profileNameSchema }), profileSummarySchema),
  renameProfile: op(z.strictObject({ ...profileScope, name: profileNameSchema }), profileSummarySchema),
  /** Deletes the profile with everything in it, backups included. */
  deleteProfile: op(z.strictObject(profileScope), ok),
} as const;
