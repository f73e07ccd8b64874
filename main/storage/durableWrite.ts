/**
 * Durable, atomic file writes: write a temp file in the same folder, check that every byte was
 * written, fsync it, rename it over the target, fsync the folder. A short write, a full disk or any
 * other failure throws `WriteFailed` and leaves the previous file untouched (the temp file is
 * removed). The file system is passed in so a test can inject a short write.
 */
import * as nodeFs from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The part of node:fs a durable write needs. */
export interface WriteFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
  mkdirSync(path: string, options: { recursive: true; mode: number }): unknown;
}

export const nodeWriteFs: WriteFs = nodeFs;

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Temp files we write: `.<target name>.<12 hex>.tmp` beside the target. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

export class WriteFailed extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`could not write ${basename(path)}: ${reason}`);
    this.name = 'WriteFailed';
  }
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface WriteOptions {
  /**
   * false: atomic and byte-checked, but not flushed to the disk (no fsync of file or folder). For
   * copies whose loss in a power cut loses nothing confirmed, such as rolling backups.
   */
  readonly sync?: boolean;
}

export function writeFileDurably(path: string, data: string | Uint8Array, fs: WriteFs = nodeWriteFs, options: WriteOptions = {}): void {
  const sync = options.sync ?? true;
  const dir = dirname(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // A folder made now (a new profile, its first round) must itself survive a power cut.
    const made = fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
    if (sync && typeof made === 'string') syncFolderNowOrBatched(dirname(made));
    const fd = fs.openSync(tmp, 'w', FILE_MODE);
    try {
      writeAll(fs, fd, bytes, path);
      if (sync) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    renameWithRetry(fs, tmp, path);
  } catch (error) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* the temp file is removed at the next start */
    }
    if (error instanceof WriteFailed) throw error;
    throw new WriteFailed(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  if (sync) syncFolderNowOrBatched(dir);
}

/** The folders whose sync waits for the end of a batch (withFolderSyncsBatched), per async context. */
const folderBatch = new AsyncLocalStorage<Set<string>>();

function syncFolderNowOrBatched(dir: string): void {
  const batch = folderBatch.getStore();
  if (batch) batch.add(dir);
  else syncFolder(dir);
}

/**
 * Runs `work` with the folder syncs of its own durable writes (not those of other operations
 * meanwhile) collected and done once per folder when it ends, before this resolves: for one
 * operation that writes many files into few folders (a restore). Every file is still flushed before
 * its rename; only the renames become durable at the end, together.
 */
export async function withFolderSyncsBatched<T>(work: () => Promise<T>): Promise<T> {
  const folders = new Set<string>();
  try {
    return await folderBatch.run(folders, work);
  } finally {
    for (const dir of folders) syncFolder(dir);
  }
}

/** writeSync may write fewer bytes than asked: continue, and fail when it writes none. */
function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array, path: string): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset, offset);
    if (!Number.isInteger(written) || written <= 0) throw new WriteFailed(path, `short write (${offset} of ${bytes.length} bytes)`);
    offset += written;
  }
  if (offset !== bytes.length) throw new WriteFailed(path, `wrote ${offset} of ${bytes.length} bytes`);
}

function renameWithRetry(fs: WriteFs, from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE_RENAME.has(code) || attempt >= 5) throw error;
      const until = Date.now() + 20 * (attempt + 1);
      while (Date.now() < until) {
        /* brief back-off while a virus scanner or indexer holds the file (Windows) */
      }
    }
  }
}

/** Makes the rename itself durable. Not possible on Windows (folders cannot be opened): skipped there. */
export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = nodeFs.openSync(dir, 'r');
    nodeFs.fsyncSync(fd);
  } catch {
    /* EISDIR/EPERM on Windows; the file itself is already synced */
  } finally {
    if (fd !== null) nodeFs.closeSync(fd);
  }
}

/** Creates a folder (and its parents) readable by the owner only. */
export function ensureDir(dir: string): void {
  nodeFs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
}
