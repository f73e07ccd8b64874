/** The settings document: the small preferences file (settings.json) kept by conf / electron-store. */
import { z } from 'zod';
import { langSchema, uuidSchema } from '../../kernel/primitives';

/** Version 2: `coachMode` (see migrations/). */
export const SETTINGS_SCHEMA_VERSION = 2;
export const settingsDocumentSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  language: langSchema,
  activeProfileId: uuidSchema.nullable(),
  /** Switched on in the settings, or by adding a coachee (a second profile). */
  coachMode: z.boolean(),
});
export type SettingsDocument = z.infer<typeof settingsDocumentSchema>;
