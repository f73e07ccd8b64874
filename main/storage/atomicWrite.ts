/**
 * Write a file atomically: temp file in the same folder, flush, rename over the target.
 * Retries the rename briefly when a virus scanner or indexer holds the file (Windows).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

export function atomicWriteFile(path: string, data: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameWithRetry(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= 5) throw error;
      const until = Date.now() + 20 * (attempt + 1);
      while (Date.now() < until) {
        /* brief synchronous back-off; writes are small and rare */
      }
    }
  }
}
