/**
 * One app per data folder: a lock file `kompas.lock` with the owner's process id. A second
 * browser-mode server (or an Electron app pointed at the same folder) finds it and stops with a
 * clear message instead of silently losing one side's writes. A lock left by a process that no
 * longer runs (after a crash or a power cut) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, FILE_MODE } from './durableWrite';

export const LOCK_FILE = 'kompas.lock';

export type LockResult = { readonly ok: true; readonly release: () => void } | { readonly ok: false; readonly heldBy: number };

export function acquireFolderLock(dataDir: string, pid = process.pid): LockResult {
  ensureDir(dataDir);
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(path);
      if (holder !== null && holder !== pid && isRunning(holder)) return { ok: false, heldBy: holder };
      rmSync(path, { force: true }); // stale: its process is gone
      continue;
    }
    try {
      writeSync(fd, String(pid));
    } finally {
      closeSync(fd);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (holderOf(path) === pid) rmSync(path, { force: true });
    };
    return { ok: true, release };
  }
  return { ok: false, heldBy: holderOf(path) ?? 0 };
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
