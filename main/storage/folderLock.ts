/**
 * One app per data folder: a lock file `kompas.lock` with the owner's process id. A second
 * browser-mode server (or an Electron app pointed at the same folder) finds it and stops with a
 * clear message instead of silently losing one side's writes. A lock left by a process that no
 * longer runs (after a crash or a power cut) is taken over.
 *
 * Several apps may start at the same moment. The lock file is created exclusively and gets its
 * pid right after, so a young empty lock is one being written (waited for, not taken over); and a
 * stale lock is removed only while holding `kompas.lock.breaking` (also created exclusively) and
 * after checking again that it is still stale — else one app could remove the lock another app has
 * just taken in its place.
 *
 * A process id can be reused after a crash (quickly on Windows), so a pid alone does not prove the
 * lock is held: the holder touches the lock file every HEARTBEAT_MS, and a lock not touched for
 * STALE_AFTER_MS is stale even when some process now has that id.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, FILE_MODE } from './durableWrite';

export const LOCK_FILE = 'kompas.lock';
/** A lock file is created empty and gets its pid right after: an empty one this young may still be being written. */
const BEING_WRITTEN_MS = 2000;
export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 60_000;

export type LockResult = { readonly ok: true; readonly release: () => void } | { readonly ok: false; readonly heldBy: number };

export function acquireFolderLock(dataDir: string, pid = process.pid): LockResult {
  ensureDir(dataDir);
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 10; attempt++) {
    if (createWithPid(path, pid)) {
      let released = false;
      const heartbeat = setInterval(() => touch(path, pid), HEARTBEAT_MS);
      heartbeat.unref(); // never keeps the process alive on its own
      const release = () => {
        if (released) return;
        released = true;
        clearInterval(heartbeat);
        if (holderOf(path) === pid) rmSync(path, { force: true });
      };
      return { ok: true, release };
    }
    const holder = inspect(path, pid);
    if (typeof holder === 'number') return { ok: false, heldBy: holder };
    if (holder === 'stale') removeStale(path, pid);
  }
  const holder = inspect(path, pid);
  return { ok: false, heldBy: typeof holder === 'number' ? holder : 0 };
}

/** Creates `path` only if it does not exist, with `pid` in it. */
function createWithPid(path: string, pid: number): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, String(pid));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Removes a stale lock, in the breaker's turn and only if it is still stale. */
function removeStale(path: string, pid: number): void {
  const breaker = `${path}.breaking`;
  if (!createWithPid(breaker, pid)) {
    // Another app is removing it right now, or died while doing so (its breaker is stale).
    if (inspect(breaker, pid) === 'stale') rmSync(breaker, { force: true });
    else sleep(20);
    return;
  }
  try {
    if (inspect(path, pid) === 'stale') rmSync(path, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

/**
 * Who holds a lock file: the pid of a running process; 'stale' when its process is gone (or it is
 * our own pid, left before a restart that reused it), it stays empty or is unreadable; 'absent'.
 */
function inspect(path: string, pid: number): number | 'stale' | 'absent' {
  const deadline = Date.now() + BEING_WRITTEN_MS;
  for (;;) {
    let text: string;
    let age: number;
    try {
      text = readFileSync(path, 'utf8');
      age = Date.now() - statSync(path).mtimeMs;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'stale';
    }
    if (text === '' && age <= BEING_WRITTEN_MS && Date.now() <= deadline) {
      sleep(20); // being written: its pid follows in a moment
      continue;
    }
    const holder = Number(text.trim());
    const valid = text.trim() !== '' && Number.isInteger(holder) && holder > 0;
    // A holder keeps touching its lock: an old one was left by a process that is gone, whatever now has its id.
    return valid && holder !== pid && isRunning(holder) && age <= STALE_AFTER_MS ? holder : 'stale';
  }
}

/** The holder's heartbeat: keeps the lock's time fresh while the app runs. */
function touch(path: string, pid: number): void {
  try {
    if (holderOf(path) !== pid) return;
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    /* the folder went away; nothing to keep fresh */
  }
}

function holderOf(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
