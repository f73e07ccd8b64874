/**
 * Applying a checked backup or profile file, and undoing that. Every document is written in its own
 * queue (DocumentFile.transact): the copy of what was there is kept inside the same change, just
 * before the new version is saved, so no other write can slip in between copy and replacement.
 *
 * A restore adds and replaces, never deletes: a profile (or a round) here that the file does not
 * hold stays as it is. Undo puts back each document the restore replaced, removes what it added,
 * and restores the settings; work done since in a document the restore did not touch stays.
 */
import { randomUUID } from 'node:crypto';
import type { ApplyMode, UndoStatus } from '@shared/features/backup/contract';
import type { PayloadSettings } from '@shared/features/backup/payload';
import { SETTINGS_SCHEMA_VERSION, type SettingsDocument } from '@shared/features/assessment/schemas';
import { migrateDocument } from '@shared/kernel/migrate';
import { withFolderSyncsBatched } from '../storage/durableWrite';
import { SETTINGS } from '../storage/kinds';
import { profileDocumentEntry, type ProfileDocumentEntry } from '../storage/profileDocuments';
import { UNDO_DAYS, type ProfileManifest, type RestoreSnapshots } from '../storage/restoreSnapshot';
import type { Workspace } from '../storage/workspace';
import { ApiError } from './apiError';
import { settingsOf, type CheckedPayload, type CheckedProfile } from './backupContent';

export interface RestoreDeps {
  readonly ws: Workspace;
  readonly snapshots: RestoreSnapshots;
  readonly now: () => Date;
}

const DEFAULT_SETTINGS: SettingsDocument = { schemaVersion: SETTINGS_SCHEMA_VERSION, language: 'nl', activeProfileId: null, coachMode: false };

/** Whether the id can be written to: false for a profile deleted in this session (its id stays retired). */
function writable(ws: Workspace, id: string): boolean {
  try {
    ws.profile(id);
    return true;
  } catch {
    return false;
  }
}

/** `name (2)`, `name (3)`, …: the first that no profile here has. */
export function distinctName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`.trimStart();
    if (!taken.has(candidate)) return candidate;
  }
}

/** The settings as stored with the restored keys put in (coach mode only where this app's settings have it). */
export function mergeSettings(stored: SettingsDocument | null, restored: PayloadSettings): SettingsDocument {
  const next: Record<string, unknown> = { ...(stored ?? DEFAULT_SETTINGS), language: restored.language };
  if (restored.coachMode !== undefined && SETTINGS.schema.safeParse({ ...next, coachMode: restored.coachMode }).success) {
    next.coachMode = restored.coachMode;
  }
  return next as SettingsDocument;
}

interface Target {
  readonly profile: CheckedProfile;
  readonly id: string;
  /** The profile already exists here under `id`: it is replaced. */
  readonly replaces: boolean;
  readonly rename: string | null;
}

function planTargets(ws: Workspace, checked: CheckedPayload, mode: ApplyMode): Target[] {
  const existing = new Set(ws.profileIds());
  const taken = new Set(
    [...existing].flatMap((id) => {
      const doc = ws.profile(id).peek();
      return doc && doc !== 'newer' ? [doc.name] : [];
    }),
  );
  return checked.profiles.map((profile) => {
    const exists = existing.has(profile.id);
    const name = (profile.documents.find((d) => d.entry.key === 'profile')?.value.name as string | undefined) ?? '';
    if ((exists && mode === 'keep-both') || !writable(ws, profile.id)) {
      const rename = exists ? distinctName(name, taken) : null;
      if (rename !== null) taken.add(rename);
      return { profile, id: randomUUID(), replaces: false, rename };
    }
    return { profile, id: profile.id, replaces: exists, rename: null };
  });
}

/** Refuses, before anything is written, when a document to be replaced was made by a newer app version. */
function refuseNewer(ws: Workspace, targets: readonly Target[], withSettings: boolean): void {
  if (withSettings && ws.settings.peek() === 'newer') throw new ApiError('storage-newer-version', { document: 'settings' });
  for (const target of targets) {
    if (!target.replaces) continue;
    for (const doc of target.profile.documents) {
      if (doc.entry.file(ws, target.id, doc.docId).peek() === 'newer') {
        throw new ApiError('storage-newer-version', { document: doc.entry.kind.name });
      }
    }
  }
}

async function applyProfile({ ws, snapshots }: RestoreDeps, target: Target, restoreId: string, scope: CheckedPayload['scope']): Promise<void> {
  const documents: ProfileManifest['documents'] = [];
  for (const doc of target.profile.documents) {
    const value: Record<string, unknown> = { ...doc.value, [doc.entry.profileField]: target.id };
    if (doc.entry.key === 'profile' && target.rename !== null) value.name = target.rename;
    const file = doc.entry.file(ws, target.id, doc.docId);
    const existed = await file.transact((current, tx) => {
      if (current !== null) snapshots.writeCopy(file.backupDir, restoreId, JSON.stringify(current, null, '\t'));
      const merge = scope === 'profile' ? doc.entry.afterProfileFile : undefined;
      tx.save(merge ? merge(value, current) : value);
      return current !== null;
    });
    documents.push({ kind: doc.entry.key, id: doc.docId, existed });
  }
  snapshots.writeProfile(ws.profileDir(target.id), { restoreId, existed: target.replaces, documents });
}

/** Applies a checked file: the snapshot of what it replaces first, then the file's content. Returns the profiles' ids here. */
export async function applyChecked(deps: RestoreDeps, checked: CheckedPayload, mode: ApplyMode): Promise<string[]> {
  const { ws, snapshots, now } = deps;
  const targets = planTargets(ws, checked, mode);
  refuseNewer(ws, targets, checked.settings !== null);
  // The restore before this one can no longer be undone: one snapshot at a time.
  snapshots.removeAll(ws.profileIds().map((id) => ws.profileDir(id)));
  const restoreId = randomUUID();
  const takenAt = now();
  // Many files into few folders: each folder is synced once, when all of them are written.
  const settingsBefore = await withFolderSyncsBatched(async () => {
    for (const target of targets) await applyProfile(deps, target, restoreId, checked.scope);
    const restored = checked.settings;
    if (restored === null) return null;
    // The profile that was open when the backup was made is the open one again (under its id here).
    const active = targets.find((t) => t.profile.id === restored.activeProfileId)?.id ?? null;
    return ws.settings.transact((stored, tx) => {
      const merged = mergeSettings(stored, restored);
      tx.save(active === null ? merged : { ...merged, activeProfileId: active });
      return settingsOf(stored as Record<string, unknown> | null);
    });
  });
  // Written last, once the rest is durable: only a restore that completed offers an undo.
  snapshots.writeRoot({
    restoreId,
    takenAt: takenAt.toISOString(),
    expiresAt: new Date(takenAt.getTime() + UNDO_DAYS * 86_400_000).toISOString(),
    settings: settingsBefore,
  });
  return targets.map((t) => t.id);
}

interface Undoable {
  readonly restoreId: string;
  readonly takenAt: string;
  readonly expiresAt: string;
  readonly settings: PayloadSettings | null;
  readonly profiles: readonly { id: string; manifest: ProfileManifest }[];
}

/**
 * The snapshot, if it can still be undone as a whole. One that expired, or that lost a copy
 * because the user deleted something since, is removed here (and so is a half one left by a crash).
 */
export function findUndoable({ ws, snapshots, now }: RestoreDeps): Undoable | null {
  const root = snapshots.readRoot();
  const dirs = ws.profileIds().map((id) => ws.profileDir(id));
  if (!root) return null;
  const profiles = ws.profileIds().flatMap((id) => {
    const manifest = snapshots.readProfile(ws.profileDir(id));
    return manifest?.restoreId === root.restoreId ? [{ id, manifest }] : [];
  });
  const complete = profiles.every(({ id, manifest }) =>
    manifest.documents.every((doc) => {
      if (!doc.existed) return true;
      const entry = profileDocumentEntry(doc.kind);
      return entry !== undefined && snapshots.readCopy(entry.file(ws, id, doc.id).backupDir, root.restoreId) !== null;
    }),
  );
  if (!complete || Date.parse(root.expiresAt) <= now().getTime()) {
    snapshots.removeAll(dirs);
    return null;
  }
  return { ...root, profiles };
}

export function undoStatusOf(undoable: Undoable | null): UndoStatus {
  return undoable ? { available: true, takenAt: undoable.takenAt, expiresAt: undoable.expiresAt } : { available: false };
}

function parseCopy(kind: ProfileDocumentEntry['kind'], text: string): unknown {
  const migrated = migrateDocument(JSON.parse(text), kind.version, kind.steps);
  if (migrated.kind !== 'current' && migrated.kind !== 'upgraded') throw new ApiError('backup-undo-unavailable');
  return kind.schema.parse(migrated.doc);
}

/** Puts back what the snapshot holds, then removes the snapshot. */
export async function undo(deps: RestoreDeps, undoable: Undoable): Promise<void> {
  const { ws, snapshots } = deps;
  await withFolderSyncsBatched(() => putBack(ws, snapshots, undoable));
  snapshots.removeAll(ws.profileIds().map((id) => ws.profileDir(id)));
}

async function putBack(ws: Workspace, snapshots: RestoreSnapshots, undoable: Undoable): Promise<void> {
  for (const { id, manifest } of undoable.profiles) {
    if (!manifest.existed) {
      await ws.deleteProfile(id);
      await ws.settings.transact((stored, tx) => {
        if (stored?.activeProfileId === id) tx.save({ ...stored, activeProfileId: null });
        tx.forget(id);
      });
      continue;
    }
    // The profile document last: the other documents are back before it is.
    for (const doc of [...manifest.documents].reverse()) {
      const entry = profileDocumentEntry(doc.kind);
      if (!entry) continue;
      const file = entry.file(ws, id, doc.id);
      if (!doc.existed) {
        await file.remove();
        continue;
      }
      const text = snapshots.readCopy(file.backupDir, undoable.restoreId);
      if (text === null) throw new ApiError('backup-undo-unavailable');
      const value = parseCopy(entry.kind, text);
      await file.transact((_, tx) => tx.save(value));
    }
  }
  const before = undoable.settings;
  if (before !== null) await ws.settings.transact((stored, tx) => tx.save(mergeSettings(stored, before)));
}
