/**
 * Profiles in the workspace through the real contract, dispatcher, services and files (no mocks):
 * the first start, the profile operations, the active profile, deleting, an unknown profile.
 * Damaged and too-new documents: profilesStorage.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiResult, AppState, OperationName, ProfileSummary } from '@shared/contract/api';
import type { Assessment } from '@shared/features/assessment/schemas';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { filesMentioning } from './harness';
import {
  byId, filledWorkspace, profileFolders, SCOPED_INPUTS, scopedOperations, snapshot, start, storedSettings, tempDir, UNKNOWN, UUID,
} from './profilesApp';

describe('the first start', () => {
  it('creates exactly one profile and makes it active; a restart keeps it', async () => {
    const dir = tempDir();
    const app = start(dir);
    const state = await app.call<AppState>('getAppState', {});
    expect(state).toEqual({
      language: 'nl',
      activeProfileId: expect.stringMatching(UUID),
      coachMode: false,
      profiles: [{ id: state.activeProfileId, name: '', createdAt: expect.any(String), assessmentCount: 0, latestAssessment: null }],
      storageIssues: [],
    });
    expect(profileFolders(dir)).toEqual([state.activeProfileId]);
    expect(storedSettings(dir)).toEqual({ schemaVersion: 2, language: 'nl', activeProfileId: state.activeProfileId, coachMode: false });
    expect(await app.call('listProfiles', {})).toEqual(state.profiles);

    const again = await start(dir).call<AppState>('getAppState', {});
    expect(again.activeProfileId).toBe(state.activeProfileId);
    expect(again.profiles).toEqual(state.profiles);
    expect(profileFolders(dir)).toEqual([state.activeProfileId]);
  });

  it('creates exactly one profile when several first calls race', async () => {
    const dir = tempDir();
    const app = start(dir);
    const states = await Promise.all([
      app.call<AppState>('getAppState', {}),
      app.call<AppState>('getAppState', {}),
      app.call<ProfileSummary[]>('listProfiles', {}).then(() => app.call<AppState>('getAppState', {})),
      app.call<AppState>('getAppState', {}),
    ]);
    const ids = new Set(states.map((s) => s.activeProfileId));
    expect(ids.size).toBe(1);
    expect(profileFolders(dir)).toEqual([...ids]);
    expect(states.every((s) => s.profiles.length === 1)).toBe(true);
    expect((await start(dir).call<AppState>('getAppState', {})).activeProfileId).toBe(states[0]!.activeProfileId);
  });

  it('creates exactly one profile when the first call is a change of the language', async () => {
    const dir = tempDir();
    const app = start(dir);
    const [state, changed] = await Promise.all([app.call<AppState>('getAppState', {}), app.call<AppState>('setLanguage', { language: 'en' })]);
    expect(changed.activeProfileId).toBe(state.activeProfileId);
    expect(profileFolders(dir)).toEqual([state.activeProfileId]);
    expect(storedSettings(dir)).toEqual({ schemaVersion: 2, language: 'en', activeProfileId: state.activeProfileId, coachMode: false });
  });
});

describe('the profile operations', () => {
  it('create, list and rename profiles; the active one stays until another is chosen', async () => {
    const dir = tempDir();
    const app = start(dir);
    const first = (await app.call<AppState>('getAppState', {})).activeProfileId;
    const b = await app.call<ProfileSummary>('createProfile', { name: '  Coachee B  ' });
    expect(b).toEqual({ id: expect.stringMatching(UUID), name: 'Coachee B', createdAt: expect.any(String), assessmentCount: 0, latestAssessment: null });
    const c = await app.call<ProfileSummary>('createProfile', { name: '' });
    expect(new Set([first, b.id, c.id]).size).toBe(3);
    expect(profileFolders(dir)).toEqual([first, b.id, c.id].sort());
    for (const id of [b.id, c.id]) expect(readdirSync(join(dir, 'profiles', id))).toContain('profile.json');

    const listed = await app.call<ProfileSummary[]>('listProfiles', {});
    expect(listed.map((p) => p.id).sort()).toEqual([first, b.id, c.id].sort());
    expect(listed.find((p) => p.id === b.id)).toEqual(b);
    expect((await app.call<AppState>('getAppState', {})).activeProfileId).toBe(first);

    const renamed = await app.call<ProfileSummary>('renameProfile', { profileId: b.id, name: 'Bram  ' });
    expect(renamed).toEqual({ ...b, name: 'Bram' });
    const restarted = start(dir);
    expect((await restarted.call<ProfileSummary[]>('listProfiles', {})).find((p) => p.id === b.id)?.name).toBe('Bram');
    expect((await restarted.call<AppState>('getAppState', {})).profiles.sort(byId)).toEqual(
      [...listed.filter((p) => p.id !== b.id), renamed].sort(byId),
    );
  });

  it('refuses a name that is too long, changing no file', async () => {
    const dir = tempDir();
    const app = start(dir);
    const { activeProfileId } = await app.call<AppState>('getAppState', {});
    const before = snapshot(dir);
    expect((await app.refused('createProfile', { name: 'x'.repeat(121) })).issues).toEqual([{ path: ['name'], code: 'too-long', params: { max: 120 } }]);
    expect((await app.refused('renameProfile', { profileId: activeProfileId, name: 'x'.repeat(121) })).code).toBe('invalid-input');
    expect(snapshot(dir)).toEqual(before);
    expect(profileFolders(dir)).toEqual([activeProfileId]);
    // At the limit it is accepted.
    expect(await app.call<ProfileSummary>('renameProfile', { profileId: activeProfileId, name: 'x'.repeat(120) })).toMatchObject({ name: 'x'.repeat(120) });
  });

  it('keeps each profile’s data apart, also when both change at once', async () => {
    const dir = tempDir();
    const app = start(dir);
    const a = (await app.call<AppState>('getAppState', {})).activeProfileId;
    const b = (await app.call<ProfileSummary>('createProfile', { name: 'B' })).id;
    const [inA, inB] = await Promise.all([
      app.call<Assessment>('createAssessment', { profileId: a, ...newAssessmentInput('2025-01-01') }),
      app.call<Assessment>('createAssessment', { profileId: b, ...newAssessmentInput('2025-02-01') }),
      app.call('chooseRoute', { profileId: b, route: 'c', why: 'Alleen B', needles: [3] }),
      app.call('setReviewRhythm', { profileId: a, months: 12 }),
    ]);
    await app.call('saveDraft', { profileId: a, draft: { questionnaire: { id: 'kompas', version: 2 }, answers: { '1.1': 2 }, targets: {}, reflections: {}, step: 0 } });
    const restarted = start(dir);
    expect((await restarted.call<Assessment[]>('listAssessments', { profileId: a })).map((x) => x.id)).toEqual([inA!.id]);
    expect((await restarted.call<Assessment[]>('listAssessments', { profileId: b })).map((x) => x.id)).toEqual([inB!.id]);
    expect((await restarted.refused('getAssessment', { profileId: b, id: inA!.id })).code).toBe('assessment-not-found');
    expect(await restarted.call('getPlan', { profileId: a })).toMatchObject({ reviewEveryMonths: 12, routes: [] });
    expect(await restarted.call('getPlan', { profileId: b })).toMatchObject({ reviewEveryMonths: 3, routes: [{ route: 'c' }] });
    expect(await restarted.call('getDraft', { profileId: b })).toBeNull();
    expect(await restarted.call('getDraft', { profileId: a })).toMatchObject({ draft: { questionnaire: { id: 'kompas', version: 2 }, answers: { '1.1': 2 } } });
    const summaries = (await restarted.call<ProfileSummary[]>('listProfiles', {})).sort(byId);
    expect(summaries.map((p) => [p.id, p.assessmentCount, p.latestAssessment])).toEqual(
      [
        [a, 1, '2025-01-01'],
        [b, 1, '2025-02-01'],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  });

  it('setActiveProfile switches the active profile, kept across a restart; an unknown one is refused', async () => {
    const dir = tempDir();
    const app = start(dir);
    const a = (await app.call<AppState>('getAppState', {})).activeProfileId;
    const b = (await app.call<ProfileSummary>('createProfile', { name: 'B' })).id;
    const state = await app.call<AppState>('setActiveProfile', { profileId: b });
    expect(state.activeProfileId).toBe(b);
    expect(storedSettings(dir)).toEqual({ schemaVersion: 2, language: 'nl', activeProfileId: b, coachMode: true });
    expect((await start(dir).call<AppState>('getAppState', {})).activeProfileId).toBe(b);

    const before = snapshot(dir);
    expect(await app.refused('setActiveProfile', { profileId: UNKNOWN })).toEqual({ code: 'profile-not-found', params: {} });
    expect(snapshot(dir)).toEqual(before);
    expect((await app.call<AppState>('setActiveProfile', { profileId: a })).activeProfileId).toBe(a);
  });

  it('a change of the language and of the active profile at the same time: both are kept', async () => {
    const dir = tempDir();
    const app = start(dir);
    await app.call<AppState>('getAppState', {});
    const b = (await app.call<ProfileSummary>('createProfile', { name: 'B' })).id;
    await Promise.all([app.call('setActiveProfile', { profileId: b }), app.call('setLanguage', { language: 'en' })]);
    expect(storedSettings(dir)).toEqual({ schemaVersion: 2, language: 'en', activeProfileId: b, coachMode: true });
    const state = await start(dir).call<AppState>('getAppState', {});
    expect([state.language, state.activeProfileId]).toEqual(['en', b]);
  });
});

describe('deleting a profile', () => {
  it('of another profile: its folder goes, the active one stays', async () => {
    const dir = tempDir();
    const app = start(dir);
    const a = (await app.call<AppState>('getAppState', {})).activeProfileId;
    const b = (await app.call<ProfileSummary>('createProfile', { name: 'B' })).id;
    await app.call('createAssessment', { profileId: b, ...newAssessmentInput('2025-01-01') });
    expect(await app.call('deleteProfile', { profileId: b })).toEqual({ ok: true });
    expect(profileFolders(dir)).toEqual([a]);
    expect(filesMentioning(dir, b)).toEqual([]);
    const state = await app.call<AppState>('getAppState', {});
    expect(state.activeProfileId).toBe(a);
    expect(state.profiles.map((p) => p.id)).toEqual([a]);
    expect(await app.refused('deleteProfile', { profileId: b })).toEqual({ code: 'profile-not-found', params: {} });
    expect(await app.refused('listAssessments', { profileId: b })).toEqual({ code: 'profile-not-found', params: {} });
    expect(profileFolders(dir)).toEqual([a]);
  });

  it('of the active profile: another existing one becomes active, no new one is made', async () => {
    const dir = tempDir();
    const app = start(dir);
    const a = (await app.call<AppState>('getAppState', {})).activeProfileId;
    const b = (await app.call<ProfileSummary>('createProfile', { name: 'B' })).id;
    const c = (await app.call<ProfileSummary>('createProfile', { name: 'C' })).id;
    await app.call('createAssessment', { profileId: c, ...newAssessmentInput('2025-03-01') });
    await app.call('setActiveProfile', { profileId: c });
    await app.call('deleteProfile', { profileId: c });

    const state = await app.call<AppState>('getAppState', {});
    expect([a, b]).toContain(state.activeProfileId);
    expect(state.profiles.map((p) => p.id).sort()).toEqual([a, b].sort());
    expect(profileFolders(dir)).toEqual([a, b].sort());
    expect(filesMentioning(dir, c)).toEqual([]);
    expect(storedSettings(dir)).toEqual({ schemaVersion: 2, language: 'nl', activeProfileId: state.activeProfileId, coachMode: true });
    expect((await start(dir).call<AppState>('getAppState', {})).activeProfileId).toBe(state.activeProfileId);
    expect(profileFolders(dir)).toEqual([a, b].sort());
  });

  it('of the last profile: a new empty one becomes active', async () => {
    const dir = tempDir();
    const app = start(dir);
    const a = (await app.call<AppState>('getAppState', {})).activeProfileId;
    await app.call('createAssessment', { profileId: a, ...newAssessmentInput('2025-03-01') });
    await app.call('deleteProfile', { profileId: a });
    expect(filesMentioning(dir, a)).toEqual([]);

    const state = await app.call<AppState>('getAppState', {});
    expect(state.activeProfileId).not.toBe(a);
    expect(state.profiles).toEqual([expect.objectContaining({ id: state.activeProfileId, assessmentCount: 0 })]);
    expect(profileFolders(dir)).toEqual([state.activeProfileId]);
    expect(await app.call('listAssessments', { profileId: state.activeProfileId })).toEqual([]);
    expect((await start(dir).call<AppState>('getAppState', {})).activeProfileId).toBe(state.activeProfileId);
  });
});

describe('an unknown profile', () => {
  it('the list of inputs covers every operation that names a profile', () => {
    const scoped = scopedOperations();
    expect(scoped.length).toBeGreaterThan(25);
    expect(Object.keys(SCOPED_INPUTS).sort()).toEqual([...scoped].sort());
  });

  it.each(Object.keys(SCOPED_INPUTS))('%s: profile-not-found, and no folder or file is made or changed', async (name) => {
    const dir = tempDir();
    const { app } = await filledWorkspace(dir);
    const before = snapshot(dir);
    const result: ApiResult<unknown> = await app.dispatch(name, { profileId: UNKNOWN, ...SCOPED_INPUTS[name as OperationName] });
    expect(result).toEqual({ ok: false, error: { code: 'profile-not-found', params: {} } });
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'profiles', UNKNOWN))).toBe(false);
    expect(app.logged).toEqual([]);
  });

  it.each(Object.keys(SCOPED_INPUTS))('%s on a deleted profile: profile-not-found, and nothing comes back', async (name) => {
    const dir = tempDir();
    const { app, profileId } = await filledWorkspace(dir);
    const other = (await app.call<ProfileSummary>('createProfile', { name: 'B' })).id;
    await app.call('deleteProfile', { profileId: other });
    const before = snapshot(dir);
    const result = await app.dispatch(name, { profileId: other, ...SCOPED_INPUTS[name as OperationName] });
    expect(result).toEqual({ ok: false, error: { code: 'profile-not-found', params: {} } });
    expect(snapshot(dir)).toEqual(before);
    expect(profileFolders(dir)).toEqual([profileId]);
  });
});
