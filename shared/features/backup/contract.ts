/**
 * Profile files and backups of everything (spec §6): export, preview, apply, undo.
 *
 * The passphrase crosses to main once per file: the preview decrypts and checks the file and main
 * keeps the checked content in memory under a one-time token (never on disk); applying names the
 * token, so PBKDF2 runs once per import and the renderer need not keep the passphrase.
 */
import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from '../../kernel/primitives';
import { empty, ok, op, profileScope } from '../../contract/op';
import { BACKUP_SCOPES } from './backupFormat';
import { payloadSettingsSchema } from './payload';

/** The longest passphrase main takes (far beyond any typed one). */
export const PASSPHRASE_MAX_LENGTH = 1024;
const passphraseSchema = z.string().max(PASSPHRASE_MAX_LENGTH);

export const backupFileOutputSchema = z.strictObject({ fileName: z.string(), text: z.string() });

export const profileCountsSchema = z.strictObject({
  assessments: z.number().int().min(0),
  rounds: z.number().int().min(0),
  routes: z.number().int().min(0),
});
export type ProfileCounts = z.infer<typeof profileCountsSchema>;

/** What a profile looks like: its name, counts and last change. */
export const profileGlanceSchema = z.strictObject({
  name: z.string(),
  counts: profileCountsSchema,
  lastChange: isoDateTimeSchema.nullable(),
});
export type ProfileGlance = z.infer<typeof profileGlanceSchema>;

export const APPLY_MODES = ['replace', 'keep-both'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

export const previewProfileSchema = z.strictObject({
  id: uuidSchema,
  /** The profile as it is in the file. */
  incoming: profileGlanceSchema,
  /** The profile with the same id here now; null: the file's profile is added. */
  current: profileGlanceSchema.nullable(),
});
export type PreviewProfile = z.infer<typeof previewProfileSchema>;

export const backupPreviewSchema = z.strictObject({
  /** Names the checked content main keeps for `applyBackup` (one at a time, for a while). */
  token: uuidSchema,
  scope: z.enum(BACKUP_SCOPES),
  createdAt: isoDateTimeSchema,
  /** Scope `all`: the settings that are restored. */
  settings: payloadSettingsSchema.nullable(),
  profiles: z.array(previewProfileSchema),
  /** Profiles here that the file does not hold: a restore leaves them as they are. */
  kept: z.array(z.strictObject({ id: uuidSchema, name: z.string() })),
});
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

export const undoStatusSchema = z.discriminatedUnion('available', [
  z.strictObject({
    available: z.literal(true),
    takenAt: isoDateTimeSchema,
    /** After this moment the snapshot is removed and the restore can no longer be undone. */
    expiresAt: isoDateTimeSchema,
  }),
  z.strictObject({ available: z.literal(false) }),
]);
export type UndoStatus = z.infer<typeof undoStatusSchema>;

export const appliedSchema = z.strictObject({
  /** The profiles the file's profiles became (a new id for each one kept beside an existing one). */
  profileIds: z.array(uuidSchema),
  undo: undoStatusSchema,
});
export type Applied = z.infer<typeof appliedSchema>;

export const backupContract = {
  /** One profile as a profile file (scope `profile`). */
  exportProfile: op(z.strictObject({ ...profileScope, passphrase: passphraseSchema }), backupFileOutputSchema),
  /** Everything as a backup file (scope `all`). */
  exportBackup: op(z.strictObject({ passphrase: passphraseSchema }), backupFileOutputSchema),
  /** Opens and checks a file of the expected scope; changes nothing. */
  previewBackupFile: op(
    z.strictObject({ text: z.string(), passphrase: passphraseSchema, scope: z.enum(BACKUP_SCOPES) }),
    backupPreviewSchema,
  ),
  /** Applies a preview: a snapshot first (for undo), then the file's profiles (and settings). */
  applyBackup: op(z.strictObject({ token: uuidSchema, mode: z.enum(APPLY_MODES) }), appliedSchema),
  /** Forgets a preview's content without applying it. */
  discardBackupPreview: op(z.strictObject({ token: uuidSchema }), ok),
  getUndoStatus: op(empty, undoStatusSchema),
  /** Puts back the state from before the last restore or import, and removes its snapshot. */
  undoRestore: op(empty, ok),
} as const;
