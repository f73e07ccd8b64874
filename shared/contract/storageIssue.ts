import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from '../kernel/primitives';

/** The kinds of document the app stores; the renderer names each in words. */
export const DOCUMENT_KINDS = ['settings', 'profile', 'draft', 'plan', 'round', 'notes'] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

/** Something the storage layer found and the user must be told about. */
export const storageIssueSchema = z.strictObject({
  id: uuidSchema,
  kind: z.enum(['corrupt', 'newer-version']),
  /** Which kind of document it concerns. */
  document: z.enum(DOCUMENT_KINDS),
  /** File name (no folders) of the document concerned. */
  file: z.string(),
  /** Where the damaged file was moved to (file name), if it was moved. */
  movedTo: z.string().nullable(),
  /** When the backup that was put back was made, if one was. */
  restoredFrom: isoDateTimeSchema.nullable(),
  at: isoDateTimeSchema,
  /** The profile whose document it is (absent for the settings); coach mode names it. */
  profileId: uuidSchema.optional(),
});
export type StorageIssue = z.infer<typeof storageIssueSchema>;
