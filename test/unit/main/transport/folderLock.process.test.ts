/**
 * One app per data folder, through the real browser-mode launcher (main/app/web.ts) in separate
 * processes: a second launcher on the same folder prints one line naming the folder and exits 1
 * without touching the folder, while the first keeps serving; after the first stops (SIGTERM →
 * exit 0) the lock is gone and a new one starts; a lock left by a killed launcher is taken over;
 * of several launchers started at once exactly one runs.
 *
 * The launcher serves out/renderer next to its own folder, which `npm run build` makes after the
 * unit tests. So it is bundled (esbuild, the same source) into a temp folder with a stand-in
 * out/renderer beside it: no build needed, and each start costs a plain `node` start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '@main/storage/folderLock';
import { bundleScript } from '../../../fixtures/bundle';

const INDEX_HTML = '<!doctype html><title>Ambtelijk Kompas (stand-in)</title>';

let root = '';
let launcher = '';
const running: ChildProcess[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kompas-launcher-'));
  // As in the checkout: main/app/web.mjs serves ../../out/renderer.
  launcher = join(root, 'main', 'app', 'web.mjs');
  await bundleScript('main/app/web.ts', launcher);
  mkdirSync(join(root, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(root, 'out', 'renderer', 'index.html'), INDEX_HTML);
}, 60_000);

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

let folders = 0;
function dataFolder(): string {
  return join(root, `data-${++folders}`);
}

interface Launched {
  readonly child: ChildProcess;
  /** Resolves with the address once it serves; rejects when it exits before that. */
  readonly serving: Promise<{ origin: string; token: string }>;
  /** Resolves when it has exited, with what it printed. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function launch(dataDir: string): Launched {
  const child = spawn(process.execPath, [launcher], {
    env: { ...process.env, KOMPAS_DATA_DIR: dataDir, KOMPAS_PORT: '0', LC_ALL: 'en_GB.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolveExit) => {
    child.on('close', (code, signal) => resolveExit({ code, signal, stdout, stderr }));
  });
  const serving = new Promise<{ origin: string; token: string }>((resolveServing, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/.exec(stdout);
      if (m) resolveServing({ origin: m[1] as string, token: m[2] as string });
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    void exited.then(({ code }) => reject(new Error(`launcher exited (${code}) before serving: ${stderr}`)));
  });
  serving.catch(() => undefined); // awaited by the tests that expect it to serve
  return { child, serving, exited };
}

async function appState(origin: string, token: string): Promise<{ ok: boolean; value?: { activeProfileId: string } }> {
  const response = await fetch(`${origin}/api/getAppState`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { ok: boolean; value?: { activeProfileId: string } };
}

/** Every file under `dir` with its size and modification time. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => {
      const stat = statSync(path);
      return `${path} ${stat.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs} ${(stat.mode & 0o777).toString(8)}`;
    })
    .sort();
}

function expectOneLineRefusal(outcome: { code: number | null; stdout: string; stderr: string }, dataDir: string, holder: number): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe('');
  const lines = outcome.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(dataDir);
  expect(lines[0]).toContain(String(holder));
}

describe('browser-mode launcher: one per data folder', () => {
  it('a second launcher exits 1 with one line naming the folder; the first keeps serving; after it stops a new one starts', async () => {
    const dataDir = dataFolder();
    const first = launch(dataDir);
    const { origin, token } = await first.serving;
    const before = await appState(origin, token);
    expect(before.ok).toBe(true);
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(first.child.pid));

    const folderBefore = snapshot(dataDir);
    const second = launch(dataDir);
    expectOneLineRefusal(await second.exited, dataDir, first.child.pid as number);
    expect(snapshot(dataDir)).toEqual(folderBefore); // it changed nothing, not even the lock

    // The first still serves the page and the API.
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX_HTML);
    expect(await appState(origin, token)).toEqual(before);

    first.child.kill('SIGTERM');
    const stopped = await first.exited;
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const third = launch(dataDir);
    const next = await third.serving;
    const after = await appState(next.origin, next.token);
    expect(after.value?.activeProfileId).toBe(before.value?.activeProfileId);
    third.child.kill('SIGTERM');
    expect(await third.exited).toMatchObject({ code: 0 });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 60_000);

  it('takes over a lock left by a launcher that was killed, or by any process that is gone', async () => {
    const dataDir = dataFolder();
    const killed = launch(dataDir);
    await killed.serving;
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(killed.child.pid)); // left behind

    const next = launch(dataDir);
    await next.serving;
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(next.child.pid));
    next.child.kill('SIGTERM');
    expect(await next.exited).toMatchObject({ code: 0 });

    // A lock file naming a process that has exited (written by hand).
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(dataDir, LOCK_FILE), String(gone));
    const again = launch(dataDir);
    await again.serving;
    again.child.kill('SIGTERM');
    expect(await again.exited).toMatchObject({ code: 0 });
  }, 60_000);

  it('does not take over a lock that another launcher is still writing (created, pid not yet in it)', async () => {
    const dataDir = dataFolder();
    mkdirSync(dataDir, { recursive: true });
    const lockPath = join(dataDir, LOCK_FILE);
    writeFileSync(lockPath, ''); // just created by another launcher…
    // …which writes its pid into it a second later (slow, but alive while the test runs). The
    // launcher under test looks at the lock well within that second and must wait for the pid.
    const writeLate = `const fs = require('node:fs'); const [path] = process.argv.slice(1);
      setTimeout(() => fs.writeFileSync(path, String(process.pid)), fs.statSync(path).mtimeMs + 1000 - Date.now());
      setTimeout(() => {}, 30000);`;
    const other = spawn(process.execPath, ['-e', writeLate, lockPath], { stdio: 'ignore' });
    running.push(other);
    const late = launch(dataDir);
    const served = await late.serving.then(() => true, () => false);
    expect(served, 'the launcher took over a lock that was being written').toBe(false);
    expectOneLineRefusal(await late.exited, dataDir, other.pid as number);
    expect(readFileSync(lockPath, 'utf8')).toBe(String(other.pid));
  }, 60_000);

  it('of several launchers started at once on one folder, exactly one runs', async () => {
    // Each round with and without a stale lock (taken over by one of them only); the races are narrow, so a few rounds.
    for (const stale of [false, true, false, true]) {
      const dataDir = dataFolder();
      if (stale) {
        mkdirSync(dataDir, { recursive: true });
        writeFileSync(join(dataDir, LOCK_FILE), String(spawnSync(process.execPath, ['-e', '']).pid));
      }
      const all = Array.from({ length: 4 }, () => launch(dataDir));
      const outcomes = await Promise.all(all.map((l) => l.serving.then(() => 'serving' as const, () => 'refused' as const)));
      expect(outcomes.filter((o) => o === 'serving'), `stale lock before: ${stale}`).toHaveLength(1);
      const winner = all[outcomes.indexOf('serving')] as Launched;
      for (const loser of all.filter((l) => l !== winner)) expectOneLineRefusal(await loser.exited, dataDir, winner.child.pid as number);
      winner.child.kill('SIGTERM');
      expect(await winner.exited).toMatchObject({ code: 0 });
    }
  }, 60_000);
});
