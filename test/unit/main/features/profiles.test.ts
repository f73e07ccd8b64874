/**
 * Profiles in the workspace through the real contract, dispatcher, services and files (no mocks):
 * the first start, the profile operations, the active profile, and what a damaged or too-new
 * document may never do — orphan the profile, or show an empty one without notice.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, OPERATION_NAMES, type ApiErrorPayload, type ApiResult, type AppState, type OperationName, type ProfileSummary } from '@shared/contract/api';
import type { Assessment } from '@shared/features/assessment/schemas';
import { planContract } from '@shared/features/plan/contract';
import type { StorageIssue } from '@shared/contract/storageIssue';
import { confStoreFactory } from '@main/platform/confStore';
import { openServices } from '@main/services';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { filesMentioning } from './harness';
import { folderHashes } from '../../../fixtures/folders';

const START = Date.parse('2025-06-15T12:00:00.000Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UNKNOWN = '3b241101-e2bb-4255-8caf-4136c566a962';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-profiles-'));
  dirs.push(dir);
  return dir;
}

interface App {
  readonly dispatch: Dispatch;
  readonly logged: string[];
  call<T>(name: string, input: unknown): Promise<T>;
  refused(name: string, input: unknown): Promise<ApiErrorPayload>;
}

/** A start of the app's services on `dir` (a second one on the same folder is a restart). The clock ticks 1 s per reading. */
function start(dir: string): App {
  let tick = 0;
  const now = () => new Date(START + 1000 * tick++);
  const logged: string[] = [];
  const { handlers } = openServices({ dataDir: dir, openStore: confStoreFactory, now, respondFormPath: join(dir, 'no-form.html') });
  const dispatch = createDispatcher(handlers, (message) => logged.push(message));
  return {
    dispatch,
    logged,
    call: async <T>(name: string, input: unknown) => {
      const result = await dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    refused: async (name, input) => {
      const result = await dispatch(name, input);
      if (result.ok) throw new Error(`${name} was accepted: ${JSON.stringify(result.value)}`);
      return result.error;
    },
  };
}

const snapshot = folderHashes;

function profileFolders(dir: string): string[] {
  const folder = join(dir, 'profiles');
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

function storedSettings(dir: string): unknown {
  return JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('the first start', () => {
  it('creates exactly one profile and makes it active; a restart keeps it', async () => {
    const dir = tempDir();
    const app = start(dir);
    const state = await app.call<AppState>('getAppState', {});
    expect(state).toEqual({
      language: 'nl',
      activeProfileId: expect.stringMatching(UUID),
      profiles: [{ id: state.activeProfileId, name: '', createdAt: expect.any(String), assessmentCount: 0, latestAssessment: null }],
      storageIssues: [],
    });
    expect(profileFolders(dir)).toEqual([state.activeProfileId]);
    expect(storedSettings(dir)).toEqual({ schemaVersion: 1, language: 'nl', activeProfileId: state.activeProfileId });
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
    expect(storedSettings(dir)).toEqual({ schemaVersion: 1, language: 'en', activeProfileId: state.activeProfileId });
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
    await app.call('saveDraft', { profileId: a, draft: { answers: { '1.1': 2 }, targets: {}, reflections: {}, step: 0 } });
    const restarted = start(dir);
    expect((await restarted.call<Assessment[]>('listAssessments', { profileId: a })).map((x) => x.id)).toEqual([inA!.id]);
    expect((await restarted.call<Assessment[]>('listAssessments', { profileId: b })).map((x) => x.id)).toEqual([inB!.id]);
    expect((await restarted.refused('getAssessment', { profileId: b, id: inA!.id })).code).toBe('assessment-not-found');
    expect(await restarted.call('getPlan', { profileId: a })).toMatchObject({ reviewEveryMonths: 12, routes: [] });
    expect(await restarted.call('getPlan', { profileId: b })).toMatchObject({ reviewEveryMonths: 3, routes: [{ route: 'c' }] });
    expect(await restarted.call('getDraft', { profileId: b })).toBeNull();
    expect(await restarted.call('getDraft', { profileId: a })).toMatchObject({ draft: { answers: { '1.1': 2 } } });
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
    expect(storedSettings(dir)).toEqual({ schemaVersion: 1, language: 'nl', activeProfileId: b });
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
    expect(storedSettings(dir)).toEqual({ schemaVersion: 1, language: 'en', activeProfileId: b });
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
    expect(storedSettings(dir)).toEqual({ schemaVersion: 1, language: 'nl', activeProfileId: state.activeProfileId });
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

/** A valid input (apart from the profile) for every operation that names a profile. */
const SCOPED_INPUTS: Partial<Record<OperationName, Record<string, unknown>>> = {
  setActiveProfile: {},
  renameProfile: { name: 'X' },
  deleteProfile: {},
  listAssessments: {},
  getAssessment: { id: UNKNOWN },
  getDraft: {},
  saveDraft: { draft: { answers: {}, targets: {}, reflections: {}, step: 0 } },
  discardDraft: {},
  createAssessment: { ...newAssessmentInput('2025-01-01') },
  deleteAssessment: { id: UNKNOWN },
  listRounds: {},
  createRound: { name: 'X', leader: '', groups: ['collega'], closesOn: null, managerNonAnonymous: false, language: 'nl' },
  getRound: { id: UNKNOWN },
  getInvitation: { id: UNKNOWN, group: 'collega' },
  importResponses: { files: [{ name: 'a.json', size: 2, content: '{}' }] },
  closeRound: { id: UNKNOWN },
  getReport: { id: UNKNOWN },
  deleteRawResponses: { id: UNKNOWN },
  getPlan: {},
  chooseRoute: { route: 'a', why: '', needles: [1] },
  updateRoute: { route: 'a', why: '', needles: [1] },
  setRouteStatus: { route: 'a', status: 'onderweg' },
  removeRoute: { route: 'a' },
  addAction: { route: 'a', what: 'Iets', due: null, companions: [] },
  updateAction: { route: 'a', id: UNKNOWN, what: 'Iets', due: null, companions: [], done: true },
  removeAction: { route: 'a', id: UNKNOWN },
  addRouteReflection: { route: 'a', date: '2025-01-01', text: 'Iets' },
  addConversation: { date: '2025-01-01', with: 'Anna', learned: 'Iets', route: null },
  removeConversation: { id: UNKNOWN },
  setReviewRhythm: { months: 6 },
  getReminders: {},
  getHistory: {},
};

/** The operations whose input names a profile, read from the contract. */
function scopedOperations(): OperationName[] {
  return OPERATION_NAMES.filter((name) => {
    const input = api[name].input as unknown as { shape?: Record<string, unknown> };
    return input.shape !== undefined && 'profileId' in input.shape;
  });
}

/** A workspace with one profile that has a meetmoment, a draft, a plan and a round. */
async function filledWorkspace(dir: string): Promise<{ app: App; profileId: string }> {
  const app = start(dir);
  const profileId = (await app.call<AppState>('getAppState', {})).activeProfileId;
  await app.call('createAssessment', { profileId, ...newAssessmentInput('2025-01-01') });
  await app.call('saveDraft', { profileId, draft: { answers: { '1.1': 3 }, targets: {}, reflections: {}, step: 1 } });
  await app.call('chooseRoute', { profileId, route: 'a', why: 'Waarom', needles: [1] });
  await app.call('createRound', { profileId, name: 'R', leader: '', groups: ['collega'], closesOn: null, managerNonAnonymous: false, language: 'nl' });
  return { app, profileId };
}

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
    expect(storedSettings(dir)).toEqual({ schemaVersion: 1, language: 'nl', activeProfileId });
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

/** Makes a stored document look as if a newer app version wrote it; returns its bytes. */
function makeNewer(path: string): Buffer {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...doc, schemaVersion: 99, aNewField: { from: 'the future' } }, null, '\t'));
  return readFileSync(path);
}

const NEWER_PLAN = { code: 'storage-newer-version', params: { document: 'plan' } };

/** Every operation that reads or changes the plan, with a valid input. */
const PLAN_OPERATIONS: Array<[OperationName, Record<string, unknown>]> = [
  ['getPlan', {}],
  ['getReminders', {}],
  ['chooseRoute', { route: 'b', why: '', needles: [2] }],
  ['updateRoute', { route: 'a', why: 'Anders', needles: [1] }],
  ['setRouteStatus', { route: 'a', status: 'onderweg' }],
  ['setRouteStatus', { route: 'a', status: 'gepland' }],
  ['removeRoute', { route: 'a' }],
  ['addAction', { route: 'a', what: 'Iets', due: null, companions: [] }],
  ['updateAction', { route: 'a', id: UNKNOWN, what: 'Iets', due: null, companions: [], done: true }],
  ['removeAction', { route: 'a', id: UNKNOWN }],
  ['addRouteReflection', { route: 'a', date: '2025-01-01', text: 'Iets' }],
  ['addConversation', { date: '2025-01-01', with: 'Anna', learned: 'Iets', route: null }],
  ['removeConversation', { id: UNKNOWN }],
  ['setReviewRhythm', { months: 6 }],
  ['setReviewRhythm', { months: 3 }],
];

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
