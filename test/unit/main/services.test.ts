import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import type { ApiResult, AppState, SavedDraft } from '@shared/contract/api';
import type { Assessment, DraftContent } from '@shared/features/assessment/schemas';
import { completeAnswers, newAssessmentInput } from '../../fixtures/assessment';

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
function app(dataDir: string, now = () => NOW): { call: Dispatch; logged: string[] } {
  const logged: string[] = [];
  const call = createDispatcher(createServices({ dataDir, openStore: confStoreFactory, now }), (message) => logged.push(message));
  return { call, logged };
}

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Every file under `dir` (relative path → sha256 of its bytes). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const DRAFT: DraftContent = { answers: { '1.1': 4, '1.2': null }, targets: { '2': 5 }, reflections: { I: 'half af' }, step: 1 };

describe('getAppState', () => {
  it('creates one profile on first use and keeps it, also after a restart of the services', async () => {
    const dataDir = tempDir();
    const first = app(dataDir);
    const state = await value<AppState>(first.call('getAppState', {}));
    expect(state).toEqual({ language: 'nl', profile: { id: expect.stringMatching(UUID), name: '' }, storageIssues: [] });
    expect((await value<AppState>(first.call('getAppState', undefined))).profile.id).toBe(state.profile.id);
    expect(readdirSync(join(dataDir, 'profiles')).filter((f) => f.endsWith('.json'))).toEqual([`${state.profile.id}.json`]);

    const restarted = app(dataDir);
    expect((await value<AppState>(restarted.call('getAppState', {}))).profile.id).toBe(state.profile.id);
    expect(readdirSync(join(dataDir, 'profiles')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      language: 'nl',
      activeProfileId: state.profile.id,
    });
  });
});

describe('setLanguage', () => {
  it('persists the language', async () => {
    const dataDir = tempDir();
    expect((await value<AppState>(app(dataDir).call('setLanguage', { language: 'en' }))).language).toBe('en');
    expect((await value<AppState>(app(dataDir).call('getAppState', {}))).language).toBe('en');
    await value(app(dataDir).call('setLanguage', { language: 'nl' }));
    expect((await value<AppState>(app(dataDir).call('getAppState', {}))).language).toBe('nl');
  });
});

describe('drafts', () => {
  it('saveDraft / getDraft round trip, across a restart; discardDraft removes it', async () => {
    const dataDir = tempDir();
    const { call } = app(dataDir);
    expect(await value(call('getDraft', {}))).toBeNull();
    expect(await value(call('saveDraft', DRAFT))).toEqual({ updatedAt: NOW.toISOString() });
    expect(await value(call('getDraft', {}))).toEqual({ updatedAt: NOW.toISOString(), draft: DRAFT });
    expect(await value<SavedDraft>(app(dataDir).call('getDraft', {}))).toEqual({ updatedAt: NOW.toISOString(), draft: DRAFT });

    expect(await value(call('discardDraft', {}))).toEqual({ ok: true });
    expect(await value(app(dataDir).call('getDraft', {}))).toBeNull();
  });
});

describe('createAssessment', () => {
  it('stores a dated meetmoment, clears the draft, and lists newest first', async () => {
    const dataDir = tempDir();
    const { call } = app(dataDir);
    await value(call('saveDraft', DRAFT));
    const input = { ...newAssessmentInput('2025-06-01'), reflections: { I: '  Meer richting.  ', II: '   ' } };
    const created = await value<Assessment>(call('createAssessment', input));
    expect(created).toEqual({
      id: expect.stringMatching(UUID),
      date: '2025-06-01',
      createdAt: NOW.toISOString(),
      questionnaire: { id: 'kompas', version: 1 },
      answers: completeAnswers(),
      targets: input.targets,
      reflections: { I: 'Meer richting.' },
    });
    expect(await value(call('getDraft', {}))).toBeNull();

    const older = await value<Assessment>(call('createAssessment', newAssessmentInput('2024-12-31')));
    const newest = await value<Assessment>(call('createAssessment', newAssessmentInput('2025-06-15')));
    const listed = await value<Assessment[]>(app(dataDir).call('listAssessments', {}));
    expect(listed.map((a) => a.id)).toEqual([newest.id, created.id, older.id]);
    expect(await value(app(dataDir).call('getAssessment', { id: created.id }))).toEqual(created);
  });

  it('refuses a date in the future with its code and stores nothing', async () => {
    const dataDir = tempDir();
    const { call } = app(dataDir);
    await value(call('getAppState', {}));
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
    const { call } = app(dataDir);
    const a = await value<Assessment>(call('createAssessment', newAssessmentInput('2025-01-01')));
    const b = await value<Assessment>(call('createAssessment', newAssessmentInput('2025-02-01')));
    expect(await value(call('deleteAssessment', { id: a.id }))).toEqual({ ok: true });
    expect(await value(app(dataDir).call('listAssessments', {}))).toEqual([b]);
    expect(await app(dataDir).call('getAssessment', { id: a.id })).toMatchObject({ ok: false, error: { code: 'assessment-not-found' } });
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

  const cases: Array<[label: string, operation: string, input: unknown, code: 'invalid-input' | 'assessment-not-found']> = [
    ['an answer of 6', 'createAssessment', withAnswers((a) => (a['3.1'] = 6)), 'invalid-input'],
    ['an answer of 0', 'createAssessment', withAnswers((a) => (a['3.1'] = 0)), 'invalid-input'],
    ['an answer of 2.5', 'createAssessment', withAnswers((a) => (a['3.1'] = 2.5)), 'invalid-input'],
    ['missing items', 'createAssessment', withAnswers((a) => delete a['10.2']), 'invalid-input'],
    ['no answers at all', 'createAssessment', { ...complete(), answers: {} }, 'invalid-input'],
    ['answers as strings', 'createAssessment', withAnswers((a) => (a['1.1'] = '5')), 'invalid-input'],
    ['an unknown item', 'createAssessment', withAnswers((a) => (a['11.1'] = 3)), 'invalid-input'],
    ['an extra field', 'createAssessment', { ...complete(), id: UNKNOWN_ID }, 'invalid-input'],
    ['a prototype key', 'createAssessment', JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(complete()).slice(1)}`), 'invalid-input'],
    ['null input', 'createAssessment', null, 'invalid-input'],
    ['an array', 'createAssessment', [complete()], 'invalid-input'],
    ['a number', 'createAssessment', 42, 'invalid-input'],
    ['a huge date string', 'createAssessment', { ...complete(), date: '2'.repeat(1_000_000) }, 'invalid-input'],
    ['a huge reflection', 'createAssessment', { ...complete(), reflections: { I: 'x'.repeat(200_000) } }, 'invalid-input'],
    ['an impossible date', 'createAssessment', { ...complete(), date: '2025-02-30' }, 'invalid-input'],
    ['a target of 6', 'createAssessment', { ...complete(), targets: { '1': 6 } }, 'invalid-input'],
    ['a draft with an unknown item', 'saveDraft', { ...DRAFT, answers: { '11.1': 3 } }, 'invalid-input'],
    ['a draft with step 21', 'saveDraft', { ...DRAFT, step: 21 }, 'invalid-input'],
    ['a draft without step', 'saveDraft', { answers: {}, targets: {}, reflections: {} }, 'invalid-input'],
    ['a draft as a string', 'saveDraft', 'alles', 'invalid-input'],
    ['language de', 'setLanguage', { language: 'de' }, 'invalid-input'],
    ['language missing', 'setLanguage', {}, 'invalid-input'],
    ['delete with a bad uuid', 'deleteAssessment', { id: 'abc' }, 'invalid-input'],
    ['delete with an extra field', 'deleteAssessment', { id: UNKNOWN_ID, all: true }, 'invalid-input'],
    ['delete of an unknown id', 'deleteAssessment', { id: UNKNOWN_ID }, 'assessment-not-found'],
    ['dismiss with a bad uuid', 'dismissStorageIssue', { id: 5 }, 'invalid-input'],
    ['discardDraft with input', 'discardDraft', { now: true }, 'invalid-input'],
  ];

  it.each(cases)('%s (%s): refused with a code, every file byte-identical', async (_label, operation, input, code) => {
    const dataDir = tempDir();
    const { call, logged } = app(dataDir);
    await value(call('createAssessment', newAssessmentInput('2025-01-01')));
    await value(call('saveDraft', DRAFT));
    const before = snapshot(dataDir);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);

    const result = await call(operation, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.params).toEqual({});
    if (code === 'invalid-input') expect(result.error.issues?.length).toBeGreaterThan(0);
    else expect(result.error.issues).toBeUndefined();
    expect(logged).toEqual([]);

    expect(snapshot(dataDir)).toEqual(before);
    const restarted = app(dataDir);
    expect(await value<Assessment[]>(restarted.call('listAssessments', {}))).toHaveLength(1);
    expect(await value<SavedDraft>(restarted.call('getDraft', {}))).toMatchObject({ draft: DRAFT });
  });

  it('says which field is wrong', async () => {
    const { call } = app(tempDir());
    const result = await call('createAssessment', withAnswers((a) => {
      a['1.1'] = 6;
      delete a['2.2'];
    }));
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
      expect(await app(dataDir).call(name, {})).toEqual({
        ok: false,
        error: { code: 'unknown-operation', params: {} },
      });
      expect(snapshot(dataDir)).toEqual({});
    },
  );
});
