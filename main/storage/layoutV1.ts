/**
 * The first real migration: the data folder of app 0.1 (one folder per document kind) becomes the
 * workspace (one folder per profile).
 *
 *   profiles/<id>.json  → profiles/<id>/profile.json    profiles/backups/<id>/ → profiles/<id>/backups/profile/
 *   plans/<id>.json     → profiles/<id>/plan.json       plans/backups/<id>/    → profiles/<id>/backups/plan/
 *   drafts/<id>.json    → profiles/<id>/draft.json
 *   feedback/<id>.json  → profiles/<id>/rounds/<round>.json, one per round (still version 1, upgraded
 *                         on first read, see shared/features/feedback/migrations); each of its backups is
 *                         split the same way into profiles/<id>/rounds/backups/<round>/
 *
 * Each profile is built in a staging folder and renamed into place in one step; only then are the
 * old files removed. A crash at any moment leaves either the old files or the finished folder (a
 * half-built staging folder is removed at the next start and built again). Moved-aside damaged
 * copies travel along, so deleting the profile later removes them too.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitFeedbackV1 } from '@shared/features/feedback/migrations';
import { listBackups } from './backups';
import type { IssueReport } from './documentFile';
import { syncFolder, writeFileDurably, type WriteFs } from './durableWrite';

const V1_FOLDERS = { profile: 'profiles', plan: 'plans', draft: 'drafts', feedback: 'feedback' } as const;
const UUID_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\.json|\.beschadigd-.+\.json)$/;

/** The profile ids with a document in the v1 layout. */
export function v1ProfileIds(dataDir: string): string[] {
  const ids = new Set<string>();
  for (const folder of Object.values(V1_FOLDERS)) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const id = entry.isFile() ? UUID_FILE.exec(entry.name)?.[1] : undefined;
      if (id) ids.add(id);
    }
  }
  return [...ids].sort();
}

export function migrateV1Layout(dataDir: string, fs: WriteFs, now: Date, onIssue: (issue: IssueReport) => void): void {
  for (const id of v1ProfileIds(dataDir)) {
    const target = join(dataDir, 'profiles', id);
    if (!existsSync(target)) buildProfileFolder(dataDir, id, target, fs, now, onIssue);
    removeV1Files(dataDir, id);
  }
  // Also when no v1 file is left: a crash after the last one was removed leaves empty folders.
  for (const folder of ['plans', 'drafts', 'feedback']) removeIfEmpty(join(dataDir, folder, 'backups'), join(dataDir, folder));
  removeIfEmpty(join(dataDir, 'profiles', 'backups'));
}

function buildProfileFolder(dataDir: string, id: string, target: string, fs: WriteFs, now: Date, onIssue: (issue: IssueReport) => void): void {
  const staging = join(dataDir, 'profiles', `.migrating-${id}`);
  rmSync(staging, { recursive: true, force: true });
  const copy = (from: string, to: string) => writeFileDurably(join(staging, to), readFileSync(from), fs);

  for (const kind of ['profile', 'plan', 'draft'] as const) {
    const folder = join(dataDir, V1_FOLDERS[kind]);
    for (const file of ownFiles(folder, id)) copy(join(folder, file), kind + file.slice(id.length));
    for (const file of backupFiles(folder, id)) copy(join(folder, 'backups', id, file), join('backups', kind, file));
  }

  const feedback = join(dataDir, 'feedback');
  for (const file of ownFiles(feedback, id)) {
    const from = join(feedback, file);
    const current = file === `${id}.json`;
    const split = current ? splitOrNull(readFileSync(from, 'utf8')) : null;
    if (split) {
      for (const [roundId, doc] of split) writeFileDurably(join(staging, 'rounds', `${roundId}.json`), json(doc), fs);
      continue;
    }
    // A damaged feedback document is kept beside the rounds, as it was; its newest good backup is put
    // back (as app 0.1 would have done on reading it), and the user is told.
    const movedTo = current ? `feedback-v1.beschadigd-${stampOf(now)}.json` : `feedback-v1${file.slice(id.length)}`;
    copy(from, join('rounds', movedTo));
    if (!current) continue;
    const restored = newestGoodBackup(join(feedback, 'backups', id));
    for (const [roundId, doc] of restored?.split ?? []) writeFileDurably(join(staging, 'rounds', `${roundId}.json`), json(doc), fs);
    onIssue({ kind: 'corrupt', document: 'round', profileId: id, file: `feedback/${id}.json`, movedTo, restoredFrom: restored ? restored.takenAt.toISOString() : null });
  }
  for (const file of backupFiles(feedback, id)) {
    const split = splitOrNull(readFileSync(join(feedback, 'backups', id, file), 'utf8'));
    for (const [roundId, doc] of split ?? []) {
      writeFileDurably(join(staging, 'rounds', 'backups', roundId, file), json(doc), fs);
    }
  }

  if (existsSync(staging)) {
    renameSync(staging, target);
    syncFolder(join(dataDir, 'profiles'));
  }
}

/** The newest v1 feedback backup that reads and splits, with when it was taken. */
function newestGoodBackup(dir: string): { split: Map<string, Record<string, unknown>>; takenAt: Date } | null {
  for (const backup of listBackups(dir)) {
    const split = splitOrNull(readFileSync(join(dir, backup.file), 'utf8'));
    if (split) return { split, takenAt: backup.takenAt };
  }
  return null;
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function removeV1Files(dataDir: string, id: string): void {
  for (const folderName of Object.values(V1_FOLDERS)) {
    const folder = join(dataDir, folderName);
    for (const file of ownFiles(folder, id)) rmSync(join(folder, file), { force: true });
    rmSync(join(folder, 'backups', id), { recursive: true, force: true });
  }
}

/** `<id>.json` and its moved-aside copies `<id>.beschadigd-….json` in a v1 folder. */
function ownFiles(folder: string, id: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile() && UUID_FILE.exec(e.name)?.[1] === id)
    .map((e) => e.name);
}

function backupFiles(folder: string, id: string): string[] {
  const dir = join(folder, 'backups', id);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}

function splitOrNull(text: string): Map<string, Record<string, unknown>> | null {
  try {
    return splitFeedbackV1(JSON.parse(text) as Record<string, unknown>);
  } catch {
    return null;
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, null, '\t');
}

function removeIfEmpty(...dirs: string[]): void {
  for (const dir of dirs) {
    try {
      if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    } catch {
      /* not empty after all: leave it */
    }
  }
}
