/**
 * Profile files and backups of everything (spec §6): export, preview, apply, undo.
 *
 * A file is opened once: the preview runs PBKDF2, checks every document and keeps the checked
 * content in memory under a one-time token (one preview at a time, for PREVIEW_MINUTES); applying
 * names the token. The passphrase is not kept anywhere, the content never written anywhere but
 * into the documents themselves. Every refusal happens before anything is written.
 */
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import type { ApiHandlers } from '@shared/contract/api';
import {
  BACKUP_FORMAT,
  BACKUP_SCOPES,
  backupFileName,
  openBackup,
  PASSPHRASE_MIN_LENGTH,
  passphraseLongEnough,
  profileFileName,
  sealBackup,
  type BackupScope,
} from '@shared/features/backup';
import type { BackupPreview } from '@shared/features/backup/contract';
import { BACKUP_MAX_CHARS } from '@shared/features/backup/payload';
import type { BackupFileRefusal } from '@shared/features/backup/refusals';
import { RestoreSnapshots } from '../storage/restoreSnapshot';
import { ApiError } from './apiError';
import { applyChecked, findUndoable, undo, undoStatusOf, type RestoreDeps } from './backupApply';
import { checkPayload, collectPayload, currentGlance, glanceOf, type CheckedPayload } from './backupContent';
import { requireProfile, type FeatureContext } from './context';

type BackupHandlers = Pick<
  ApiHandlers,
  'exportProfile' | 'exportBackup' | 'previewBackupFile' | 'applyBackup' | 'discardBackupPreview' | 'getUndoStatus' | 'undoRestore'
>;

/** How long a preview's content is kept for applying. */
export const PREVIEW_MINUTES = 15;

const refuse = (reason: BackupFileRefusal): ApiError => new ApiError('backup-file-refused', { reason });

/**
 * A backup file of the other scope: said before the KDF runs (the scope is in clear). Only the
 * header is looked at here; every check of the file is openBackup's, which decodes it once.
 */
function otherScope(text: string, scope: BackupScope): BackupFileRefusal | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { format, scope: named } = raw as { format?: unknown; scope?: unknown };
  if (format !== BACKUP_FORMAT || !BACKUP_SCOPES.some((s) => s === named) || named === scope) return null;
  return scope === 'profile' ? 'expected-profile-file' : 'expected-backup-file';
}

export function createBackupHandlers({ ws, clock }: FeatureContext): BackupHandlers {
  const deps: RestoreDeps = { ws, snapshots: new RestoreSnapshots(dirname(ws.profilesDir)), now: clock.now };
  let pending: { token: string; checked: CheckedPayload; until: number } | null = null;
  // Restores, undos and the undo status one after another (a status check may remove an expired snapshot).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  // At start: an expired or broken snapshot goes now, not when the screen is next opened; so do the
  // copies of a restore that a crash interrupted (no root file: it is written last).
  void serial(async () => {
    if (deps.snapshots.readRoot() === null) deps.snapshots.removeAll(ws.profileIds().map((id) => ws.profileDir(id)));
    else findUndoable(deps);
  });

  async function seal(scope: BackupScope, profileIds: readonly string[], passphrase: string): Promise<string> {
    if (!passphraseLongEnough(passphrase)) throw new ApiError('backup-passphrase-too-short', { min: PASSPHRASE_MIN_LENGTH });
    const payload = collectPayload(ws, scope, profileIds, clock.now().toISOString());
    const text = await sealBackup({ scope, payload, passphrase });
    if (text.length > BACKUP_MAX_CHARS) throw new ApiError('backup-too-large');
    return text;
  }

  async function open(text: string, passphrase: string, scope: BackupScope): Promise<CheckedPayload> {
    if (text.length > BACKUP_MAX_CHARS) throw refuse('too-large');
    // A file of the other scope is named as such right away, before the KDF (the scope is in clear).
    const other = otherScope(text, scope);
    if (other) throw refuse(other);
    const opened = await openBackup(text, passphrase);
    if (!opened.ok) throw refuse(opened.reason);
    const checked = checkPayload(opened.payload);
    if (!checked.ok) throw refuse(checked.reason);
    if (checked.value.scope !== scope) throw refuse('damaged');
    return checked.value;
  }

  function preview(checked: CheckedPayload): BackupPreview {
    const here = new Set(ws.profileIds());
    const inFile = new Set(checked.profiles.map((p) => p.id));
    const token = randomUUID();
    pending = { token, checked, until: clock.now().getTime() + PREVIEW_MINUTES * 60_000 };
    return {
      token,
      scope: checked.scope,
      createdAt: checked.createdAt,
      settings: checked.settings,
      profiles: checked.profiles.map((p) => ({
        id: p.id,
        incoming: glanceOf(p.documents.map((d) => ({ key: d.entry.key, value: d.value }))),
        current: here.has(p.id) ? currentGlance(ws, p.id) : null,
      })),
      kept:
        checked.scope === 'all'
          ? [...here].filter((id) => !inFile.has(id)).map((id) => ({ id, name: currentGlance(ws, id).name }))
          : [],
    };
  }

  /** The pending preview's content, taken (it can be applied once). */
  function take(token: string): CheckedPayload {
    const found = pending;
    if (!found || found.token !== token || found.until <= clock.now().getTime()) throw new ApiError('backup-preview-expired');
    pending = null;
    return found.checked;
  }

  return {
    exportProfile: async ({ profileId, passphrase }) => {
      const profile = requireProfile(ws, profileId);
      const text = await seal('profile', [profileId], passphrase);
      return { fileName: profileFileName(profile.name, clock.today()), text };
    },
    exportBackup: async ({ passphrase }) => {
      const text = await seal('all', ws.profileIds(), passphrase);
      return { fileName: backupFileName(clock.today()), text };
    },
    previewBackupFile: async ({ text, passphrase, scope }) => {
      pending = null;
      return preview(await open(text, passphrase, scope));
    },
    applyBackup: ({ token, mode }) =>
      serial(async () => {
        const checked = take(token);
        const profileIds = await applyChecked(deps, checked, mode);
        return { profileIds, undo: undoStatusOf(findUndoable(deps)) };
      }),
    discardBackupPreview: async ({ token }) => {
      if (pending?.token === token) pending = null;
      return { ok: true };
    },
    getUndoStatus: () => serial(async () => undoStatusOf(findUndoable(deps))),
    undoRestore: () =>
      serial(async () => {
        const undoable = findUndoable(deps);
        if (!undoable) throw new ApiError('backup-undo-unavailable');
        await undo(deps, undoable);
        return { ok: true };
      }),
  };
}
