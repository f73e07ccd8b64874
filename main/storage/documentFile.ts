/**
 * One JSON document on disk, validated with zod at our own boundary.
 *
 * - Reads check `schemaVersion` and the schema. A damaged file is moved aside (never overwritten,
 *   never replaced by empty data), the newest good backup is put back if there is one, and the
 *   user is told through `onIssue`.
 * - A document written by a newer app version is left untouched and writes are refused.
 * - Writes go through electron-store / conf (atomic: temp file + rename); each good version is
 *   also kept as a rolling backup.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { StorageIssue } from '@shared/contract/storageIssue';
import { ApiError } from '../features/apiError';
import type { RawStore, StoreFactory } from '../platform/backend';
import { atomicWriteFile } from './atomicWrite';
import { listBackups, readBackup, writeBackup, type BackupPolicy } from './backups';

export type IssueReport = Omit<StorageIssue, 'id' | 'at'>;

export interface DocumentFileOptions<T> {
  readonly dir: string;
  /** File name without extension. */
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly schemaVersion: number;
  readonly openStore: StoreFactory;
  /** null: no backups (for small, frequently written documents such as drafts). */
  readonly backups: BackupPolicy | null;
  readonly onIssue: (issue: IssueReport) => void;
  readonly now: () => Date;
}

type Parsed<T> = { kind: 'ok'; value: T } | { kind: 'newer' } | { kind: 'corrupt' };

export class DocumentFile<T> {
  private cache: T | null | undefined = undefined;
  private store: RawStore | null = null;
  private readOnly = false;

  constructor(private readonly options: DocumentFileOptions<T>) {}

  get path(): string {
    return join(this.options.dir, `${this.options.name}.json`);
  }

  private get backupDir(): string {
    return join(this.options.dir, 'backups', this.options.name);
  }

  /** The document, or null when it does not exist (yet). */
  read(): T | null {
    if (this.cache !== undefined) return this.cache;
    this.cache = this.load();
    return this.cache;
  }

  write(value: T): void {
    this.read(); // a damaged or too-new file is dealt with before anything is written
    if (this.readOnly) {
      throw new ApiError(
        'storage',
        'Deze gegevens zijn gemaakt met een nieuwere versie van Ambtelijk Kompas. Werk de app bij; er is niets gewijzigd.',
      );
    }
    const checked = this.options.schema.parse(value);
    try {
      this.rawStore().store = checked as Record<string, unknown>;
    } catch {
      throw new ApiError(
        'storage',
        'Uw gegevens konden niet worden opgeslagen (is de schijf vol of de map alleen-lezen?). Het bestand is niet gewijzigd.',
      );
    }
    this.cache = checked;
    // Keep a copy of each good version, so a later damaged file can be put back as it was.
    if (this.options.backups) {
      writeBackup(this.backupDir, JSON.stringify(checked, null, '\t'), this.options.now(), this.options.backups);
    }
  }

  /** Removes every backup of this document (after data was deliberately deleted from it). */
  purgeBackups(): void {
    rmSync(this.backupDir, { recursive: true, force: true });
  }

  private rawStore(): RawStore {
    this.store ??= this.options.openStore({ cwd: this.options.dir, name: this.options.name });
    return this.store;
  }

  private load(): T | null {
    if (!existsSync(this.path)) return null;
    const parsed = this.parse(readFileSync(this.path, 'utf8'));
    if (parsed.kind === 'ok') return parsed.value;
    if (parsed.kind === 'newer') {
      this.readOnly = true;
      this.options.onIssue({ kind: 'newer-version', file: basename(this.path), movedTo: null, restoredFrom: null });
      return null;
    }
    return this.recoverFromCorruption();
  }

  private parse(text: string): Parsed<T> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { kind: 'corrupt' };
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > this.options.schemaVersion) return { kind: 'newer' };
    const result = this.options.schema.safeParse(raw);
    return result.success ? { kind: 'ok', value: result.data } : { kind: 'corrupt' };
  }

  private recoverFromCorruption(): T | null {
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    let movedTo = `${this.options.name}.beschadigd-${stamp}.json`;
    for (let n = 1; existsSync(join(this.options.dir, movedTo)); n++) {
      movedTo = `${this.options.name}.beschadigd-${stamp}-${n}.json`;
    }
    renameSync(this.path, join(this.options.dir, movedTo));
    let restored: { value: T; takenAt: Date } | null = null;
    for (const backup of listBackups(this.backupDir)) {
      const parsed = this.parse(readBackup(this.backupDir, backup.file));
      if (parsed.kind === 'ok') {
        restored = { value: parsed.value, takenAt: backup.takenAt };
        break;
      }
    }
    if (restored) atomicWriteFile(this.path, JSON.stringify(restored.value, null, '\t'));
    this.options.onIssue({
      kind: 'corrupt',
      file: `${this.options.name}.json`,
      movedTo,
      restoredFrom: restored ? restored.takenAt.toISOString() : null,
    });
    return restored ? restored.value : null;
  }
}
