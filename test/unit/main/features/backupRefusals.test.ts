/**
 * Every file a restore or import refuses gets its own code, and the data folder stays byte for
 * byte as it was; an older document inside a backup is upgraded, not refused.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealBackup } from '@shared/features/backup';
import { BACKUP_MAX_CHARS } from '@shared/features/backup/payload';
import { folderHashes } from '../../../fixtures/folders';
import { addProfile, op, PASSPHRASE, refusal, restore, seedProfile } from './backupFixtures';
import { openHarness, type Harness } from './harness';

let source: Harness;
let target: Harness;
let profileFile: string;
let allFile: string;

beforeAll(async () => {
  source = await openHarness();
  await seedProfile(source, source.profileId);
  profileFile = (await op<{ text: string }>(source, 'exportProfile', { profileId: source.profileId, passphrase: PASSPHRASE })).text;
  allFile = (await op<{ text: string }>(source, 'exportBackup', { passphrase: PASSPHRASE })).text;
  target = await openHarness();
  await seedProfile(target, target.profileId);
  await addProfile(target, 'Coachee Cas');
});
afterAll(() => {
  source.cleanup();
  target.cleanup();
});

/** The folder's bytes and file modes. */
function folderState(dir: string): Record<string, string> {
  const hashes = folderHashes(dir);
  return Object.fromEntries(Object.entries(hashes).map(([path, hash]) => [path, `${hash} ${(statSync(join(dir, path)).mode & 0o777).toString(8)}`]));
}

/** The file's fields as the tests change them. */
interface Fields {
  version?: unknown;
  kdf: { name: string; iterations: number };
  cipher: { name: string };
  ct?: string;
}

function edited(text: string, edit: (file: Fields) => void): string {
  const file = JSON.parse(text) as Fields;
  edit(file);
  return JSON.stringify(file);
}

const flipCt = (text: string): string =>
  edited(text, (f) => {
    const ct = f.ct ?? '';
    f.ct = `${ct.slice(0, 40)}${ct[40] === 'A' ? 'B' : 'A'}${ct.slice(41)}`;
  });

/** A file this app could have sealed, with a payload made by hand. */
const sealed = (payload: unknown, scope: 'all' | 'profile' = 'profile') => sealBackup({ scope, payload, passphrase: PASSPHRASE });

function profilePayload(documents: unknown[], extra: Record<string, unknown> = {}) {
  return { payloadVersion: 1, scope: 'profile', createdAt: '2026-01-01T10:00:00.000Z', settings: null, profiles: [{ id: source.profileId, documents }], ...extra };
}

const sourceProfileDoc = () => JSON.parse(readFileSync(join(source.dir, 'profiles', source.profileId, 'profile.json'), 'utf8')) as Record<string, unknown>;

describe('a refused file changes nothing', () => {
  const cases: [string, () => Promise<{ text: string; passphrase?: string; scope?: 'all' | 'profile' }>, string][] = [
    ['a wrong passphrase', async () => ({ text: profileFile, passphrase: 'een ander wachtwoord' }), 'wrong-passphrase-or-altered'],
    ['fewer iterations', async () => ({ text: edited(profileFile, (f) => (f.kdf.iterations = 100_000)) }), 'weak-kdf'],
    ['another version', async () => ({ text: edited(profileFile, (f) => (f.version = 2)) }), 'newer-version'],
    ['a version that does not exist', async () => ({ text: edited(profileFile, (f) => (f.version = 0)) }), 'unknown-version'],
    ['another kdf', async () => ({ text: edited(profileFile, (f) => (f.kdf.name = 'scrypt')) }), 'unknown-kdf'],
    ['another cipher', async () => ({ text: edited(profileFile, (f) => (f.cipher.name = 'AES-CBC')) }), 'unknown-cipher'],
    ['a changed ciphertext', async () => ({ text: flipCt(profileFile) }), 'wrong-passphrase-or-altered'],
    ['a changed header', async () => ({ text: edited(profileFile, (f) => (f.kdf.iterations = 600_001)) }), 'wrong-passphrase-or-altered'],
    ['a cut-off file', async () => ({ text: profileFile.slice(0, 200) }), 'not-json'],
    ['a missing field', async () => ({ text: edited(profileFile, (f) => delete f.ct) }), 'damaged'],
    ['a foreign file', async () => ({ text: JSON.stringify({ format: 'ambtelijk-kompas/antwoord', version: 1 }) }), 'not-a-backup'],
    ['a file too large', async () => ({ text: 'x'.repeat(BACKUP_MAX_CHARS + 1) }), 'too-large'],
    ['a backup of everything where a profile file is asked for', async () => ({ text: allFile }), 'expected-profile-file'],
    ['a profile file where a backup of everything is asked for', async () => ({ text: profileFile, scope: 'all' }), 'expected-backup-file'],
    ['content of a newer payload version', async () => ({ text: await sealed({ ...profilePayload([]), payloadVersion: 2 }) }), 'newer-content'],
    [
      'a document of a newer version',
      async () => ({ text: await sealed(profilePayload([{ kind: 'profile', id: null, document: { ...sourceProfileDoc(), schemaVersion: 99 } }])) }),
      'newer-content',
    ],
    [
      'a kind of document this app does not know',
      async () => ({ text: await sealed(profilePayload([{ kind: 'profile', id: null, document: sourceProfileDoc() }, { kind: 'journal', id: null, document: { schemaVersion: 1 } }])) }),
      'newer-content',
    ],
    ['content that is no payload', async () => ({ text: await sealed({ hello: 'world' }) }), 'damaged'],
    [
      'a document of another profile',
      async () => ({ text: await sealed(profilePayload([{ kind: 'profile', id: null, document: { ...sourceProfileDoc(), id: target.profileId } }])) }),
      'damaged',
    ],
    [
      'a profile without its profile document',
      async () => ({ text: await sealed(profilePayload([{ kind: 'plan', id: null, document: { schemaVersion: 1, profileId: source.profileId, reviewEveryMonths: null, routes: [], conversations: [], updatedAt: '2026-01-01T10:00:00.000Z' } }])) }),
      'damaged',
    ],
  ];

  it.each(cases)('%s', async (_, make, reason) => {
    const file = await make();
    const before = folderState(target.dir);
    const code = await refusal(op(target, 'previewBackupFile', { text: file.text, passphrase: file.passphrase ?? PASSPHRASE, scope: file.scope ?? 'profile' }));
    expect(code).toBe(`backup-file-refused:${reason}`);
    expect(folderState(target.dir)).toEqual(before);
  });

  it('an unknown or used preview token, and a passphrase too short to export with', async () => {
    const before = folderState(target.dir);
    expect(await refusal(op(target, 'applyBackup', { token: crypto.randomUUID(), mode: 'replace' }))).toBe('backup-preview-expired');
    expect(await refusal(op(target, 'exportBackup', { passphrase: 'kort' }))).toBe('backup-passphrase-too-short');
    expect(await refusal(op(target, 'undoRestore', {}))).toBe('backup-undo-unavailable');
    const preview = await op<{ token: string }>(target, 'previewBackupFile', { text: profileFile, passphrase: PASSPHRASE, scope: 'profile' });
    await op(target, 'discardBackupPreview', { token: preview.token });
    expect(await refusal(op(target, 'applyBackup', { token: preview.token, mode: 'replace' }))).toBe('backup-preview-expired');
    expect(folderState(target.dir)).toEqual(before);
  });
});

describe('an older document inside a backup', () => {
  it('is upgraded by its migrations, not refused', async () => {
    const draftV1 = {
      schemaVersion: 1,
      profileId: source.profileId,
      updatedAt: '2024-05-01T09:00:00.000Z',
      draft: { answers: { '1.1': 3 }, targets: {}, reflections: {}, step: 2 },
    };
    const text = await sealed(profilePayload([{ kind: 'profile', id: null, document: sourceProfileDoc() }, { kind: 'draft', id: null, document: draftV1 }]));
    const fresh = await openHarness();
    try {
      await restore(fresh, text, 'profile');
      const draft = JSON.parse(readFileSync(join(fresh.dir, 'profiles', source.profileId, 'draft.json'), 'utf8')) as { schemaVersion: number; draft: { questionnaire: unknown } };
      expect(draft.schemaVersion).toBe(2);
      expect(draft.draft.questionnaire).toEqual({ id: 'kompas', version: 1 });
    } finally {
      fresh.cleanup();
    }
  });
});
