/** The app's services on a temp folder behind the real dispatcher, for the profile tests. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { api, OPERATION_NAMES, type ApiErrorPayload, type AppState, type OperationName } from '@shared/contract/api';
import { confStoreFactory } from '@main/platform/confStore';
import { openServices } from '@main/services';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { folderHashes } from '../../../fixtures/folders';

export const START = Date.parse('2025-06-15T12:00:00.000Z');
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const UNKNOWN = '3b241101-e2bb-4255-8caf-4136c566a962';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-profiles-'));
  dirs.push(dir);
  return dir;
}

export interface App {
  readonly dispatch: Dispatch;
  readonly logged: string[];
  call<T>(name: string, input: unknown): Promise<T>;
  refused(name: string, input: unknown): Promise<ApiErrorPayload>;
}

/** A start of the app's services on `dir` (a second one on the same folder is a restart). The clock ticks 1 s per reading. */
export function start(dir: string): App {
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

export const snapshot = folderHashes;

export function profileFolders(dir: string): string[] {
  const folder = join(dir, 'profiles');
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

export function storedSettings(dir: string): unknown {
  return JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
}

export const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** A valid input (apart from the profile) for every operation that names a profile. */
export const SCOPED_INPUTS: Partial<Record<OperationName, Record<string, unknown>>> = {
  setActiveProfile: {},
  renameProfile: { name: 'X' },
  deleteProfile: {},
  listAssessments: {},
  getAssessment: { id: UNKNOWN },
  getDraft: {},
  saveDraft: { draft: { questionnaire: { id: 'kompas', version: 2 }, answers: {}, targets: {}, reflections: {}, step: 0 } },
  discardDraft: {},
  createAssessment: { ...newAssessmentInput('2025-01-01') },
  deleteAssessment: { id: UNKNOWN },
  listRounds: {},
  createRound: { name: 'X', leader: '', groups: ['collega'], closesOn: null, returnTo: 'secretariaat@example.nl', managerNonAnonymous: false, language: 'nl' },
  getRound: { id: UNKNOWN },
  getInvitation: { id: UNKNOWN, group: 'collega' },
  importResponses: { files: [{ name: 'a.json', size: 2, content: '{}' }] },
  closeRound: { id: UNKNOWN },
  getReport: { id: UNKNOWN },
  deleteRawResponses: { id: UNKNOWN },
  deleteRound: { id: UNKNOWN, name: 'X' },
  exportPublishedReport: { roundId: UNKNOWN },
  importPublishedReport: { text: '{}' },
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
  listNotes: {},
  saveNote: { note: { id: null, date: '2025-01-01', topics: 'Iets', agreements: '', routes: [], needles: [], nextSession: null, audience: 'coach' } },
  deleteNote: { id: UNKNOWN },
  exportProfile: { passphrase: 'een lange zin als wachtwoord' },
};

/** The operations whose input names a profile, read from the contract. */
export function scopedOperations(): OperationName[] {
  return OPERATION_NAMES.filter((name) => {
    const input = api[name].input as unknown as { shape?: Record<string, unknown> };
    return input.shape !== undefined && 'profileId' in input.shape;
  });
}

/** A workspace with one profile that has a meetmoment, a draft, a plan and a round. */
export async function filledWorkspace(dir: string): Promise<{ app: App; profileId: string }> {
  const app = start(dir);
  const profileId = (await app.call<AppState>('getAppState', {})).activeProfileId;
  await app.call('createAssessment', { profileId, ...newAssessmentInput('2025-01-01') });
  await app.call('saveDraft', { profileId, draft: { questionnaire: { id: 'kompas', version: 2 }, answers: { '1.1': 3 }, targets: {}, reflections: {}, step: 1 } });
  await app.call('chooseRoute', { profileId, route: 'a', why: 'Waarom', needles: [1] });
  await app.call('createRound', { profileId, name: 'R', leader: '', groups: ['collega'], closesOn: null, returnTo: 'secretariaat@example.nl', managerNonAnonymous: false, language: 'nl' });
  return { app, profileId };
}

/** Makes a stored document look as if a newer app version wrote it; returns its bytes. */
export function makeNewer(path: string): Buffer {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...doc, schemaVersion: 99, aNewField: { from: 'the future' } }, null, '\t'));
  return readFileSync(path);
}

export const NEWER_PLAN = { code: 'storage-newer-version', params: { document: 'plan' } };

/** Every operation that reads or changes the plan, with a valid input. */
export const PLAN_OPERATIONS: Array<[OperationName, Record<string, unknown>]> = [
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
