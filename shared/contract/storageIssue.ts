import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from '../kernel/primitives';

/** Something the storage layer found and the user must be told about. */
export const storageIssueSchema = z.strictObject({
  id: uuidSchema,
  kind: z.enum(['corrupt', 'newer-version']),
  /** File name (no folders) of the document concerned. */
  file: z.string(),
  /** Where the damaged file was moved to (file name), if it was moved. */
  movedTo: z.string().nullable(),
  /** When the backup that was put back was made, if one was. */
  restoredFrom: isoDateTimeSchema.nullable(),
  at: isoDateTimeSchema,
});
export type StorageIssue = z.infer<typeof storageIssueSchema>;
