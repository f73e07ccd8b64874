/**
 * Profiles when storage goes wrong: a damaged settings file never orphans a profile, and a document
 * from a newer app version is read-only with a notice. Real services, real files.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planContract } from '@shared/features/plan/contract';
import type { AppState, OperationName, ProfileSummary } from '@shared/contract/api';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { StorageIssue } from '@shared/contract/storageIssue';
import { newAssessmentInput } from '../../../fixtures/assessment';
import {
  makeNewer, NEWER_PLAN, PLAN_OPERATIONS, profileFolders, SCOPED_INPUTS, snapshot, start, storedSettings, tempDir, UUID,
} from './profilesApp';

describe('a damaged settings.json without a backup', () => {
  const damages: Array<[string, string]> = [
    ['not JSON', '{"schemaVersion":1,"language":"nl","activeProf'],
    ['empty (a cut-off write)', ''],
    ['JSON of the wrong shape', '{"schemaVersion":1,"language":"de","activeProfileId":null}'],
    ['not an object', '[1,2,3]'],
  ];

  it.each(damages)('%s: the existing profile with its meetmomenten stays the active one, and the damage is reported', async (_label, text) => {
    const dir = tempDir();
    const app = start(dir);
    const { activeProfileId } = await app.call<AppState>('getAppState', {});
    await app.call('setLanguage', { language: 'en' });
    const made = [
      await app.call<Assessment>('createAssessment', { profileId: activeProfileId, ...newAssessmentInput('2025-01-01') }),
      await app.call<Assessment>('createAssessment', { profileId: activeProfileId, ...newAssessmentInput('2025-02-01') }),
    ];
    writeFileSync(join(dir, 'settings.json'), text);
    rmSync(join(dir, 'backups', 'settings'), { recursive: true, force: true });

    const restarted = start(dir);
    const state = await restarted.call<AppState>('getAppState', {});
    expect(state.activeProfileId).toBe(activeProfileId);
    expect(state.profiles).toEqual([expect.objectContaining({ id: activeProfileId, assessmentCount: 2, latestAssessment: '2025-02-01' })]);
    expect(profileFolders(dir)).toEqual([activeProfileId]);
    expect(state.storageIssues).toEqual([
      {
        id: expect.stringMatching(UUID),
        kind: 'corrupt',
        document: 'settings',
        file: 'settings.json',
        movedTo: expect.stringMatching(/^settings\.beschadigd-.*\.json$/),
        restoredFrom: null,
        at: expect.any(String),
      },
    ]);
    // The damaged file is kept aside, not overwritten; the settings name the profile again.
    expect(readFileSync(join(dir, state.storageIssues[0]!.movedTo!), 'utf8')).toBe(text);
    expect(storedSettings(dir)).toEqual({ schemaVersion: 2, language: 'nl', activeProfileId, coachMode: false });
    const listed = await restarted.call<Assessment[]>('listAssessments', { profileId: activeProfileId });
    expect(listed.map((a) => a.id).sort()).toEqual(made.map((a) => a.id).sort());
    // The next start finds everything in order, and reports nothing new.
    const third = await start(dir).call<AppState>('getAppState', {});
    expect([third.activeProfileId, third.storageIssues]).toEqual([activeProfileId, []]);
  });

  it('a missing settings.json: the existing profile stays the active one, nothing to report', async () => {
    const dir = tempDir();
    const app = start(dir);
    const { activeProfileId } = await app.call<AppState>('getAppState', {});
    await app.call('createAssessment', { profileId: activeProfileId, ...newAssessmentInput('2025-01-01') });
    rmSync(join(dir, 'settings.json'));
    rmSync(join(dir, 'backups'), { recursive: true, force: true });
    const state = await start(dir).call<AppState>('getAppState', {});
    expect(state).toMatchObject({ activeProfileId, storageIssues: [], profiles: [{ id: activeProfileId, assessmentCount: 1 }] });
    expect(profileFolders(dir)).toEqual([activeProfileId]);
  });

  it('with a backup: the backup is put back, language and active profile included', async () => {
    const dir = tempDir();
    const app = start(dir);
    await app.call<AppState>('getAppState', {});
    const b = (await app.call<ProfileSummary>('createProfile', { name: 'B' })).id;
    await app.call('setLanguage', { language: 'en' });
    await app.call('setActiveProfile', { profileId: b });
    writeFileSync(join(dir, 'settings.json'), '{"schema');
    const state = await start(dir).call<AppState>('getAppState', {});
    expect([state.language, state.activeProfileId]).toEqual(['en', b]);
    expect(state.storageIssues).toEqual([expect.objectContaining({ kind: 'corrupt', document: 'settings', restoredFrom: expect.any(String) })]);
  });
});

describe('a plan.json written by a newer app version', () => {
  it('the list covers every operation of the plan’s contract', () => {
    expect([...new Set(PLAN_OPERATIONS.map(([name]) => name))].sort()).toEqual(Object.keys(planContract).sort());
  });

  it('is read-only with a notice: every plan operation is refused, the file stays byte-identical, the app state lists it', async () => {
    const dir = tempDir();
    const app = start(dir);
    const { activeProfileId: profileId } = await app.call<AppState>('getAppState', {});
    await app.call('chooseRoute', { profileId, route: 'a', why: 'Waarom', needles: [1] });
    const planPath = join(dir, 'profiles', profileId, 'plan.json');
    const bytes = makeNewer(planPath);

    const restarted = start(dir);
    // The first thing the UI asks already tells the user, before the plan is opened.
    const state = await restarted.call<AppState>('getAppState', {});
    expect(state.activeProfileId).toBe(profileId);
    expect(state.storageIssues).toEqual([
      {
        id: expect.stringMatching(UUID),
        kind: 'newer-version',
        document: 'plan',
        file: 'plan.json',
        movedTo: null,
        restoredFrom: null,
        at: expect.any(String),
        profileId,
      } satisfies Record<keyof StorageIssue, unknown>,
    ]);
    const before = snapshot(dir);
    for (const [name, input] of PLAN_OPERATIONS) {
      expect(await restarted.dispatch(name, { profileId, ...input }), name).toEqual({ ok: false, error: NEWER_PLAN });
    }
    expect(readFileSync(planPath).equals(bytes)).toBe(true);
    expect(snapshot(dir)).toEqual(before);
    // The rest of the profile works as before.
    await restarted.call('createAssessment', { profileId, ...newAssessmentInput('2025-01-01') });
    expect(await restarted.call<Assessment[]>('listAssessments', { profileId })).toHaveLength(1);
    // Reported once, and again after the next start; still never shown as an empty plan.
    expect((await restarted.call<AppState>('getAppState', {})).storageIssues).toHaveLength(1);
    const third = start(dir);
    expect((await third.call<AppState>('getAppState', {})).storageIssues).toEqual([expect.objectContaining({ kind: 'newer-version', document: 'plan' })]);
    expect(await third.refused('getPlan', { profileId })).toEqual(NEWER_PLAN);
    expect(readFileSync(planPath).equals(bytes)).toBe(true);
    expect(restarted.logged).toEqual([]);
  });
});

describe('a profile.json written by a newer app version', () => {
  it('is read-only with a notice: not replaced by a new profile, its operations refused, the file byte-identical', async () => {
    const dir = tempDir();
    const app = start(dir);
    const { activeProfileId: profileId } = await app.call<AppState>('getAppState', {});
    await app.call('createAssessment', { profileId, ...newAssessmentInput('2025-01-01') });
    const profilePath = join(dir, 'profiles', profileId, 'profile.json');
    const bytes = makeNewer(profilePath);

    const restarted = start(dir);
    const state = await restarted.call<AppState>('getAppState', {});
    expect(state.activeProfileId).toBe(profileId);
    expect(profileFolders(dir)).toEqual([profileId]);
    expect(state.storageIssues).toEqual([
      expect.objectContaining({ kind: 'newer-version', document: 'profile', file: 'profile.json', movedTo: null, restoredFrom: null }),
    ]);
    const before = snapshot(dir);
    const newerProfile = { code: 'storage-newer-version', params: { document: 'profile' } };
    for (const name of Object.keys(SCOPED_INPUTS) as OperationName[]) {
      if (name === 'setActiveProfile') continue;
      expect(await restarted.dispatch(name, { profileId, ...SCOPED_INPUTS[name] }), name).toEqual({ ok: false, error: newerProfile });
    }
    expect(readFileSync(profilePath).equals(bytes)).toBe(true);
    expect(snapshot(dir)).toEqual(before);
    expect((await start(dir).call<AppState>('getAppState', {})).activeProfileId).toBe(profileId);
    expect(profileFolders(dir)).toEqual([profileId]);
    expect(readFileSync(profilePath).equals(bytes)).toBe(true);
  });
});

describe('a settings.json written by a newer app version', () => {
  it('the app still starts on the existing profile, says so, and changes no setting', async () => {
    const dir = tempDir();
    const app = start(dir);
    const { activeProfileId: profileId } = await app.call<AppState>('getAppState', {});
    await app.call('createAssessment', { profileId, ...newAssessmentInput('2025-01-01') });
    const settingsPath = join(dir, 'settings.json');
    const bytes = makeNewer(settingsPath);

    const restarted = start(dir);
    const state = await restarted.call<AppState>('getAppState', {});
    expect(state.activeProfileId).toBe(profileId);
    expect(state.language).toBe('nl');
    expect(state.storageIssues).toEqual([expect.objectContaining({ kind: 'newer-version', document: 'settings', file: 'settings.json' })]);
    const before = snapshot(dir);
    const newerSettings = { ok: false, error: { code: 'storage-newer-version', params: { document: 'settings' } } };
    expect(await restarted.dispatch('setLanguage', { language: 'en' })).toEqual(newerSettings);
    expect(await restarted.dispatch('setActiveProfile', { profileId })).toEqual(newerSettings);
    // The data itself works as before.
    expect(await restarted.call<Assessment[]>('listAssessments', { profileId })).toHaveLength(1);
    expect(readFileSync(settingsPath).equals(bytes)).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });
});
