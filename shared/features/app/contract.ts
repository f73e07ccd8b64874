/** App-wide operations: language, the active profile (a setting the renderer reads), storage notices. */
import { z } from 'zod';
import { langSchema, uuidSchema } from '../../kernel/primitives';
import { empty, ok, op } from '../../contract/op';
import { storageIssueSchema } from '../../contract/storageIssue';
import { profileSummarySchema } from '../profiles/contract';

export const appStateSchema = z.strictObject({
  language: langSchema,
  /** The profile the UI shows; main makes sure it exists. */
  activeProfileId: uuidSchema,
  /** Coach mode (shared/features/settings/coachMode.ts): the coachees screen and whose data is shown. */
  coachMode: z.boolean(),
  profiles: z.array(profileSummarySchema),
  storageIssues: z.array(storageIssueSchema),
});
export type AppState = z.infer<typeof appStateSchema>;

export const appContract = {
  getAppState: op(empty, appStateSchema),
  setLanguage: op(z.strictObject({ language: langSchema }), appStateSchema),
  setActiveProfile: op(z.strictObject({ profileId: uuidSchema }), appStateSchema),
  /** Switching off is refused while there is more than one profile (error `coach-mode-profiles`). */
  setCoachMode: op(z.strictObject({ on: z.boolean() }), appStateSchema),
  dismissStorageIssue: op(z.strictObject({ id: uuidSchema }), ok),
} as const;
