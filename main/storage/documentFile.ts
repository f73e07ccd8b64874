/**
 * One JSON document on disk, validated with zod at our own boundary, with one writer.
 *
 * - Every change runs in this document's queue (`transact`): read, await whatever is needed,
 *   write. Two changes never interleave, so none is lost.
 * - Reads run the migrations of shared/ on an older document (a copy of the old file is kept in
 *   the backup folder before the upgraded one is written). A newer document is left untouched and
 *   read-only. A damaged file is moved aside, never overwritten, and the newest good backup is put
 *   back; the user is told through `onIssue`.
 * - Writes are durable (durableWrite.ts) and read back; only then is a backup made and are older
 *   backups pruned.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { migrateDocument } from '@shared/kernel/migrate';
import type { StorageIssue } from '@shared/contract/storageIssue';
import { listBackups, readBackup, writeBackup } from './backups';
import type { DocumentKind } from './documentKind';
import { nodeWriteFs, syncFolder, TEMP_FILE_PATTERN, WriteFailed, writeFileDurably, type WriteFs } from './durableWrite';
import { newerVersion, writeFailed } from './storageError';

export type IssueReport = Omit<StorageIssue, 'id' | 'at'>;

export interface DocumentFileOptions<T> {
  readonly dir: string;
  /** File name without extension. */
  readonly name: string;
  readonly kind: DocumentKind<T>;
  readonly onIssue: (issue: IssueReport) => void;
  readonly now: () => Date;
  readonly fs?: WriteFs;
  /** How the document's text reaches the disk; default: our durable writer. */
  readonly writeText?: (path: string, text: string) => void;
  /** Called before every write; throws to refuse it (e.g. the profile was deleted meanwhile). */
  readonly beforeWrite?: () => void;
}

/** What a transaction may do besides reading: save a new version, and forget old copies. */
export interface Transaction<T> {
  save(value: T): void;
  /**
   * Removes every backup, moved-aside copy and temp file of this document that mentions `text`.
   * Call it before saving the version without it: a crash in between then leaves the data in the
   * document (the deletion simply did not happen), never in a forgotten copy; the save makes a
   * fresh backup of the new version.
   */
  forget(text: string): void;
  /** Deletes the document with all its backups, moved-aside copies and temp files. */
  remove(): void;
}

type Parsed<T> = { kind: 'ok'; value: T; upgradedFrom: number | null } | { kind: 'newer' } | { kind: 'corrupt' };

export class DocumentFile<T> {
  private cache: { value: T | null } | null = null;
  private newer = false;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: DocumentFileOptions<T>) {}

  get path(): string {
    return join(this.options.dir, `${this.options.name}.json`);
  }

  get backupDir(): string {
    return join(this.options.dir, 'backups', this.options.name);
  }

  /** The document, or null when it does not exist (yet). Throws when a newer app version made it. */
  read(): T | null {
    const value = this.peek();
    if (value === 'newer') throw newerVersion(this.options.kind.name);
    return value;
  }

  /** Like read(), but says 'newer' instead of throwing (for lists that skip such a document). */
  peek(): T | null | 'newer' {
    this.cache ??= { value: this.load() };
    return this.newer ? 'newer' : this.cache.value;
  }

  /**
   * Runs `change` in this document's queue: no other change of this document starts before it
   * ends, even while it awaits. It gets its own copy of the current value (editing it in place
   * and then failing to save leaves the cached value as it is on disk) and may save new versions.
   */
  transact<R>(change: (current: T | null, tx: Transaction<T>) => R | Promise<R>): Promise<R> {
    return this.enqueue(() => structuredClone(this.read()), change);
  }

  /**
   * Like transact(), but `change` gets the current value itself, not a copy: for a change that only
   * reads it and saves a new value built beside it, never editing it in place. A large document is
   * then not copied first (an import adding a chunk of answers to a round of thousands).
   */
  transactWithoutCopy<R>(change: (current: Readonly<T> | null, tx: Transaction<T>) => R | Promise<R>): Promise<R> {
    return this.enqueue(() => this.read(), change);
  }

  private enqueue<V, R>(current: () => V, change: (current: V, tx: Transaction<T>) => R | Promise<R>): Promise<R> {
    const run = this.tail.then(() => change(current(), { save: (v) => this.commit(v), forget: (t) => this.forget(t), remove: () => this.removeAll() }));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Deletes the document with all its backups, moved-aside copies and temp files (queued). */
  remove(): Promise<void> {
    return this.transact((_, tx) => tx.remove());
  }

  private removeAll(): void {
    this.options.beforeWrite?.();
    // The copies and backups first: a crash in between leaves the document (the deletion did not
    // happen), never a copy of it without the document.
    for (const file of this.copies()) rmSync(file, { force: true });
    rmSync(this.backupDir, { recursive: true, force: true });
    rmSync(this.path, { force: true });
    // The removal itself made durable, so a power cut cannot bring the document back without its backups.
    syncFolder(this.options.dir);
    this.cache = { value: null };
  }

  private commit(value: T): void {
    this.options.beforeWrite?.();
    if (this.newer) throw newerVersion(this.options.kind.name);
    const checked = this.options.kind.schema.parse(value);
    const text = JSON.stringify(checked, null, '\t');
    try {
      if (this.options.writeText) this.options.writeText(this.path, text);
      else {
        writeFileDurably(this.path, text, this.options.fs ?? nodeWriteFs);
        if (readFileSync(this.path, 'utf8') !== text) throw new WriteFailed(this.path, 'read back differs');
      }
    } catch (error) {
      if (error instanceof WriteFailed || isFsError(error)) throw writeFailed(this.options.kind.name);
      throw error;
    }
    this.cache = { value: checked };
    this.backUp(text);
  }

  /** A backup of a version that is on disk and read back; a failed backup leaves the older ones. */
  private backUp(text: string): void {
    const policy = this.options.kind.backups;
    if (!policy) return;
    try {
      writeBackup(this.backupDir, text, this.options.now(), policy, this.options.fs ?? nodeWriteFs);
    } catch {
      /* the document itself is safely written; the next save makes a backup again */
    }
  }

  private forget(text: string): void {
    // A write too (it makes a fresh backup): refused like a save once the profile is deleted, so it
    // cannot bring a deleted profile's folder back.
    this.options.beforeWrite?.();
    const files = [...this.copies(), ...this.backupFiles()];
    for (const file of files) {
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      if (content.includes(text)) rmSync(file, { force: true });
    }
  }

  /** Moved-aside copies and leftover temp files of this document, beside it. */
  private copies(): string[] {
    if (!existsSync(this.options.dir)) return [];
    const own = `${this.options.name}.json`;
    return readdirSync(this.options.dir)
      .filter(
        (f) =>
          (f.startsWith(`${this.options.name}.beschadigd-`) && f.endsWith('.json')) ||
          (TEMP_FILE_PATTERN.test(f) && f.startsWith(`.${own}.`)),
      )
      .map((f) => join(this.options.dir, f));
  }

  private backupFiles(): string[] {
    if (!existsSync(this.backupDir)) return [];
    return readdirSync(this.backupDir).map((f) => join(this.backupDir, f));
  }

  private load(): T | null {
    if (!existsSync(this.path)) return null;
    const text = readFileSync(this.path, 'utf8');
    const parsed = this.parse(text);
    if (parsed.kind === 'newer') {
      this.newer = true;
      this.report({ kind: 'newer-version', movedTo: null, restoredFrom: null });
      return null;
    }
    if (parsed.kind === 'corrupt') return this.recoverFromCorruption();
    if (parsed.upgradedFrom !== null) this.keepUpgraded(text, parsed.upgradedFrom, parsed.value);
    return parsed.value;
  }

  /** Keeps the old file in the backup folder, then writes the upgraded one (best effort: reading works either way). */
  private keepUpgraded(oldText: string, fromVersion: number, value: T): void {
    try {
      writeFileDurably(join(this.backupDir, `pre-upgrade-v${fromVersion}-${stampOf(this.options.now())}.json`), oldText, this.options.fs);
      writeFileDurably(this.path, JSON.stringify(value, null, '\t'), this.options.fs);
    } catch {
      /* the old file stays as it is; it is upgraded again on the next read or written on the next save */
    }
  }

  private parse(text: string): Parsed<T> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { kind: 'corrupt' };
    }
    const { kind } = this.options;
    const outcome = migrateDocument(raw, kind.version, kind.steps);
    if (outcome.kind === 'newer') return { kind: 'newer' };
    if (outcome.kind === 'unreadable') return { kind: 'corrupt' };
    const result = kind.schema.safeParse(outcome.doc);
    if (!result.success) return { kind: 'corrupt' };
    return { kind: 'ok', value: result.data, upgradedFrom: outcome.kind === 'upgraded' ? outcome.fromVersion : null };
  }

  private recoverFromCorruption(): T | null {
    const stamp = stampOf(this.options.now());
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
    if (restored) {
      try {
        writeFileDurably(this.path, JSON.stringify(restored.value, null, '\t'), this.options.fs);
      } catch {
        /* kept in memory; written with the next save */
      }
    }
    this.report({ kind: 'corrupt', movedTo, restoredFrom: restored ? restored.takenAt.toISOString() : null });
    return restored ? restored.value : null;
  }

  private report(issue: Pick<IssueReport, 'kind' | 'movedTo' | 'restoredFrom'>): void {
    this.options.onIssue({ ...issue, document: this.options.kind.name, file: basename(this.path) });
  }
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function isFsError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && !('payload' in error);
}
