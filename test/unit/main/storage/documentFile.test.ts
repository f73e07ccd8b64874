import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { listBackups } from '@main/storage/backups';
import { DocumentFile, type IssueReport } from '@main/storage/documentFile';
import type { DocumentKind } from '@main/storage/documentKind';
import type { WriteFs } from '@main/storage/durableWrite';
import { DRAFT, PLAN, PROFILE, ROUND, SETTINGS } from '@main/storage/kinds';
import { stepsAreComplete } from '@shared/kernel/migrate';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import {
  expectApiError,
  faultyFs,
  filesContaining,
  halfThenZero,
  listTree,
  lying,
  noSpace,
  profileDoc,
  snapshot,
  useTempDirs,
  v1Feedback,
} from './helpers';

const tempDir = useTempDirs('kompas-document-');
const T0 = new Date('2026-06-15T12:00:00.000Z');
const at = (day: number) => new Date(Date.UTC(2026, 5, day, 12));

function open<T = ProfileDocument>(dir: string, options: { kind?: DocumentKind<T>; name?: string; fs?: WriteFs; now?: Date } = {}) {
  const issues: IssueReport[] = [];
  const clock = { now: options.now ?? T0 };
  const file = new DocumentFile<T>({
    dir,
    name: options.name ?? 'profile',
    kind: options.kind ?? (PROFILE as unknown as DocumentKind<T>),
    onIssue: (issue) => issues.push(issue),
    now: () => clock.now,
    ...(options.fs ? { fs: options.fs } : {}),
  });
  return { file, issues, clock };
}

/** A profile saved three times on three days: profile.json is 'v3', backups hold v1–v3. */
async function savedThrice(dir: string) {
  const { file, clock } = open(dir);
  for (const [i, name] of ['v1', 'v2', 'v3'].entries()) {
    clock.now = at(10 + i);
    await file.transact((_, tx) => tx.save(profileDoc(name)));
  }
  return file;
}

const onDisk = (dir: string, name = 'profile') => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as unknown;

describe('transact: one writer per document', () => {
  const bumps = 50;
  const randomPause = () => sleep(Math.floor(Math.random() * 6));

  it(`${bumps} concurrent read-await-write changes: none is lost`, async () => {
    const dir = tempDir();
    const { file } = open(dir);
    await file.transact((_, tx) => tx.save(profileDoc('0')));
    await Promise.all(
      Array.from({ length: bumps }, () =>
        file.transact(async (current, tx) => {
          const n = Number(current?.name);
          await randomPause();
          tx.save(profileDoc(String(n + 1)));
        }),
      ),
    );
    expect(file.read()?.name).toBe(String(bumps));
    expect(open(dir).file.read()?.name).toBe(String(bumps));
  });

  it('the same pattern with the read outside the queue loses updates (the test above can fail)', async () => {
    const dir = tempDir();
    const { file } = open(dir);
    await file.transact((_, tx) => tx.save(profileDoc('0')));
    await Promise.all(
      Array.from({ length: bumps }, async () => {
        const n = Number(file.read()?.name);
        await randomPause();
        await file.transact((_, tx) => tx.save(profileDoc(String(n + 1))));
      }),
    );
    expect(Number(file.read()?.name)).toBeLessThan(bumps);
  });

  it('a failing change reaches its caller, changes nothing and does not block the queue', async () => {
    const dir = tempDir();
    const { file } = open(dir);
    await file.transact((_, tx) => tx.save(profileDoc('voor')));
    const failed = file.transact(async () => {
      await sleep(5);
      throw new Error('mislukt');
    });
    const next = file.transact((current, tx) => {
      tx.save(profileDoc(`${current?.name} en na`));
      return 'klaar';
    });
    await expect(failed).rejects.toThrow('mislukt');
    await expect(next).resolves.toBe('klaar');
    expect(onDisk(dir)).toEqual(profileDoc('voor en na'));
  });

  it('a value that fails the schema is refused and the file stays as it was', async () => {
    const dir = tempDir();
    const file = await savedThrice(dir);
    const before = snapshot(dir);
    const bad = { ...profileDoc('x'), assessments: 'geen lijst' } as unknown as ProfileDocument;
    await expect(file.transact((_, tx) => tx.save(bad))).rejects.toThrow();
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('transactWithoutCopy: the same queue, the current value itself', () => {
  it('gives the stored value instead of a copy, and saves a new value like transact()', async () => {
    const dir = tempDir();
    const { file } = open(dir);
    await file.transact((_, tx) => tx.save(profileDoc('0')));
    const seen: (ProfileDocument | null)[] = [];
    await file.transact((current) => void seen.push(current));
    await file.transactWithoutCopy((current) => void seen.push(current as ProfileDocument));
    await file.transactWithoutCopy((current) => void seen.push(current as ProfileDocument));
    expect(seen[0]).not.toBe(file.read());
    expect(seen[1]).toBe(file.read());
    expect(seen[2]).toBe(seen[1]);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? file.transact.bind(file) : file.transactWithoutCopy.bind(file))(async (current, tx) => {
          const n = Number(current?.name);
          await sleep(1);
          tx.save(profileDoc(String(n + 1)));
        }),
      ),
    );
    expect(open(dir).file.read()?.name).toBe('20');
  });
});

describe('a write that fails: the previous version and the backups stay as they were', () => {
  it.each([
    ['a short write (half, then nothing)', halfThenZero],
    ['a full disk', noSpace],
  ])('%s: storage-write-failed, every file byte-identical, backups not rotated', async (_label, fault) => {
    const dir = tempDir();
    await savedThrice(dir);
    const before = snapshot(dir);
    const { file, issues } = open(dir, { fs: faultyFs(fault).fs, now: at(20) });
    await expectApiError(() => file.transact((_, tx) => tx.save(profileDoc('v4'))), 'storage-write-failed', { document: 'profile' });
    expect(snapshot(dir)).toEqual(before);
    expect(file.read()).toEqual(profileDoc('v3'));
    expect(issues).toEqual([]);
  });

  it('a change that edits the current value in place and then fails to save leaves the read value as on disk', async () => {
    const dir = tempDir();
    await savedThrice(dir);
    const { file } = open(dir, { fs: faultyFs(halfThenZero).fs });
    await expectApiError(
      () =>
        file.transact((current, tx) => {
          if (!current) throw new Error('no profile');
          current.name = 'niet bewaard';
          tx.save(current);
        }),
      'storage-write-failed',
    );
    expect(file.read()).toEqual(profileDoc('v3'));
  });

  it('a disk that claims a full write but stored less: caught by the read-back, no backup made of it', async () => {
    const dir = tempDir();
    await savedThrice(dir);
    const backupsBefore = snapshot(join(dir, 'backups'));
    const { file } = open(dir, { fs: faultyFs(lying).fs, now: at(20) });
    await expectApiError(() => file.transact((_, tx) => tx.save(profileDoc('v4'))), 'storage-write-failed');
    expect(snapshot(join(dir, 'backups'))).toEqual(backupsBefore);
    // After a restart the damaged file is moved aside and the last confirmed version put back.
    const restarted = open(dir, { now: at(21) });
    expect(restarted.file.read()).toEqual(profileDoc('v3'));
    expect(restarted.issues).toMatchObject([{ kind: 'corrupt', restoredFrom: at(12).toISOString() }]);
  });
});

describe('saving keeps backups of what was written and read back', () => {
  it('each save leaves one backup with exactly the saved text', async () => {
    const dir = tempDir();
    await savedThrice(dir);
    const backupDir = join(dir, 'backups', 'profile');
    const backups = listBackups(backupDir);
    expect(backups.map((b) => b.takenAt.toISOString())).toEqual([at(12), at(11), at(10)].map((d) => d.toISOString()));
    expect(backups.map((b) => JSON.parse(readFileSync(join(backupDir, b.file), 'utf8')))).toEqual(
      ['v3', 'v2', 'v1'].map((n) => profileDoc(n)),
    );
    expect(readFileSync(join(backupDir, backups[0]?.file ?? ''), 'utf8')).toBe(readFileSync(join(dir, 'profile.json'), 'utf8'));
  });

  it('a document kind without a backup policy (drafts) gets none', async () => {
    const dir = tempDir();
    const { file } = open(dir, { kind: DRAFT, name: 'draft' });
    const draft = { schemaVersion: 2 as const, profileId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', updatedAt: T0.toISOString(), draft: null };
    await file.transact((_, tx) => tx.save(draft));
    await file.transact((_, tx) => tx.save({ ...draft, updatedAt: at(16).toISOString() }));
    expect(readdirSync(dir)).toEqual(['draft.json']);
  });
});

describe('a damaged file is moved aside, never replaced by empty data', () => {
  const movedTo = 'profile.beschadigd-2026-06-15T12-00-00-000Z.json';

  it.each([
    ['invalid JSON', '{"schemaVersion": 1, "id": "7c9e'],
    ['JSON that fails the schema', JSON.stringify({ ...profileDoc('x'), assessments: 'geen lijst' })],
    ['an empty file', ''],
    ['JSON without a version', JSON.stringify({ name: 'x' })],
  ])('%s, without a backup: moved aside byte for byte, nothing restored, reported once', (_label, content) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'profile.json'), content);
    const { file, issues } = open(dir);
    expect(file.read()).toBeNull();
    expect(issues).toEqual([{ kind: 'corrupt', document: 'profile', file: 'profile.json', movedTo, restoredFrom: null }]);
    expect(readFileSync(join(dir, movedTo), 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual([movedTo]);
    file.read();
    expect(issues).toHaveLength(1);
  });

  it('with backups: the newest good one is put back, skipping damaged and too-new ones', async () => {
    const dir = tempDir();
    await savedThrice(dir);
    const backupDir = join(dir, 'backups', 'profile');
    writeFileSync(join(backupDir, '2026-06-13T12-00-00-000Z.json'), '{"half":');
    writeFileSync(join(backupDir, '2026-06-14T12-00-00-000Z.json'), JSON.stringify({ ...profileDoc('nieuw'), schemaVersion: 7 }));
    writeFileSync(join(dir, 'profile.json'), 'kapot');

    const { file, issues } = open(dir);
    expect(file.read()).toEqual(profileDoc('v3'));
    expect(issues).toEqual([
      { kind: 'corrupt', document: 'profile', file: 'profile.json', movedTo, restoredFrom: at(12).toISOString() },
    ]);
    expect(onDisk(dir)).toEqual(profileDoc('v3'));
    expect(readFileSync(join(dir, movedTo), 'utf8')).toBe('kapot');
  });

  it('backups made in the same millisecond: the latest one is put back', async () => {
    const dir = tempDir();
    const { file } = open(dir); // a clock that stands still
    for (let i = 1; i <= 12; i++) await file.transact((_, tx) => tx.save(profileDoc(`v${i}`)));
    writeFileSync(join(dir, 'profile.json'), '{');
    expect(open(dir).file.read()).toEqual(profileDoc('v12'));
  });

  it('damaged twice in the same millisecond: the second copy gets its own name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'profile.json'), 'eerste');
    open(dir).file.read();
    writeFileSync(join(dir, 'profile.json'), 'tweede');
    const second = open(dir);
    second.file.read();
    const secondName = movedTo.replace('.json', '-1.json');
    expect(readFileSync(join(dir, movedTo), 'utf8')).toBe('eerste');
    expect(readFileSync(join(dir, secondName), 'utf8')).toBe('tweede');
    expect(second.issues).toMatchObject([{ kind: 'corrupt', movedTo: secondName }]);
  });
});

describe('a document from a newer app version', () => {
  it('read() throws storage-newer-version, writes are refused, the file is untouched, one issue', async () => {
    const dir = tempDir();
    const content = JSON.stringify({ schemaVersion: 99, id: 'x', somethingNew: true });
    writeFileSync(join(dir, 'profile.json'), content);
    const before = snapshot(dir);
    const { file, issues } = open(dir);

    await expectApiError(() => file.read(), 'storage-newer-version', { document: 'profile' });
    expect(file.peek()).toBe('newer');
    await expectApiError(() => file.transact((_, tx) => tx.save(profileDoc('overschreven'))), 'storage-newer-version');
    await expectApiError(() => file.read(), 'storage-newer-version');
    expect(snapshot(dir)).toEqual(before);
    expect(issues).toEqual([{ kind: 'newer-version', document: 'profile', file: 'profile.json', movedTo: null, restoredFrom: null }]);
  });
});

describe('an older document is upgraded on read (round v1 → v2)', () => {
  it('every document kind has a complete list of steps up to its version', () => {
    for (const kind of [SETTINGS, PROFILE, DRAFT, PLAN, ROUND]) {
      expect([kind.name, stepsAreComplete(kind.steps, kind.version)]).toEqual([kind.name, true]);
    }
  });

  const { doc } = v1Feedback();
  const round = doc.rounds[0] as { id: string };
  const v1Round = { schemaVersion: 1, profileId: doc.profileId, rounds: [round] };
  // Upgraded through every step to the current version (3: the published counts know `bestuurlijk`;
  // 4: the round records its questionnaire, version 1 for every round made before there were two).
  const v2Round = { schemaVersion: 6, profileId: doc.profileId, round: { origin: 'own', heldByCoach: false, ...round, questionnaire: { id: 'kompas', version: 1 }, returnTo: null, comparedWith: null } };

  it('reads as v2, keeps the exact old bytes as pre-upgrade-v1-*, rewrites the file as v2, no issue', () => {
    const dir = tempDir();
    const oldText = `${JSON.stringify(v1Round)}\n`;
    writeFileSync(join(dir, `${round.id}.json`), oldText);
    const { file, issues } = open(dir, { kind: ROUND, name: round.id });

    expect(file.read()).toEqual(v2Round);
    const backupDir = join(dir, 'backups', round.id);
    expect(readdirSync(backupDir)).toEqual(['pre-upgrade-v1-2026-06-15T12-00-00-000Z.json']);
    expect(readFileSync(join(backupDir, 'pre-upgrade-v1-2026-06-15T12-00-00-000Z.json'), 'utf8')).toBe(oldText);
    expect(onDisk(dir, round.id)).toEqual(v2Round);
    expect(issues).toEqual([]);

    // Read again after a restart: already current, no second copy.
    const again = open(dir, { kind: ROUND, name: round.id, now: at(16) });
    expect(again.file.read()).toEqual(v2Round);
    expect(readdirSync(backupDir)).toHaveLength(1);
  });

  it('a v1 document that holds two rounds cannot be one round: damaged, moved aside', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${round.id}.json`), JSON.stringify(doc));
    const { file, issues } = open(dir, { kind: ROUND, name: round.id });
    expect(file.read()).toBeNull();
    expect(issues).toMatchObject([{ kind: 'corrupt', document: 'round' }]);
  });

  it('a v1 backup is used for recovery through the migrations', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${round.id}.json`), 'kapot');
    mkdirSync(join(dir, 'backups', round.id), { recursive: true });
    writeFileSync(join(dir, 'backups', round.id, '2026-06-14T12-00-00-000Z.json'), JSON.stringify(v1Round, null, '\t'));
    const { file, issues } = open(dir, { kind: ROUND, name: round.id });
    expect(file.read()).toEqual(v2Round);
    expect(issues).toEqual([
      {
        kind: 'corrupt',
        document: 'round',
        file: `${round.id}.json`,
        movedTo: `${round.id}.beschadigd-2026-06-15T12-00-00-000Z.json`,
        restoredFrom: '2026-06-14T12:00:00.000Z',
      },
    ]);
    expect(onDisk(dir, round.id)).toEqual(v2Round);
  });
});

describe('forget: delete means gone', () => {
  it('removes exactly the backups, moved-aside copies and temp files that contain the text', async () => {
    const dir = tempDir();
    const { file, clock } = open(dir);
    clock.now = at(10);
    await file.transact((_, tx) => tx.save(profileDoc('GEHEIM een')));
    clock.now = at(11);
    await file.transact((_, tx) => tx.save(profileDoc('schoon')));
    const put = (rel: string, text: string) => {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), text);
    };
    put('profile.beschadigd-2026-06-12T12-00-00-000Z.json', '{"name":"GEHEIM"');
    put('profile.beschadigd-2026-06-13T12-00-00-000Z.json', '{"name":"anders"');
    put('.profile.json.0123456789ab.tmp', '{"name":"GEHEIM twee"}');
    put('.profile.json.abcdef012345.tmp', '{"name":"anders"}');
    put('backups/profile/.2026-06-12T12-00-00-000Z.json.0123456789ab.tmp', 'GEHEIM');
    put('backups/profile/pre-upgrade-v0-2026-06-01T12-00-00-000Z.json', '{"GEHEIM":1}');
    // Files of another document that mention the text are not this document's to forget.
    put('plan.json', '"GEHEIM"');
    put('plan.beschadigd-2026-06-12T12-00-00-000Z.json', 'GEHEIM');
    put('backups/plan/2026-06-12T12-00-00-000Z.json', 'GEHEIM');
    put('.plan.json.0123456789ab.tmp', 'GEHEIM');

    const reopened = open(dir, { now: at(14) });
    await reopened.file.transact((_, tx) => tx.forget('GEHEIM'));

    expect(filesContaining(dir, 'GEHEIM')).toEqual([
      '.plan.json.0123456789ab.tmp',
      'backups/plan/2026-06-12T12-00-00-000Z.json',
      'plan.beschadigd-2026-06-12T12-00-00-000Z.json',
      'plan.json',
    ]);
    expect(existsSync(join(dir, 'profile.beschadigd-2026-06-13T12-00-00-000Z.json'))).toBe(true);
    expect(existsSync(join(dir, '.profile.json.abcdef012345.tmp'))).toBe(true);
    const backupDir = join(dir, 'backups', 'profile');
    expect(listBackups(backupDir).map((b) => b.file)).toEqual(['2026-06-11T12-00-00-000Z.json']);
    expect(reopened.file.read()).toEqual(profileDoc('schoon'));
  });

  it('after saving a value without the text, nothing of this document mentions it any more', async () => {
    const dir = tempDir();
    const { file, clock } = open(dir);
    for (const day of [10, 11, 12]) {
      clock.now = at(day);
      await file.transact((_, tx) => tx.save(profileDoc(`GEHEIM ${day}`)));
    }
    clock.now = at(13);
    await file.transact((_, tx) => {
      tx.forget('GEHEIM');
      tx.save(profileDoc('schoon'));
    });
    expect(filesContaining(dir, 'GEHEIM')).toEqual([]);
    // The save backs up the new version.
    expect(listBackups(join(dir, 'backups', 'profile')).map((b) => b.file)).toEqual(['2026-06-13T12-00-00-000Z.json']);
  });
});

describe('remove', () => {
  it('leaves nothing of the document: file, backups, moved-aside copies, temp files; other documents stay', async () => {
    const dir = tempDir();
    const file = await savedThrice(dir);
    writeFileSync(join(dir, 'profile.beschadigd-2026-06-12T12-00-00-000Z.json'), 'kapot');
    writeFileSync(join(dir, '.profile.json.0123456789ab.tmp'), '{}');
    mkdirSync(join(dir, 'backups', 'plan'));
    writeFileSync(join(dir, 'backups', 'plan', '2026-06-12T12-00-00-000Z.json'), '{}');
    writeFileSync(join(dir, 'plan.json'), '{}');

    await file.remove();
    expect(listTree(dir)).toEqual(['backups/', 'backups/plan/', 'backups/plan/2026-06-12T12-00-00-000Z.json', 'plan.json']);
    expect(file.read()).toBeNull();
    expect(open(dir).file.read()).toBeNull();
  });

  it('waits for a change in progress, so a late save cannot bring the document back', async () => {
    const dir = tempDir();
    const { file } = open(dir);
    const slow = file.transact(async (_, tx) => {
      await sleep(20);
      tx.save(profileDoc('te laat'));
    });
    const removed = file.remove();
    await Promise.all([slow, removed]);
    expect(listTree(dir).filter((rel) => !rel.endsWith('/'))).toEqual([]);
  });
});
