/**
 * The plaintext inside a backup file's `ct` (spec §6): the stored documents, generic over the kinds
 * of document a profile has. Each document is carried as stored (with its own `schemaVersion`); main
 * checks it with its kind's schema and migrations on restore (main/storage/profileDocuments.ts), so
 * an older document is upgraded and a new kind joins by one line in that registry.
 */
import { z } from 'zod';
import { isoDateTimeSchema, langSchema, uuidSchema } from '../../kernel/primitives';
import { BACKUP_SCOPES } from './backupFormat';

/** The payload versions this app reads; a higher one comes from a newer app. */
export const BACKUP_PAYLOAD_VERSION = 1;

/**
 * The largest backup file this app reads or writes, in UTF-16 code units of its text (all ASCII):
 * below the browser mode's request limit of 64 MiB, with room for the request around it.
 */
export const BACKUP_MAX_CHARS = 48 * 1024 * 1024;

/** A document kind's key in the registry: `profile`, `plan`, `rounds`, … */
export const documentKeySchema = z.string().regex(/^[a-z][a-z-]{0,39}$/);

const jsonObject = z.record(z.string(), z.unknown());

/** One stored document: its kind, its id within the profile (round id; null for a one-per-profile kind) and its content. */
export const payloadDocumentSchema = z.strictObject({
  kind: documentKeySchema,
  id: uuidSchema.nullable(),
  document: jsonObject,
});
export type PayloadDocument = z.infer<typeof payloadDocumentSchema>;

export const payloadProfileSchema = z
  .strictObject({
    id: uuidSchema,
    documents: z.array(payloadDocumentSchema).min(1),
  })
  .refine((p) => new Set(p.documents.map((d) => `${d.kind}/${d.id ?? ''}`)).size === p.documents.length, {
    message: 'duplicate-document',
  });
export type PayloadProfile = z.infer<typeof payloadProfileSchema>;

/**
 * The settings a backup of everything carries: the language, coach mode where the app has it, and
 * the profile that was open (restored as the open one when it is among the file's profiles).
 */
export const payloadSettingsSchema = z.strictObject({
  language: langSchema,
  coachMode: z.boolean().optional(),
  activeProfileId: uuidSchema.nullable().optional(),
});
export type PayloadSettings = z.infer<typeof payloadSettingsSchema>;

export const backupPayloadSchema = z
  .strictObject({
    payloadVersion: z.literal(BACKUP_PAYLOAD_VERSION),
    scope: z.enum(BACKUP_SCOPES),
    createdAt: isoDateTimeSchema,
    /** Only for scope `all`. */
    settings: payloadSettingsSchema.nullable(),
    profiles: z.array(payloadProfileSchema),
  })
  .refine((p) => (p.scope === 'profile' ? p.profiles.length === 1 && p.settings === null : p.settings !== null), {
    message: 'scope',
  })
  .refine((p) => new Set(p.profiles.map((x) => x.id)).size === p.profiles.length, { message: 'duplicate-profile' });
export type BackupPayload = z.infer<typeof backupPayloadSchema>;

/** Whether a payload names a version above this app's (made by a newer app): said apart from damage. */
export function payloadIsNewer(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const version = (raw as { payloadVersion?: unknown }).payloadVersion;
  return typeof version === 'number' && Number.isInteger(version) && version > BACKUP_PAYLOAD_VERSION;
}

/**
 * The latest time stamp a document records (any `…At` field holding an ISO date-time, at any depth):
 * the "last change" a preview shows, without each kind having to say where it keeps one.
 */
export function latestStamp(value: unknown): string | null {
  let latest: string | null = null;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, v] of Object.entries(node)) {
      if (typeof v === 'string') {
        if (key.endsWith('At') && isoDateTimeSchema.safeParse(v).success && (latest === null || Date.parse(v) > Date.parse(latest))) latest = v;
      } else if (typeof v === 'object') visit(v);
    }
  };
  visit(value);
  return latest;
}
