/**
 * What goes into a backup's payload and what comes out of one: every document of the registry
 * (storage/profileDocuments.ts), collected as stored, and on the way back checked with its kind's
 * migrations and schema, so an older document is upgraded and anything else is refused whole.
 */
import type { ProfileGlance } from '@shared/features/backup/contract';
import {
  BACKUP_PAYLOAD_VERSION,
  backupPayloadSchema,
  latestStamp,
  payloadIsNewer,
  type BackupPayload,
  type PayloadProfile,
  type PayloadSettings,
} from '@shared/features/backup/payload';
import type { BackupFileRefusal } from '@shared/features/backup/refusals';
import type { BackupScope } from '@shared/features/backup';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import type { PlanDocument } from '@shared/features/plan/schemas';
import { migrateDocument } from '@shared/kernel/migrate';
import { PROFILE_DOCUMENTS, profileDocumentEntry, profileDocumentRefs, type ProfileDocumentEntry } from '../storage/profileDocuments';
import type { Workspace } from '../storage/workspace';

/** A document of a file, checked and brought to the current version of its kind. */
export interface CheckedDocument {
  readonly entry: ProfileDocumentEntry;
  readonly docId: string | null;
  readonly value: Record<string, unknown>;
}

export interface CheckedProfile {
  readonly id: string;
  readonly documents: readonly CheckedDocument[];
}

export interface CheckedPayload {
  readonly scope: BackupScope;
  readonly createdAt: string;
  readonly settings: PayloadSettings | null;
  readonly profiles: readonly CheckedProfile[];
}

/** The settings an undo puts back: the language, and coach mode where the app has it (no profile ids). */
export const RESTORED_SETTINGS = ['language', 'coachMode'] as const;

export function settingsOf(stored: Readonly<Record<string, unknown>> | null): PayloadSettings {
  const picked: Record<string, unknown> = { language: 'nl' };
  for (const key of RESTORED_SETTINGS) if (stored && stored[key] !== undefined) picked[key] = stored[key];
  return picked as PayloadSettings;
}

/** A profile's documents as stored (read through their DocumentFile: upgraded, recovered, cached). */
export function collectProfile(ws: Workspace, profileId: string, scope: BackupScope): PayloadProfile {
  const documents = profileDocumentRefs(ws, profileId).flatMap(({ entry, docId }) => {
    const stored = entry.file(ws, profileId, docId).read();
    if (stored === null) return [];
    const value = scope === 'profile' && entry.forProfileFile ? entry.forProfileFile(stored) : stored;
    return [{ kind: entry.key, id: docId, document: value as Record<string, unknown> }];
  });
  return { id: profileId, documents };
}

export function collectPayload(ws: Workspace, scope: BackupScope, profileIds: readonly string[], createdAt: string): BackupPayload {
  const stored = ws.settings.read() as Record<string, unknown> | null;
  return {
    payloadVersion: BACKUP_PAYLOAD_VERSION,
    scope,
    createdAt,
    settings: scope === 'all' ? { ...settingsOf(stored), activeProfileId: (stored?.activeProfileId as string | null | undefined) ?? null } : null,
    profiles: profileIds.map((id) => collectProfile(ws, id, scope)),
  };
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: BackupFileRefusal };
const refuse = (reason: BackupFileRefusal): { ok: false; reason: BackupFileRefusal } => ({ ok: false, reason });

function checkDocument(profileId: string, doc: PayloadProfile['documents'][number]): Checked<CheckedDocument> {
  const entry = profileDocumentEntry(doc.kind);
  // A kind this app does not know was added by a newer app: refused rather than silently dropped.
  if (!entry) return refuse('newer-content');
  if ((entry.ids !== undefined) !== (doc.id !== null)) return refuse('damaged');
  const migrated = migrateDocument(doc.document, entry.kind.version, entry.kind.steps);
  if (migrated.kind === 'newer') return refuse('newer-content');
  if (migrated.kind === 'unreadable') return refuse('damaged');
  const parsed = entry.kind.schema.safeParse(migrated.doc);
  if (!parsed.success) return refuse('damaged');
  const value = parsed.data as Record<string, unknown>;
  if (value[entry.profileField] !== profileId) return refuse('damaged');
  if (entry.docIdOf && entry.docIdOf(value) !== doc.id) return refuse('damaged');
  return { ok: true, value: { entry, docId: doc.id, value } };
}

/** The decrypted content of a file, checked whole: any document that does not pass refuses the file. */
export function checkPayload(raw: unknown): Checked<CheckedPayload> {
  const parsed = backupPayloadSchema.safeParse(raw);
  if (!parsed.success) return refuse(payloadIsNewer(raw) ? 'newer-content' : 'damaged');
  const profiles: CheckedProfile[] = [];
  for (const profile of parsed.data.profiles) {
    const documents: CheckedDocument[] = [];
    for (const doc of profile.documents) {
      const checked = checkDocument(profile.id, doc);
      if (!checked.ok) return checked;
      documents.push(checked.value);
    }
    if (!documents.some((d) => d.entry.key === 'profile')) return refuse('damaged');
    // In registry order, so the profile document is written first.
    const order = (d: CheckedDocument) => PROFILE_ORDER.indexOf(d.entry.key);
    profiles.push({ id: profile.id, documents: documents.sort((a, b) => order(a) - order(b)) });
  }
  const { scope, createdAt, settings } = parsed.data;
  return { ok: true, value: { scope, createdAt, settings, profiles } };
}

const PROFILE_ORDER = PROFILE_DOCUMENTS.map((e) => e.key);

/** Name, counts and last change of a profile given as its documents. */
export function glanceOf(documents: readonly { key: string; value: unknown }[]): ProfileGlance {
  const profile = documents.find((d) => d.key === 'profile')?.value as ProfileDocument | undefined;
  const plan = documents.find((d) => d.key === 'plan')?.value as PlanDocument | undefined;
  let lastChange: string | null = null;
  for (const doc of documents) {
    const stamp = latestStamp(doc.value);
    if (stamp !== null && (lastChange === null || Date.parse(stamp) > Date.parse(lastChange))) lastChange = stamp;
  }
  return {
    name: profile?.name ?? '',
    counts: {
      assessments: profile?.assessments.length ?? 0,
      rounds: documents.filter((d) => d.key === 'rounds').length,
      routes: plan?.routes.length ?? 0,
    },
    lastChange,
  };
}

/** The glance of a profile here now (its documents as stored). */
export function currentGlance(ws: Workspace, profileId: string): ProfileGlance {
  return glanceOf(collectProfile(ws, profileId, 'all').documents.map((d) => ({ key: d.kind, value: d.document })));
}
