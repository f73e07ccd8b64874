import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import type { ApiResult, AppState, SavedDraft } from '@shared/contract/api';
import type { Assessment, DraftContent } from '@shared/features/assessment/schemas';
import { completeAnswers, newAssessmentInput } from '../../fixtures/assessment';
import { folderHashes } from '../../fixtures/folders';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-services-'));
  dirs.push(dir);
  return dir;
}

/** The app as the transports see it: real services on real files, behind the contract's dispatcher. */
function app(dataDir: string, now = () => NOW): { dispatch: Dispatch; logged: string[] } {
  const logged: string[] = [];
  const dispatch = createDispatcher(createServices({ dataDir, openStore: confStoreFactory, now }), (message) => logged.push(message));
  return { dispatch, logged };
}

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/**
 * The app as the renderer uses it: the active profile read from the app state once, and passed
 * with every data operation.
 */
async function scoped(dataDir: string, now = () => NOW): Promise<{ call: Dispatch; dispatch: Dispatch; logged: string[]; profileId: string }> {
  const { dispatch, logged } = app(dataDir, now);
  const profileId = (await value<AppState>(dispatch('getAppState', {}))).activeProfileId;
  const call: Dispatch = (name, input) => dispatch(name, { profileId, ...(input as Record<string, unknown>) });
  return { call, dispatch, logged, profileId };
}

const snapshot = folderHashes;

/** The profile folders in the workspace. */
function profileFolders(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'profiles'));
}

const DRAFT: DraftContent = { questionnaire: { id: 'kompas', version: 2 }, answers: { '1.1': 4, '1.2': null }, targets: { '2': 5 }, reflections: { I: 'half af' }, step: 1 };

describe('getAppState', () => {
  it('creates one profile on first use and keeps it, also after a restart of the services', async () => {
    const dataDir = tempDir();
    const first = app(dataDir);
    const state = await value<AppState>(first.dispatch('getAppState', {}));
    expect(state).toEqual({
      language: 'nl',
      activeProfileId: expect.stringMatching(UUID),
      coachMode: false,
      profiles: [{ id: state.activeProfileId, name: '', createdAt: NOW.toISOString(), assessmentCount: 0, latestAssessment: null }],
      storageIssues: [],
    });
    expect(await value<AppState>(first.dispatch('getAppState', undefined))).toEqual(state);
    expect(profileFolders(dataDir)).toEqual([state.activeProfileId]);
    expect(readdirSync(join(dataDir, 'profiles', state.activeProfileId))).toContain('profile.json');

    const restarted = app(dataDir);
    expect((await value<AppState>(restarted.dispatch('getAppState', {}))).activeProfileId).toBe(state.activeProfileId);
    expect(profileFolders(dataDir)).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      schemaVersion: 2,
      language: 'nl',
      activeProfileId: state.activeProfileId,
      coachMode: false,
    });
  });

  it('counts the meetmomenten of the profile and names the latest', async () => {
    const dataDir = tempDir();
    const { call, dispatch } = await scoped(dataDir);
    await value(call('createAssessment', newAssessmentInput('2025-03-01')));
    await value(call('createAssessment', newAssessmentInput('2025-05-20')));
    await value(call('createAssessment', newAssessmentInput('2025-01-02')));
    const state = await value<AppState>(dispatch('getAppState', {}));
    expect(state.profiles).toEqual([expect.objectContaining({ assessmentCount: 3, latestAssessment: '2025-05-20' })]);
  });
});

describe('setLanguage', () => {
  it('persists the language', async () => {
    const dataDir = tempDir();
    expect((await value<AppState>(app(dataDir).dispatch('setLanguage', { language: 'en' }))).language).toBe('en');
    expect((await value<AppState>(app(dataDir).dispatch('getAppState', {}))).language).toBe('en');
    await value(app(dataDir).dispatch('setLanguage', { language: 'nl' }));
    expect((await value<AppState>(app(dataDir).dispatch('getAppState', {}))).language).toBe('nl');
  });
});

describe('drafts', () => {
  it('saveDraft / getDraft round trip, across a restart; discardDraft removes it', async () => {
    const dataDir = tempDir();
    const { call } = await scoped(dataDir);
    expect(await value(call('getDraft', {}))).toBeNull();
    expect(await value(call('saveDraft', { draft: DRAFT }))).toEqual({ updatedAt: NOW.toISOString() });
    expect(await value(call('getDraft', {}))).toEqual({ updatedAt: NOW.toISOString(), draft: DRAFT });
    expect(await value<SavedDraft>((await scoped(dataDir)).call('getDraft', {}))).toEqual({ updatedAt: NOW.toISOString(), draft: DRAFT });

    expect(await value(call('discardDraft', {}))).toEqual({ ok: true });
    expect(await value((await scoped(dataDir)).call('getDraft', {}))).toBeNull();
  });
});

describe('createAssessment', () => {
  it('stores a dated meetmoment, clears the draft, and lists newest first', async () => {
    const dataDir = tempDir();
    const { call } = await scoped(dataDir);
    await value(call('saveDraft', { draft: DRAFT }));
    const input = { ...newAssessmentInput('2025-06-01'), reflections: { I: '  Meer richting.  ', II: '   ' } };
    const created = await value<Assessment>(call('createAssessment', input));
    expect(created).toEqual({
      id: expect.stringMatching(UUID),
      date: '2025-06-01',
      createdAt: NOW.toISOString(),
      questionnaire: { id: 'kompas', version: 2 },
      answers: completeAnswers(),
      targets: input.targets,
      reflections: { I: 'Meer richting.' },
    });
    expect(await value(call('getDraft', {}))).toBeNull();

    const older = await value<Assessment>(call('createAssessment', newAssessmentInput('2024-12-31')));
    const newest = await value<Assessment>(call('createAssessment', newAssessmentInput('2025-06-15')));
    const restarted = await scoped(dataDir);
    const listed = await value<Assessment[]>(restarted.call('listAssessments', {}));
    expect(listed.map((a) => a.id)).toEqual([newest.id, created.id, older.id]);
    expect(await value(restarted.call('getAssessment', { id: created.id }))).toEqual(created);
  });

  it('refuses a date in the future with its code and stores nothing', async () => {
    const dataDir = tempDir();
    const { call } = await scoped(dataDir);
    const before = snapshot(dataDir);
    const result = await call('createAssessment', newAssessmentInput('2025-06-17'));
    expect(result).toEqual({
      ok: false,
      error: { code: 'assessment-date-in-future', params: {} },
    });
    expect(snapshot(dataDir)).toEqual(before);
  });
});

describe('deleteAssessment', () => {
  it('removes exactly that meetmoment', async () => {
    const dataDir = tempDir();
    const { call } = await scoped(dataDir);
    const a = await value<Assessment>(call('createAssessment', newAssessmentInput('2025-01-01')));
    const b = await value<Assessment>(call('createAssessment', newAssessmentInput('2025-02-01')));
    expect(await value(call('deleteAssessment', { id: a.id }))).toEqual({ ok: true });
    const restarted = await scoped(dataDir);
    expect(await value(restarted.call('listAssessments', {}))).toEqual([b]);
    expect(await restarted.call('getAssessment', { id: a.id })).toMatchObject({ ok: false, error: { code: 'assessment-not-found' } });
  });
});

describe('bad input changes nothing stored', () => {
  const complete = () => newAssessmentInput('2025-05-01') as unknown as Record<string, unknown> & { answers: Record<string, unknown> };
  const withAnswers = (change: (answers: Record<string, unknown>) => void) => {
    const input = complete();
    change(input.answers);
    return input;
  };
  const UNKNOWN_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

  /**
   * The input is built for the profile at hand (`p`), so the operation is refused for the problem
   * named, not for a missing profile; `path` is the field an invalid input's first problem names.
   */
  type Case = [
    label: string,
    operation: string,
    input: (p: string) => unknown,
    code: 'invalid-input' | 'assessment-not-found',
    path?: string[],
  ];
  const cases: Case[] = [
    ['an answer of 6', 'createAssessment', (p) => ({ profileId: p, ...withAnswers((a) => (a['3.1'] = 6)) }), 'invalid-input', ['answers', '3.1']],
    ['an answer of 0', 'createAssessment', (p) => ({ profileId: p, ...withAnswers((a) => (a['3.1'] = 0)) }), 'invalid-input', ['answers', '3.1']],
    ['an answer of 2.5', 'createAssessment', (p) => ({ profileId: p, ...withAnswers((a) => (a['3.1'] = 2.5)) }), 'invalid-input', ['answers', '3.1']],
    ['missing items', 'createAssessment', (p) => ({ profileId: p, ...withAnswers((a) => delete a['10.2']) }), 'invalid-input', ['answers', '10.2']],
    ['no answers at all', 'createAssessment', (p) => ({ profileId: p, ...complete(), answers: {} }), 'invalid-input', ['answers', '1.1']],
    ['answers as strings', 'createAssessment', (p) => ({ profileId: p, ...withAnswers((a) => (a['1.1'] = '5')) }), 'invalid-input', ['answers', '1.1']],
    ['an unknown item', 'createAssessment', (p) => ({ profileId: p, ...withAnswers((a) => (a['11.1'] = 3)) }), 'invalid-input', ['answers']],
    ['an extra field', 'createAssessment', (p) => ({ profileId: p, ...complete(), id: UNKNOWN_ID }), 'invalid-input', []],
    [
      'a prototype key',
      'createAssessment',
      (p) => JSON.parse(`{"__proto__":{"x":1},${JSON.stringify({ profileId: p, ...complete() }).slice(1)}`),
      'invalid-input',
      [],
    ],
    ['null input', 'createAssessment', () => null, 'invalid-input'],
    ['an array', 'createAssessment', (p) => [{ profileId: p, ...complete() }], 'invalid-input'],
    ['a number', 'createAssessment', () => 42, 'invalid-input'],
    ['a huge date string', 'createAssessment', (p) => ({ profileId: p, ...complete(), date: '2'.repeat(1_000_000) }), 'invalid-input', ['date']],
    ['a huge reflection', 'createAssessment', (p) => ({ profileId: p, ...complete(), reflections: { I: 'x'.repeat(200_000) } }), 'invalid-input', ['reflections', 'I']],
    ['an impossible date', 'createAssessment', (p) => ({ profileId: p, ...complete(), date: '2025-02-30' }), 'invalid-input', ['date']],
    ['a target of 6', 'createAssessment', (p) => ({ profileId: p, ...complete(), targets: { '1': 6 } }), 'invalid-input', ['targets', '1']],
    ['no profile named', 'createAssessment', () => complete(), 'invalid-input', ['profileId']],
    ['a bad profile id', 'createAssessment', () => ({ profileId: 'abc', ...complete() }), 'invalid-input', ['profileId']],
    ['a draft with an unknown item', 'saveDraft', (p) => ({ profileId: p, draft: { ...DRAFT, answers: { '11.1': 3 } } }), 'invalid-input', ['draft', 'answers']],
    ['a draft with step 21', 'saveDraft', (p) => ({ profileId: p, draft: { ...DRAFT, step: 21 } }), 'invalid-input', ['draft', 'step']],
    ['a draft without step', 'saveDraft', (p) => ({ profileId: p, draft: { questionnaire: { id: 'kompas', version: 2 }, answers: {}, targets: {}, reflections: {} } }), 'invalid-input', ['draft', 'step']],
    ['a draft as a string', 'saveDraft', (p) => ({ profileId: p, draft: 'alles' }), 'invalid-input', ['draft']],
    ['a draft without its wrapper', 'saveDraft', (p) => ({ profileId: p, ...DRAFT }), 'invalid-input', ['draft']],
    ['language de', 'setLanguage', () => ({ language: 'de' }), 'invalid-input', ['language']],
    ['language missing', 'setLanguage', () => ({}), 'invalid-input', ['language']],
    ['delete with a bad uuid', 'deleteAssessment', (p) => ({ profileId: p, id: 'abc' }), 'invalid-input', ['id']],
    ['delete with an extra field', 'deleteAssessment', (p) => ({ profileId: p, id: UNKNOWN_ID, all: true }), 'invalid-input', []],
    ['delete of an unknown id', 'deleteAssessment', (p) => ({ profileId: p, id: UNKNOWN_ID }), 'assessment-not-found'],
    ['dismiss with a bad uuid', 'dismissStorageIssue', () => ({ id: 5 }), 'invalid-input', ['id']],
    ['discardDraft with input', 'discardDraft', (p) => ({ profileId: p, now: true }), 'invalid-input', []],
  ];

  it.each(cases)('%s (%s): refused with a code, every file byte-identical', async (_label, operation, input, code, path) => {
    const dataDir = tempDir();
    const { call, dispatch, logged, profileId } = await scoped(dataDir);
    await value(call('createAssessment', newAssessmentInput('2025-01-01')));
    await value(call('saveDraft', { draft: DRAFT }));
    const before = snapshot(dataDir);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);

    const result = await dispatch(operation, input(profileId));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.params).toEqual({});
    if (code === 'invalid-input') expect(result.error.issues?.length).toBeGreaterThan(0);
    else expect(result.error.issues).toBeUndefined();
    if (path) expect(result.error.issues?.[0]?.path).toEqual(path);
    expect(logged).toEqual([]);

    expect(snapshot(dataDir)).toEqual(before);
    const restarted = await scoped(dataDir);
    expect(restarted.profileId).toBe(profileId);
    expect(await value<Assessment[]>(restarted.call('listAssessments', {}))).toHaveLength(1);
    expect(await value<SavedDraft>(restarted.call('getDraft', {}))).toMatchObject({ draft: DRAFT });
  });

  it('says which field is wrong', async () => {
    const { call } = await scoped(tempDir());
    const result = await call(
      'createAssessment',
      withAnswers((a) => {
        a['1.1'] = 6;
        delete a['2.2'];
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [
          { path: ['answers', '1.1'], code: 'not-an-answer', params: {} },
          { path: ['answers', '2.2'], code: 'missing', params: {} },
        ],
      },
    });
  });
});

describe('unknown operations', () => {
  it.each(['deleteEverything', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    '"%s" → unknown-operation, nothing created',
    async (name) => {
      const dataDir = tempDir();
      expect(await app(dataDir).dispatch(name, {})).toEqual({
        ok: false,
        error: { code: 'unknown-operation', params: {} },
      });
      expect(snapshot(dataDir)).toEqual({});
    },
  );
});
