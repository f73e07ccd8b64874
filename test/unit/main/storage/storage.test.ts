import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@main/features/apiError';
import { createDispatcher } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { atomicWriteFile } from '@main/storage/atomicWrite';
import { backupsToPrune, listBackups, writeBackup, type BackupEntry, type BackupPolicy } from '@main/storage/backups';
import { confStoreFactory } from '@main/platform/confStore';
import { DocumentFile, type IssueReport } from '@main/storage/documentFile';
import { profileDocumentSchema, type ProfileDocument } from '@shared/features/assessment/schemas';
import { newAssessmentInput, validAssessment } from '../../../fixtures/assessment';

const REPO = resolve(import.meta.dirname, '../../../..');
const CHILD = join(REPO, 'test/fixtures/storage-child.ts');
const PROFILE_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const POLICY: BackupPolicy = { keepRecent: 8, keepDays: 14 };

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-storage-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function profile(name: string, assessments = 0): ProfileDocument {
  return {
    schemaVersion: 1,
    id: PROFILE_ID,
    name,
    createdAt: '2024-01-01T08:00:00.000Z',
    assessments: assessments === 0 ? [] : [validAssessment()],
  };
}

/** A profile DocumentFile on the real conf store, with a clock the test moves and the issues it reports. */
function profileFile(dir: string, clock = { now: new Date('2025-06-15T12:00:00.000Z') }, backups: BackupPolicy | null = POLICY) {
  const issues: IssueReport[] = [];
  const file = new DocumentFile<ProfileDocument>({
    dir,
    name: PROFILE_ID,
    schema: profileDocumentSchema,
    schemaVersion: 1,
    openStore: confStoreFactory,
    backups,
    onIssue: (issue) => issues.push(issue),
    now: () => clock.now,
  });
  return { file, issues, clock };
}

const pathOf = (dir: string) => join(dir, `${PROFILE_ID}.json`);
const backupDirOf = (dir: string) => join(dir, 'backups', PROFILE_ID);

describe('DocumentFile on the conf store', () => {
  it('reads null for a document that does not exist, and creates nothing', () => {
    const dir = tempDir();
    expect(profileFile(dir).file.read()).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('round trip: what is written is read back, also by a fresh instance', () => {
    const dir = tempDir();
    const { file } = profileFile(dir);
    file.write(profile('Anna', 1));
    expect(file.read()).toEqual(profile('Anna', 1));
    expect(profileFile(dir).file.read()).toEqual(profile('Anna', 1));
  });

  it('the file on disk is valid JSON equal to what was written', () => {
    const dir = tempDir();
    profileFile(dir).file.write(profile('Bram', 1));
    expect(JSON.parse(readFileSync(pathOf(dir), 'utf8'))).toEqual(profile('Bram', 1));
  });

  it('refuses to write a value that fails the schema and leaves the file as it was', () => {
    const dir = tempDir();
    const { file } = profileFile(dir);
    file.write(profile('Anna'));
    const before = readFileSync(pathOf(dir));
    expect(() => file.write({ ...profile('Anna'), schemaVersion: 2 } as unknown as ProfileDocument)).toThrow();
    expect(readFileSync(pathOf(dir))).toEqual(before);
    expect(file.read()).toEqual(profile('Anna'));
  });
});

describe('round trip across a process restart', () => {
  const run = promisify(execFile);
  async function child(dataDir: string, ...args: string[]) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, dataDir, ...args], { cwd: REPO });
    return JSON.parse(stdout) as {
      pid: number;
      state: { ok: boolean; value: { profile: { id: string } } };
      result: { ok: boolean; value: unknown };
    };
  }

  it('a meetmoment saved by one process is read by the next', async () => {
    const dataDir = tempDir();
    const writer = await child(dataDir, 'save', '2024-03-01');
    expect(writer.result.ok).toBe(true);
    const saved = writer.result.value as { id: string; date: string };

    const reader = await child(dataDir, 'list');
    expect(reader.pid).not.toBe(writer.pid);
    expect(reader.state.value.profile.id).toBe(writer.state.value.profile.id);
    expect(reader.result).toEqual({ ok: true, value: [saved] });

    // And this (third) process reads the same from the same files.
    const here = createDispatcher(createServices({ dataDir, openStore: confStoreFactory }), () => {});
    expect(await here('listAssessments', {})).toEqual({ ok: true, value: [saved] });
  }, 60_000);
});

describe('a corrupt file is moved aside and reported, never replaced by empty data', () => {
  it.each([
    ['invalid JSON', '{"schemaVersion": 1, "id": "7c9e'],
    ['valid JSON that fails the schema', JSON.stringify({ ...profile('Anna'), assessments: 'geen lijst' })],
    ['an empty file', ''],
  ])('%s, without a backup: moved aside with its bytes intact, nothing restored', (_label, content) => {
    const dir = tempDir();
    writeFileSync(pathOf(dir), content);
    const { file, issues } = profileFile(dir);

    expect(file.read()).toBeNull();
    const movedTo = `${PROFILE_ID}.beschadigd-2025-06-15T12-00-00-000Z.json`;
    expect(issues).toEqual([{ kind: 'corrupt', file: `${PROFILE_ID}.json`, movedTo, restoredFrom: null }]);
    expect(readFileSync(join(dir, movedTo), 'utf8')).toBe(content);
    expect(existsSync(pathOf(dir))).toBe(false);
    // Reported once, not on every read.
    file.read();
    expect(issues).toHaveLength(1);
  });

  it('with backups: the newest valid backup is put back and its time reported', () => {
    const dir = tempDir();
    const { file, clock } = profileFile(dir);
    clock.now = new Date('2025-06-10T09:00:00.000Z');
    file.write(profile('v1'));
    clock.now = new Date('2025-06-11T09:00:00.000Z');
    file.write(profile('v2'));
    clock.now = new Date('2025-06-12T09:00:00.000Z');
    file.write(profile('v3'));
    writeFileSync(pathOf(dir), 'kapot');

    const reopened = profileFile(dir, { now: new Date('2025-06-13T09:00:00.000Z') });
    expect(reopened.file.read()).toEqual(profile('v3'));
    expect(reopened.issues).toEqual([
      {
        kind: 'corrupt',
        file: `${PROFILE_ID}.json`,
        movedTo: `${PROFILE_ID}.beschadigd-2025-06-13T09-00-00-000Z.json`,
        restoredFrom: '2025-06-12T09:00:00.000Z',
      },
    ]);
    expect(JSON.parse(readFileSync(pathOf(dir), 'utf8'))).toEqual(profile('v3'));
    expect(readFileSync(join(dir, `${PROFILE_ID}.beschadigd-2025-06-13T09-00-00-000Z.json`), 'utf8')).toBe('kapot');
  });

  it('skips a damaged backup and uses the next good one', () => {
    const dir = tempDir();
    const { file, clock } = profileFile(dir);
    file.write(profile('v1'));
    clock.now = new Date('2025-06-16T12:00:00.000Z');
    file.write(profile('v2'));
    writeFileSync(join(backupDirOf(dir), '2025-06-17T12-00-00-000Z.json'), '{"half":');
    writeFileSync(join(backupDirOf(dir), '2025-06-18T12-00-00-000Z.json'), JSON.stringify({ ...profile('x'), id: 'nee' }));
    writeFileSync(pathOf(dir), '[]');

    const reopened = profileFile(dir);
    expect(reopened.file.read()).toEqual(profile('v2'));
    expect(reopened.issues[0]?.restoredFrom).toBe('2025-06-16T12:00:00.000Z');
  });

  it('backups made in the same millisecond: the latest one is put back', () => {
    const dir = tempDir();
    const { file } = profileFile(dir); // a clock that stands still
    for (const name of ['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12']) file.write(profile(name));
    writeFileSync(pathOf(dir), '{');
    expect(profileFile(dir).file.read()).toEqual(profile('v12'));
  });

  it.each([
    ['with a backup: put back', true],
    ['without a backup: nothing put back', false],
  ])('through the services, %s, reported in getAppState().storageIssues', async (_label, keepBackups) => {
    const dataDir = tempDir();
    let clock = new Date('2025-06-14T12:00:00.000Z');
    const now = () => clock;
    const first = createDispatcher(createServices({ dataDir, openStore: confStoreFactory, now }), () => {});
    const state = await first('getAppState', {});
    const saved = await first('createAssessment', newAssessmentInput('2025-06-14'));
    const id = (state as { value: { profile: { id: string } } }).value.profile.id;
    writeFileSync(join(dataDir, 'profiles', `${id}.json`), '\u0000\u0001 niet te lezen');
    if (!keepBackups) rmSync(join(dataDir, 'profiles', 'backups'), { recursive: true });

    clock = new Date('2025-06-15T12:00:00.000Z');
    const second = createDispatcher(createServices({ dataDir, openStore: confStoreFactory, now }), () => {});
    const after = await second('getAppState', {});
    const list = await second('listAssessments', {});
    expect(list).toEqual({ ok: true, value: keepBackups ? [(saved as { value: unknown }).value] : [] });
    expect(after).toMatchObject({
      ok: true,
      value: {
        profile: { id },
        storageIssues: [
          {
            kind: 'corrupt',
            file: `${id}.json`,
            movedTo: `${id}.beschadigd-2025-06-15T12-00-00-000Z.json`,
            restoredFrom: keepBackups ? '2025-06-14T12:00:00.000Z' : null,
            at: '2025-06-15T12:00:00.000Z',
          },
        ],
      },
    });
    expect(readFileSync(join(dataDir, 'profiles', `${id}.beschadigd-2025-06-15T12-00-00-000Z.json`), 'utf8')).toBe(
      '\u0000\u0001 niet te lezen',
    );
  });
});

describe('a document from a newer app version', () => {
  it('is left untouched, reported once, and writes are refused', () => {
    const dir = tempDir();
    const content = JSON.stringify({ schemaVersion: 2, id: PROFILE_ID, somethingNew: true });
    writeFileSync(pathOf(dir), content);
    const { file, issues } = profileFile(dir);

    expect(file.read()).toBeNull();
    expect(issues).toEqual([{ kind: 'newer-version', file: `${PROFILE_ID}.json`, movedTo: null, restoredFrom: null }]);
    let thrown: unknown;
    try {
      file.write(profile('Anna'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).payload.code).toBe('storage');
    expect((thrown as ApiError).payload.message).toMatch(/nieuwere versie/);
    expect(readFileSync(pathOf(dir), 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual([`${PROFILE_ID}.json`]);
    expect(issues).toHaveLength(1);
  });

  it('newer settings: the app refuses with a storage error and writes no file at all', async () => {
    const dataDir = tempDir();
    const content = JSON.stringify({ schemaVersion: 9, language: 'nl', activeProfileId: null });
    writeFileSync(join(dataDir, 'settings.json'), content);
    const dispatch = createDispatcher(createServices({ dataDir, openStore: confStoreFactory }), () => {});
    for (let i = 0; i < 2; i++) {
      const result = await dispatch('getAppState', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
    }
    expect(readdirSync(dataDir)).toEqual(['settings.json']);
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe(content);
  });
});

describe('backups', () => {
  it('each write keeps a backup of the good version written, so the previous one survives too', () => {
    const dir = tempDir();
    const { file, clock } = profileFile(dir);
    file.write(profile('v1'));
    clock.now = new Date('2025-06-15T13:00:00.000Z');
    file.write(profile('v2'));
    const backups = listBackups(backupDirOf(dir));
    expect(backups.map((b) => b.file)).toEqual(['2025-06-15T13-00-00-000Z.json', '2025-06-15T12-00-00-000Z.json']);
    const contentOf = (name: string) => JSON.parse(readFileSync(join(backupDirOf(dir), name), 'utf8')) as unknown;
    expect(contentOf('2025-06-15T13-00-00-000Z.json')).toEqual(profile('v2'));
    expect(contentOf('2025-06-15T12-00-00-000Z.json')).toEqual(profile('v1'));
  });

  it('a document without a backup policy (drafts) gets no backups', () => {
    const dir = tempDir();
    const { file } = profileFile(dir, undefined, null);
    file.write(profile('v1'));
    file.write(profile('v2'));
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('keeps the newest few when written often', () => {
    const dir = tempDir();
    const start = Date.parse('2025-06-15T12:00:00.000Z');
    for (let i = 0; i < 12; i++) writeBackup(dir, `{"n":${i}}`, new Date(start + i * 1000), { keepRecent: 3, keepDays: 14 });
    const kept = listBackups(dir);
    // Newest three, and nothing else (all on the same day: the newest of that day is among them).
    expect(kept.map((b) => readFileSync(join(dir, b.file), 'utf8'))).toEqual(['{"n":11}', '{"n":10}', '{"n":9}']);
  });

  it('orders backups of the same millisecond by their number, newest first', () => {
    const dir = tempDir();
    const at = new Date('2025-06-15T12:00:00.000Z');
    for (let i = 0; i < 12; i++) writeBackup(dir, `{"n":${i}}`, at, POLICY);
    const kept = listBackups(dir).map((b) => readFileSync(join(dir, b.file), 'utf8'));
    expect(kept).toEqual([11, 10, 9, 8, 7, 6, 5, 4].map((n) => `{"n":${n}}`));
  });

  it('ignores files that are not backups', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeFileSync(join(dir, '.2025-06-15T12-00-00-000Z.json.abc.tmp'), '{}');
    expect(listBackups(dir)).toEqual([]);
    expect(listBackups(join(dir, 'missing'))).toEqual([]);
  });
});

describe('backupsToPrune (pure retention rule)', () => {
  const now = new Date('2025-06-30T12:00:00.000Z');
  const entry = (iso: string): BackupEntry => ({ file: `${iso}.json`, takenAt: new Date(iso) });
  const newestFirst = (isos: string[]) => isos.map(entry).sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());

  it('keeps everything while there are no more than keepRecent', () => {
    const entries = newestFirst(['2025-01-01T00:00:00.000Z', '2025-06-30T11:00:00.000Z']);
    expect(backupsToPrune(entries, now, { keepRecent: 2, keepDays: 0 })).toEqual([]);
  });

  it('keeps the newest N, plus the newest of each earlier day within keepDays', () => {
    const entries = newestFirst([
      '2025-06-30T11:00:00.000Z', // recent
      '2025-06-30T10:00:00.000Z', // recent
      '2025-06-30T09:00:00.000Z', // same day as the recent ones: pruned
      '2025-06-29T18:00:00.000Z', // newest of 06-29: kept
      '2025-06-29T08:00:00.000Z', // pruned
      '2025-06-20T08:00:00.000Z', // newest of 06-20 (within 14 days): kept
      '2025-06-10T08:00:00.000Z', // older than 14 days: pruned
      '2024-12-31T23:00:00.000Z', // pruned
    ]);
    expect(backupsToPrune(entries, now, { keepRecent: 2, keepDays: 14 })).toEqual([
      '2025-06-30T09:00:00.000Z.json',
      '2025-06-29T08:00:00.000Z.json',
      '2025-06-10T08:00:00.000Z.json',
      '2024-12-31T23:00:00.000Z.json',
    ]);
  });

  it('keeps old backups when they are among the newest N', () => {
    const entries = newestFirst(['2020-01-01T00:00:00.000Z', '2019-01-01T00:00:00.000Z', '2018-01-01T00:00:00.000Z']);
    expect(backupsToPrune(entries, now, { keepRecent: 2, keepDays: 14 })).toEqual(['2018-01-01T00:00:00.000Z.json']);
  });
});

describe('atomicWriteFile', () => {
  it('creates the folder, replaces the content and leaves no temp files behind', () => {
    const dir = tempDir();
    const target = join(dir, 'sub', 'doc.json');
    atomicWriteFile(target, '{"a":1}');
    atomicWriteFile(target, '{"a":2}');
    expect(readFileSync(target, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['doc.json']);
  });

  it('when the rename fails, the target stays as it was and the temp file is removed', () => {
    const dir = tempDir();
    const target = join(dir, 'doc.json');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'kept');
    expect(() => atomicWriteFile(target, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['doc.json']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });
});
