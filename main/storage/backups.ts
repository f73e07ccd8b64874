/**
 * Rolling backups of recent good versions of a document: the newest few, plus the newest of each
 * earlier day for a while. Backups are only ever made of content that was written and read back
 * valid, and older backups are pruned only after the new one is safely on disk.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, nodeWriteFs, writeFileDurably, type WriteFs } from './durableWrite';

export interface BackupPolicy {
  /** How many of the most recent backups to keep. */
  readonly keepRecent: number;
  /** For how many earlier days to keep the newest backup of that day. */
  readonly keepDays: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepRecent: 8, keepDays: 14 };

export interface BackupEntry {
  readonly file: string;
  readonly takenAt: Date;
}

/** File name `<stamp>.json` where stamp is an ISO time with `:` and `.` replaced by `-`. */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function parseStamp(file: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.json$/.exec(file);
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => ({ file, takenAt: parseStamp(file) }))
    .filter((e): e is BackupEntry => e.takenAt !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || sequenceOf(b.file) - sequenceOf(a.file));
}

/** Backups taken in the same millisecond are numbered `<stamp>-1.json`, `<stamp>-2.json`, …: later is higher. */
function sequenceOf(file: string): number {
  const m = /Z-(\d+)\.json$/.exec(file);
  return m ? Number(m[1]) : 0;
}

export function writeBackup(dir: string, content: string, now: Date, policy: BackupPolicy, fs: WriteFs = nodeWriteFs): void {
  ensureDir(dir);
  const stamp = stampOf(now);
  // Same millisecond as an earlier backup: number it after the highest one (kept or pruned names
  // must never make a newer backup sort as older).
  const sameStamp = readdirSync(dir).filter((file) => file === `${stamp}.json` || file.startsWith(`${stamp}-`));
  const name =
    sameStamp.length === 0 ? `${stamp}.json` : `${stamp}-${Math.max(...sameStamp.map(sequenceOf)) + 1}.json`;
  // Atomic and byte-checked, not flushed: a backup lost in a power cut loses nothing confirmed (the
  // document itself is flushed), and recovery skips a backup that does not read back valid.
  writeFileDurably(join(dir, name), content, fs, { sync: false });
  for (const file of backupsToPrune(listBackups(dir), now, policy)) rmSync(join(dir, file), { force: true });
}

/** Pure retention rule: which backups (newest first) to delete. */
export function backupsToPrune(entries: readonly BackupEntry[], now: Date, policy: BackupPolicy): string[] {
  const keep = new Set<string>(entries.slice(0, policy.keepRecent).map((e) => e.file));
  const oldestDay = new Date(now.getTime() - policy.keepDays * 86_400_000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const entry of entries) {
    const day = entry.takenAt.toISOString().slice(0, 10);
    if (day < oldestDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(entry.file);
  }
  return entries.filter((e) => !keep.has(e.file)).map((e) => e.file);
}

export function readBackup(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
