import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireFolderLock, HEARTBEAT_MS, LOCK_FILE, STALE_AFTER_MS } from '@main/storage/folderLock';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs('kompas-lock-');
const REPO = resolve(import.meta.dirname, '../../../..');
const LOCK_MODULE = join(REPO, 'main/storage/folderLock.ts');

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Another process that takes the lock on `dir` with the real code and holds it until killed. */
async function otherProcessHolding(dir: string): Promise<ChildProcess> {
  const script = `
    const { acquireFolderLock } = await import(${JSON.stringify(LOCK_MODULE)});
    const lock = acquireFolderLock(${JSON.stringify(dir)});
    console.log(JSON.stringify({ ok: lock.ok }));
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO });
  children.push(child);
  const line = await new Promise<string>((resolveLine, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolveLine(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before taking the lock`)));
  });
  expect(JSON.parse(line)).toEqual({ ok: true });
  return child;
}

/** The pid of a process that has exited. */
function exitedPid(): number {
  const { pid, status } = spawnSync(process.execPath, ['-e', '']);
  expect(status).toBe(0);
  return pid as number;
}

const lockPath = (dir: string) => join(dir, LOCK_FILE);

describe('acquireFolderLock', () => {
  it('takes a free folder: a 0600 lock file with our pid; release removes it', () => {
    const dir = tempDir();
    const lock = acquireFolderLock(dir);
    if (!lock.ok) expect.fail('not taken');
    expect(readFileSync(lockPath(dir), 'utf8').trim()).toBe(String(process.pid));
    expect(statSync(lockPath(dir)).mode & 0o777).toBe(0o600);
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(false);
    lock.release(); // twice is harmless
  });

  it('a second acquire while another process holds the folder is refused with its pid; free again once it has gone', async () => {
    const dir = tempDir();
    const child = await otherProcessHolding(dir);
    expect(readFileSync(lockPath(dir), 'utf8').trim()).toBe(String(child.pid));

    expect(acquireFolderLock(dir)).toEqual({ ok: false, heldBy: child.pid });
    expect(readFileSync(lockPath(dir), 'utf8').trim()).toBe(String(child.pid)); // not taken over

    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL'); // a crash: its lock file stays behind
    await exited;
    expect(existsSync(lockPath(dir))).toBe(true);
    const lock = acquireFolderLock(dir);
    expect(lock.ok).toBe(true);
    expect(readFileSync(lockPath(dir), 'utf8').trim()).toBe(String(process.pid));
  }, 30_000);

  it('a live process (our parent) in the lock file: refused', () => {
    const dir = tempDir();
    writeFileSync(lockPath(dir), String(process.ppid));
    expect(acquireFolderLock(dir)).toEqual({ ok: false, heldBy: process.ppid });
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(String(process.ppid));
  });

  it('a lock not touched for longer than its holder would have: stale, even when some process now has that id', () => {
    const dir = tempDir();
    // After a crash the id may belong to another, running program (here: our parent).
    writeFileSync(lockPath(dir), String(process.ppid));
    const old = new Date(Date.now() - STALE_AFTER_MS - 5_000);
    utimesSync(lockPath(dir), old, old);
    const lock = acquireFolderLock(dir);
    expect(lock.ok).toBe(true);
    expect(readFileSync(lockPath(dir), 'utf8').trim()).toBe(String(process.pid));
    if (lock.ok) lock.release();
  });

  it('the holder keeps its lock fresh while it runs', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dir = tempDir();
      const lock = acquireFolderLock(dir);
      const old = new Date(Date.now() - STALE_AFTER_MS - 5_000);
      utimesSync(lockPath(dir), old, old);
      vi.advanceTimersByTime(HEARTBEAT_MS);
      expect(Date.now() - statSync(lockPath(dir)).mtimeMs).toBeLessThan(HEARTBEAT_MS);
      if (lock.ok) lock.release();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['the pid of an exited process', () => String(exitedPid())],
    ['our own pid (left before a restart that reused it)', () => String(process.pid)],
    ['an empty file left long ago', () => ''],
    ['garbage', () => 'niet-een-pid'],
  ])('a stale lock (%s) is taken over', (_label, content) => {
    const dir = tempDir();
    writeFileSync(lockPath(dir), content());
    const longAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lockPath(dir), longAgo, longAgo);
    const lock = acquireFolderLock(dir);
    expect(lock.ok).toBe(true);
    expect(readFileSync(lockPath(dir), 'utf8').trim()).toBe(String(process.pid));
  });

  it('a young empty lock is one being written: waited for, then refused with the pid that appears', async () => {
    const dir = tempDir();
    const script = `
      const fs = require('node:fs');
      const fd = fs.openSync(${JSON.stringify(lockPath(dir))}, 'wx', 0o600);
      setTimeout(() => { fs.writeSync(fd, String(process.pid)); fs.closeSync(fd); }, 300);
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script]);
    children.push(child);
    while (!existsSync(lockPath(dir))) await new Promise((r) => setTimeout(r, 5));
    expect(acquireFolderLock(dir)).toEqual({ ok: false, heldBy: child.pid });
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(String(child.pid));
  }, 30_000);

  it('a stale lock with a stale breaker (an app died while removing it) is taken over, nothing left behind', () => {
    const dir = tempDir();
    writeFileSync(lockPath(dir), String(exitedPid()));
    writeFileSync(`${lockPath(dir)}.breaking`, String(exitedPid()));
    const lock = acquireFolderLock(dir);
    expect(lock.ok).toBe(true);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('apps starting at the same moment on a stale lock: exactly one gets the folder', async () => {
    const dir = tempDir();
    writeFileSync(lockPath(dir), String(exitedPid()));
    const go = join(dir, 'go');
    const script = `
      const fs = await import('node:fs');
      const { acquireFolderLock } = await import(${JSON.stringify(LOCK_MODULE)});
      console.log('ready');
      while (!fs.existsSync(${JSON.stringify(go)})) {}
      const lock = acquireFolderLock(${JSON.stringify(dir)});
      console.log(JSON.stringify(lock.ok ? { ok: true } : lock));
      setTimeout(() => process.exit(0), 3000);`;
    const racers = Array.from({ length: 6 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO });
      children.push(child);
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const ready = new Promise<void>((r) => child.stdout.on('data', () => out.includes('ready') && r()));
      const done = new Promise<{ ok: boolean; heldBy?: number }>((r) =>
        child.stdout.on('data', () => {
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (line) r(JSON.parse(line));
        }),
      );
      return { child, ready, done };
    });
    await Promise.all(racers.map((r) => r.ready));
    writeFileSync(go, '');
    const results = await Promise.all(racers.map((r) => r.done));
    const winners = racers.filter((_, i) => results[i]?.ok);
    expect(winners).toHaveLength(1);
    const winnerPid = winners[0]?.child.pid;
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 5 }, () => ({ ok: false, heldBy: winnerPid })));
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(String(winnerPid));
  }, 60_000);

  it('release removes the file only while it is ours', () => {
    const dir = tempDir();
    const lock = acquireFolderLock(dir);
    if (!lock.ok) expect.fail('not taken');
    // Meanwhile another instance decided it was stale and took the folder over.
    writeFileSync(lockPath(dir), String(process.ppid));
    lock.release();
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(String(process.ppid));
  });

  it('creates the data folder (0700) when it does not exist yet', () => {
    const dir = join(tempDir(), 'nieuw');
    const lock = acquireFolderLock(dir);
    expect(lock.ok).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
