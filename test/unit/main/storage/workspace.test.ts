import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { confStoreFactory } from '@main/platform/confStore';
import type { StoreFactory } from '@main/platform/backend';
import type { IssueReport } from '@main/storage/documentFile';
import { Workspace } from '@main/storage/workspace';
import {
  expectApiError,
  FIXTURE_V1,
  filesContaining,
  listTree,
  PROFILE_ID,
  profileDoc,
  snapshot,
  useTempDirs,
  V1_ID,
  v1Feedback,
  withUmask,
  withUmaskAsync,
} from './helpers';

const tempDir = useTempDirs('kompas-workspace-');
const NOW = new Date('2026-12-01T09:00:00.000Z');
const CLOSED = '9f1702e7-5644-4418-8c3d-dc619d57936a';
const OPEN = 'a890277d-4e08-4a24-90d2-a350ea3c9cd1';
/** Every round made before there were two questionnaires asked version 1 (round step 3 → 4). */
const V1_QUESTIONNAIRE = { id: 'kompas', version: 1 };

/** The v1 data folder as the v1 app left it (without the fixture's README.md and expected.json). */
function copyFixture(dest = tempDir()): string {
  cpSync(FIXTURE_V1, dest, {
    recursive: true,
    filter: (src) => !(src === join(FIXTURE_V1, 'README.md') || src === join(FIXTURE_V1, 'expected.json')),
  });
  return dest;
}

function openWorkspace(dataDir: string, openSettingsStore: StoreFactory = confStoreFactory) {
  const issues: IssueReport[] = [];
  const ws = new Workspace({ dataDir, openSettingsStore, now: () => NOW, onIssue: (issue) => issues.push(issue) });
  return { ws, issues };
}

const v1 = (rel: string) => readFileSync(join(FIXTURE_V1, rel));
const json = (buffer: Buffer) => JSON.parse(buffer.toString('utf8')) as unknown;
/** The v1 settings as this version reads them: upgraded to version 2 (coach mode off). */
const v1SettingsNow = () => ({ ...(json(v1('settings.json')) as object), schemaVersion: 2, coachMode: false });
const withoutUpgradeCopies = (names: string[]) => names.filter((f) => !f.startsWith('pre-upgrade-'));
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const roundsOf = (backup: Buffer) => (json(backup) as { rounds: { id: string }[] }).rounds;

/** Everything of the v1 fixture is in the workspace layout, with the same values. */
function expectMigrated(dataDir: string, ws: Workspace): void {
  const p = join(dataDir, 'profiles', V1_ID);
  expect(files(dataDir)).toEqual(['backups', 'profiles', 'settings.json']);
  expect(files(join(dataDir, 'profiles'))).toEqual([V1_ID]);
  expect(ws.profileIds()).toEqual([V1_ID]);

  // profile, plan, draft: byte-identical copies, read as the same values.
  for (const [kind, v1Folder] of [['profile', 'profiles'], ['plan', 'plans'], ['draft', 'drafts']] as const) {
    expect(readFileSync(join(p, `${kind}.json`))).toEqual(v1(`${v1Folder}/${V1_ID}.json`));
  }
  expect(ws.profile(V1_ID).read()).toEqual(json(v1(`profiles/${V1_ID}.json`)));
  expect(ws.plan(V1_ID).read()).toEqual(json(v1(`plans/${V1_ID}.json`)));
  // The draft is upgraded on read (version 2 names the questionnaire it was begun with: 1).
  const v1Draft = json(v1(`drafts/${V1_ID}.json`)) as { draft: Record<string, unknown> };
  expect(ws.draft(V1_ID).read()).toEqual({ ...v1Draft, schemaVersion: 2, draft: { questionnaire: { id: 'kompas', version: 1 }, ...v1Draft.draft } });

  // Their backups, byte for byte, in the profile's backups folder.
  for (const [kind, v1Folder] of [['profile', 'profiles'], ['plan', 'plans']] as const) {
    const from = join(FIXTURE_V1, v1Folder, 'backups', V1_ID);
    expect(files(join(p, 'backups', kind))).toEqual(files(from));
    for (const f of files(from)) expect(readFileSync(join(p, 'backups', kind, f))).toEqual(readFileSync(join(from, f)));
  }
  // The draft has no rolling backups; its folder holds only the copy kept before its upgrade.
  expect(files(join(p, 'backups'))).toEqual(['draft', 'plan', 'profile']);
  expect(files(join(p, 'backups', 'draft'))).toEqual([expect.stringMatching(/^pre-upgrade-v1-.*\.json$/)]);

  // One file per round, read as v2 with the very same round.
  const { doc } = v1Feedback();
  expect(ws.roundIds(V1_ID)).toEqual([CLOSED, OPEN]);
  for (const round of doc.rounds) {
    expect(ws.round(V1_ID, round.id as string).read()).toEqual({ schemaVersion: 6, profileId: V1_ID, round: { origin: 'own', heldByCoach: false, ...round, questionnaire: V1_QUESTIONNAIRE, returnTo: null, comparedWith: null } });
  }

  // Each feedback backup split per round: every backup that held the round, with that round as it was then.
  const v1Backups = join(FIXTURE_V1, 'feedback', 'backups', V1_ID);
  for (const id of [CLOSED, OPEN]) {
    const holding = files(v1Backups).filter((f) => roundsOf(readFileSync(join(v1Backups, f))).some((r) => r.id === id));
    const dir = join(p, 'rounds', 'backups', id);
    expect(files(dir).filter((f) => !f.startsWith('pre-upgrade-'))).toEqual(holding);
    for (const f of holding) {
      const then = roundsOf(readFileSync(join(v1Backups, f))).find((r) => r.id === id);
      expect(json(readFileSync(join(dir, f)))).toEqual({ schemaVersion: 1, profileId: V1_ID, rounds: [then] });
    }
  }
  expect(files(join(p, 'rounds', 'backups', CLOSED)).filter((f) => !f.startsWith('pre-upgrade-'))).toHaveLength(5);
  expect(files(join(p, 'rounds', 'backups', OPEN)).filter((f) => !f.startsWith('pre-upgrade-'))).toHaveLength(2);

  // settings.json and its backup stay where they were (the settings upgraded when read).
  expect(ws.settings.read()).toEqual(v1SettingsNow());
  expect(withoutUpgradeCopies(files(join(dataDir, 'backups', 'settings')))).toEqual(['2026-11-29T21-30-33-808Z.json']);
}

describe('opening a v1 data folder (made by the v1 app)', () => {
  it('moves everything into the workspace layout, the v1 folders are gone, all values the same', () => {
    const dataDir = copyFixture();
    const { ws, issues } = openWorkspace(dataDir);
    expectMigrated(dataDir, ws);
    expect(issues).toEqual([]);
    // The values a v1 user saw (expected.json was recorded from the v1 app's API).
    const expected = JSON.parse(readFileSync(join(FIXTURE_V1, 'expected.json'), 'utf8')) as {
      settings: unknown;
      rounds: { id: string; name: string; closedAt: string | null; responses: unknown[] }[];
    };
    expect(ws.settings.read()).toEqual({ ...(expected.settings as object), schemaVersion: 2, coachMode: false });
    for (const r of expected.rounds) {
      const round = ws.round(V1_ID, r.id).read()?.round;
      expect(round?.origin).toBe('own');
      if (round?.origin !== 'own') continue;
      expect([round.name, round.closedAt, round.responses.length]).toEqual([r.name, r.closedAt, r.responses.length]);
    }
  });

  it('opening again changes nothing (before and after the rounds were upgraded)', () => {
    const dataDir = copyFixture();
    openWorkspace(dataDir);
    const once = snapshot(dataDir);
    openWorkspace(dataDir);
    expect(snapshot(dataDir)).toEqual(once);

    const { ws } = openWorkspace(dataDir);
    for (const id of ws.roundIds(V1_ID)) ws.round(V1_ID, id).read();
    const upgraded = snapshot(dataDir);
    const { ws: again } = openWorkspace(dataDir);
    expect(snapshot(dataDir)).toEqual(upgraded);
    expectMigrated(dataDir, again);
  });

  it('a damaged round is restored from its split v1 backups (through the migration)', () => {
    const dataDir = copyFixture();
    openWorkspace(dataDir);
    writeFileSync(join(dataDir, 'profiles', V1_ID, 'rounds', `${CLOSED}.json`), '{"schemaVersion":1,');
    const { ws, issues } = openWorkspace(dataDir);
    const round = v1Feedback().doc.rounds.find((r) => r.id === CLOSED);
    expect(ws.round(V1_ID, CLOSED).read()).toEqual({ schemaVersion: 6, profileId: V1_ID, round: { origin: 'own', heldByCoach: false, ...round, questionnaire: V1_QUESTIONNAIRE, returnTo: null, comparedWith: null } });
    expect(issues).toMatchObject([{ kind: 'corrupt', document: 'round', restoredFrom: '2026-11-29T21:31:01.655Z' }]);
  });
});

describe('a crash in the middle of the v1 migration', () => {
  /** The profile folder as the migration builds it, taken from a finished migration. */
  function migratedProfileFolder(): string {
    const done = copyFixture();
    openWorkspace(done);
    return join(done, 'profiles', V1_ID);
  }

  it.each([
    [
      'a half-built staging folder',
      (dataDir: string) => {
        const staging = join(dataDir, 'profiles', `.migrating-${V1_ID}`);
        mkdirSync(join(staging, 'rounds'), { recursive: true });
        writeFileSync(join(staging, 'profile.json'), '{"half');
        writeFileSync(join(staging, 'rounds', `${CLOSED}.json`), '');
      },
    ],
    [
      'the folder in place, the v1 files not yet removed',
      (dataDir: string) => cpSync(migratedProfileFolder(), join(dataDir, 'profiles', V1_ID), { recursive: true }),
    ],
  ])('%s: opening again completes it', (_label, crash) => {
    const dataDir = copyFixture();
    crash(dataDir);
    const { ws, issues } = openWorkspace(dataDir);
    expectMigrated(dataDir, ws);
    expect(issues).toEqual([]);
    expect(listTree(dataDir).filter((rel) => rel.includes('.migrating-'))).toEqual([]);
  });

  it('every v1 file already removed, empty v1 folders and a v1 temp file left: all cleaned up', () => {
    const dataDir = copyFixture();
    cpSync(migratedProfileFolder(), join(dataDir, 'profiles', V1_ID), { recursive: true });
    for (const f of ['profiles', 'plans', 'drafts', 'feedback']) {
      rmSync(join(dataDir, f, `${V1_ID}.json`), { force: true });
      rmSync(join(dataDir, f, 'backups', V1_ID), { recursive: true, force: true });
    }
    writeFileSync(join(dataDir, 'plans', `.${V1_ID}.json.0123456789ab.tmp`), '{"half');
    const { ws } = openWorkspace(dataDir);
    expectMigrated(dataDir, ws);
  });
});

describe('tidying at open', () => {
  const modesOf = (dataDir: string) =>
    [dataDir, ...listTree(dataDir).map((rel) => join(dataDir, rel))].map((path) => {
      const stat = statSync(path);
      return [basename(path), stat.isDirectory() ? 'dir' : 'file', (stat.mode & 0o777).toString(8)];
    });

  it('0644 files and 0755 folders (v1 data) become 0600 and 0700, also what is written later (umask 0)', async () => {
    const dataDir = copyFixture();
    for (const path of [dataDir, ...listTree(dataDir).map((rel) => join(dataDir, rel))]) {
      chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
    }
    await withUmaskAsync(0, async () => {
      const { ws } = openWorkspace(dataDir);
      await ws.profile(PROFILE_ID).transact((_, tx) => tx.save(profileDoc('nieuw')));
      await ws.settings.transact((current, tx) => tx.save({ ...current!, language: 'en' }));
      ws.round(V1_ID, CLOSED).read(); // upgraded on read: pre-upgrade copy + rewritten file
    });
    const wrong = modesOf(dataDir).filter(([, type, mode]) => mode !== (type === 'dir' ? '700' : '600'));
    expect(wrong).toEqual([]);
    expect(listTree(dataDir)).toContain(`profiles/${PROFILE_ID}/backups/profile/`);
  });

  it('leftover temp files of our writer and of conf are removed, anywhere; other files are kept', () => {
    const dataDir = copyFixture();
    openWorkspace(dataDir);
    const p = `profiles/${V1_ID}`;
    const leftovers = [
      `${p}/.profile.json.0123456789ab.tmp`,
      `${p}/rounds/.${CLOSED}.json.abcdef012345.tmp`,
      `${p}/backups/plan/.2026-11-29T21-30-39-778Z.json.00000000ffff.tmp`,
      'settings.json.tmp-4451833123abc123',
    ];
    const kept = [
      `${p}/notes.txt`,
      `${p}/.profile.json.tmp`,
      `${p}/profile.json.0123456789ab.tmp`,
      `${p}/.profile.json.0123456789AB.tmp`,
      'settings.json.tmp-123',
      'settings.json.tmp-4451833123abc12x',
    ];
    for (const rel of [...leftovers, ...kept]) writeFileSync(join(dataDir, rel), '{"half');
    const before = listTree(dataDir);
    withUmask(0o022, () => openWorkspace(dataDir));
    expect(listTree(dataDir)).toEqual(before.filter((rel) => !leftovers.includes(rel)));
  });
});

describe('deleteProfile', () => {
  it('removes the folder with everything in it; later writes to that profile are refused', async () => {
    const dataDir = copyFixture();
    const { ws } = openWorkspace(dataDir);
    const plan = ws.plan(V1_ID);
    const current = plan.read();
    await ws.deleteProfile(V1_ID);

    expect(existsSync(join(dataDir, 'profiles', V1_ID))).toBe(false);
    expect(ws.profileIds()).toEqual([]);
    expect(ws.roundIds(V1_ID)).toEqual([]);
    expect(filesContaining(dataDir, 'Crisisoefening met het MT')).toEqual([]);
    await expectApiError(() => plan.transact((_, tx) => tx.save(current!)), 'profile-not-found');
    await expectApiError(() => ws.profile(V1_ID), 'profile-not-found');
    expect(existsSync(join(dataDir, 'profiles', V1_ID))).toBe(false);
  });

  it('waits for a change in progress; its late save is refused and brings nothing back', async () => {
    const dataDir = tempDir();
    const { ws } = openWorkspace(dataDir);
    await ws.profile(PROFILE_ID).transact((_, tx) => tx.save(profileDoc('eerst')));
    let ended = false;
    const late = ws.profile(PROFILE_ID).transact(async (_, tx) => {
      try {
        await sleep(20);
        tx.save(profileDoc('te laat'));
      } finally {
        ended = true;
      }
    });
    await ws.deleteProfile(PROFILE_ID);
    expect(ended).toBe(true); // deleteProfile ends after the changes already queued
    await expectApiError(() => late, 'profile-not-found');
    expect(existsSync(join(dataDir, 'profiles', PROFILE_ID))).toBe(false);
    expect(filesContaining(dataDir, 'eerst')).toEqual([]);
  });
  it('a forget (which makes a fresh backup) through an earlier handle is refused and brings nothing back', async () => {
    const dataDir = tempDir();
    const { ws } = openWorkspace(dataDir);
    const profile = ws.profile(PROFILE_ID);
    await profile.transact((_, tx) => tx.save(profileDoc('eerst')));
    await ws.deleteProfile(PROFILE_ID);
    await expectApiError(() => profile.transact((_, tx) => tx.forget('iets')), 'profile-not-found');
    await expectApiError(() => profile.remove(), 'profile-not-found');
    expect(existsSync(join(dataDir, 'profiles', PROFILE_ID))).toBe(false);
  });
});

describe('settings.json through conf', () => {
  it('a save goes through conf, reads back, is backed up and read by the next start', async () => {
    const dataDir = copyFixture();
    const { ws } = openWorkspace(dataDir);
    const next = { schemaVersion: 2 as const, language: 'en' as const, activeProfileId: V1_ID, coachMode: false };
    await ws.settings.transact((_, tx) => tx.save(next));
    expect(json(readFileSync(join(dataDir, 'settings.json')))).toEqual(next);
    expect(confStoreFactory({ cwd: dataDir, name: 'settings' }).store).toEqual(next);
    expect(withoutUpgradeCopies(files(join(dataDir, 'backups', 'settings')))).toEqual(['2026-11-29T21-30-33-808Z.json', '2026-12-01T09-00-00-000Z.json']);
    expect(openWorkspace(dataDir).ws.settings.read()).toEqual(next);
  });

  it('a store whose write is cut short: storage-write-failed; backups intact; the next start puts back the last good one', async () => {
    const dataDir = copyFixture();
    const good = { schemaVersion: 2 as const, language: 'en' as const, activeProfileId: V1_ID, coachMode: false };
    await openWorkspace(dataDir).ws.settings.transact((_, tx) => tx.save(good));
    const backupsBefore = snapshot(join(dataDir, 'backups'));

    const cutShort: StoreFactory = ({ cwd, name }) => {
      const path = join(cwd, `${name}.json`);
      return {
        path,
        get store() {
          return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        },
        set store(value) {
          const text = JSON.stringify(value, null, '\t');
          writeFileSync(path, text.slice(0, text.length - 7)); // like conf's atomically ignoring a short write
        },
      };
    };
    const { ws } = openWorkspace(dataDir, cutShort);
    await expectApiError(
      () => ws.settings.transact((_, tx) => tx.save({ ...good, language: 'nl' })),
      'storage-write-failed',
      { document: 'settings' },
    );
    expect(ws.settings.read()).toEqual(good);
    expect(snapshot(join(dataDir, 'backups'))).toEqual(backupsBefore);

    const restarted = openWorkspace(dataDir);
    expect(restarted.ws.settings.read()).toEqual(good);
    expect(restarted.issues).toMatchObject([{ kind: 'corrupt', document: 'settings', restoredFrom: NOW.toISOString() }]);
  });

  it('a store that silently keeps the old file: the read-back differs, storage-write-failed', async () => {
    const dataDir = copyFixture();
    const ignoring: StoreFactory = ({ cwd, name }) => ({
      path: join(cwd, `${name}.json`),
      get store() {
        return {};
      },
      set store(_value) {
        /* nothing reaches the disk */
      },
    });
    const { ws } = openWorkspace(dataDir, ignoring);
    ws.settings.read(); // the v1 settings are upgraded when first read
    const before = snapshot(dataDir);
    await expectApiError(() => ws.settings.transact((current, tx) => tx.save({ ...current!, language: 'en' })), 'storage-write-failed');
    expect(snapshot(dataDir)).toEqual(before);
    expect(ws.settings.read()).toEqual(v1SettingsNow());
  });
});
