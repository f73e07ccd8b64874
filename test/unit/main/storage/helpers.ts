/** Shared helpers of the storage tests: temp folders, folder snapshots and injected write faults. */
import * as nodeFs from 'node:fs';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, expect } from 'vitest';
import { ApiError } from '@main/features/apiError';
import type { WriteFs } from '@main/storage/durableWrite';
import type { ProfileDocument } from '@shared/features/assessment/schemas';

export const FIXTURE_V1 = resolve(import.meta.dirname, '../../../fixtures/data-v1');
/** The profile of the v1 fixture. */
export const V1_ID = 'ff1341e8-4114-4fda-8839-47c9ae9babf6';
export const PROFILE_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** A fresh temp folder per call, removed after each test. */
export function useTempDirs(prefix = 'kompas-storage-'): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** Every file and folder under `dir` (relative paths, dotfiles too), sorted. Folders end in `/`. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        out.push(`${relative(dir, path)}/`);
        walk(path);
      } else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Path → permission bits and exact bytes (hex) of everything under `dir`: equal snapshots mean nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of listTree(dir)) {
    const path = join(dir, rel);
    const mode = (lstatSync(path).mode & 0o777).toString(8);
    out[rel] = rel.endsWith('/') ? mode : `${mode}:${readFileSync(path).toString('hex')}`;
  }
  return out;
}

/** Files under `dir` whose bytes contain `text`. */
export function filesContaining(dir: string, text: string): string[] {
  return listTree(dir).filter((rel) => !rel.endsWith('/') && readFileSync(join(dir, rel), 'utf8').includes(text));
}

export interface WriteCall {
  readonly call: number;
  readonly fd: number;
  readonly buffer: Uint8Array;
  readonly offset: number;
  readonly length: number;
  readonly position: number | null;
}

/**
 * node:fs with a fault in writeSync: `fault` decides what each call does (it may write for real
 * through `real`). Records the paths opened and the number of writeSync calls.
 */
export function faultyFs(fault: (call: WriteCall, real: WriteFs['writeSync']) => number) {
  const opened: string[] = [];
  let calls = 0;
  const fs: WriteFs = {
    openSync: (path, flags, mode) => {
      opened.push(path);
      return nodeFs.openSync(path, flags, mode);
    },
    writeSync: (fd, buffer, offset, length, position) =>
      fault({ call: calls++, fd, buffer, offset, length, position }, nodeFs.writeSync as WriteFs['writeSync']),
    fsyncSync: nodeFs.fsyncSync,
    closeSync: nodeFs.closeSync,
    renameSync: nodeFs.renameSync,
    rmSync: nodeFs.rmSync,
    mkdirSync: nodeFs.mkdirSync,
  };
  return { fs, opened, calls: () => calls };
}

/** The first write stores half of what was asked (and says so), every later one writes nothing. */
export const halfThenZero = (c: WriteCall, real: WriteFs['writeSync']): number =>
  c.call === 0 ? real(c.fd, c.buffer, c.offset, Math.max(1, Math.floor(c.length / 2)), c.position) : 0;

/** At most `n` bytes per call, honestly reported: the writer must loop. */
export const dribble =
  (n: number) =>
  (c: WriteCall, real: WriteFs['writeSync']): number =>
    real(c.fd, c.buffer, c.offset, Math.min(n, c.length), c.position);

/** The disk is full. */
export const noSpace = (): number => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
};

/** A lying disk: stores all but the last 10 bytes and claims to have written everything. */
export const lying = (c: WriteCall, real: WriteFs['writeSync']): number => {
  real(c.fd, c.buffer, c.offset, Math.max(0, c.length - 10), c.position);
  return c.length;
};

/** Runs `f` with the process umask set to `mask` (so modes are not the umask's doing). */
export function withUmask<R>(mask: number, f: () => R): R {
  const before = process.umask(mask);
  try {
    return f();
  } finally {
    process.umask(before);
  }
}

export async function withUmaskAsync<R>(mask: number, f: () => Promise<R>): Promise<R> {
  const before = process.umask(mask);
  try {
    return await f();
  } finally {
    process.umask(before);
  }
}

/** The error `f` throws or the promise rejects with (fails the test when there is none). */
export async function failureOf(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (error) {
    return error;
  }
  expect.fail('expected a failure');
}

export async function expectApiError(f: () => unknown, code: string, params?: Record<string, unknown>): Promise<void> {
  const error = await failureOf(f);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).payload.code).toBe(code);
  if (params) expect((error as ApiError).payload.params).toEqual(params);
}

export function profileDoc(name: string, id = PROFILE_ID): ProfileDocument {
  return { schemaVersion: 1, id, name, createdAt: '2026-01-01T08:00:00.000Z', assessments: [] };
}

/** The v1 feedback document of the fixture (two rounds) and its raw text. */
export function v1Feedback(): { text: string; doc: { schemaVersion: 1; profileId: string; rounds: Record<string, unknown>[] } } {
  const text = readFileSync(join(FIXTURE_V1, 'feedback', `${V1_ID}.json`), 'utf8');
  return { text, doc: JSON.parse(text) };
}
