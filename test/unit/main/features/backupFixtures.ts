/** Data folders for the backup tests: profiles with meetmomenten, a plan, a draft and rounds with answers; their documents as a whole. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileSummary } from '@shared/contract/api';
import type { Applied, BackupPreview } from '@shared/features/backup/contract';
import { newAssessmentInput } from '../../../fixtures/assessment';
import type { Harness } from './harness';

export const PASSPHRASE = 'lange zomeravond bij de Lek';

/** An operation that names no profile (Harness.call adds the harness's own). */
export async function op<T>(h: Harness, name: string, input: Record<string, unknown> = {}): Promise<T> {
  const result = await h.dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.code} ${JSON.stringify(result.error.params)}`), { payload: result.error });
  return result.value as T;
}

/** Fills a profile: two meetmomenten (one reflection says `secret`), a route, a draft, a session note, a round with three answers. */
export async function seedProfile(h: Harness, profileId: string, secret = 'Meer richting geven.'): Promise<void> {
  const call = <T>(name: string, input: Record<string, unknown>) => h.call<T>(name, { profileId, ...input });
  await call('createAssessment', newAssessmentInput('2025-01-10'));
  await call('createAssessment', { ...newAssessmentInput('2025-06-10'), reflections: { I: secret } });
  await call('chooseRoute', { route: 'a', why: 'Crisis als kans.', needles: [1] });
  await call('saveDraft', { draft: { questionnaire: { id: 'kompas', version: 2 }, answers: { '1.1': 4 }, targets: {}, reflections: {}, step: 1 } });
  await call('saveNote', { note: { id: null, date: '2025-06-11', topics: 'Het eerste gesprek.', agreements: 'Route a uitproberen.', routes: ['a'], needles: [1], nextSession: null, audience: 'shared' } });
  const round = await call<{ id: string }>('createRound', {
    name: 'Najaar',
    leader: '',
    groups: ['collega', 'medewerker'],
    closesOn: null,
    returnTo: 'secretariaat@example.nl',
    managerNonAnonymous: false,
    language: 'nl',
  });
  if (profileId === h.profileId) await h.importAll(await h.responseFiles(round.id, 3));
}

/** A second profile with data, beside the harness's own. */
export async function addProfile(h: Harness, name: string): Promise<string> {
  const made = await op<ProfileSummary>(h, 'createProfile', { name });
  await h.call('createAssessment', { ...newAssessmentInput('2025-03-01'), profileId: made.id });
  return made.id;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every profile's documents (profile, draft, plan, notes, rounds) and the settings' language, as parsed JSON. */
export function documentsOf(dir: string): { language: unknown; profiles: Record<string, Record<string, unknown>> } {
  const profiles: Record<string, Record<string, unknown>> = {};
  const root = join(dir, 'profiles');
  for (const id of existsSync(root) ? readdirSync(root) : []) {
    const docs: Record<string, unknown> = {};
    for (const name of ['profile', 'draft', 'plan', 'notes']) {
      const path = join(root, id, `${name}.json`);
      if (existsSync(path)) docs[name] = readJson(path);
    }
    const rounds = join(root, id, 'rounds');
    for (const file of existsSync(rounds) ? readdirSync(rounds).filter((f) => f.endsWith('.json')) : []) docs[`rounds/${file}`] = readJson(join(rounds, file));
    profiles[id] = docs;
  }
  const settings = join(dir, 'settings.json');
  return { language: existsSync(settings) ? (readJson(settings) as { language: unknown }).language : null, profiles };
}

export async function restore(h: Harness, text: string, scope: 'all' | 'profile', mode: 'replace' | 'keep-both' = 'replace'): Promise<{ preview: BackupPreview; applied: Applied }> {
  const preview = await op<BackupPreview>(h, 'previewBackupFile', { text, passphrase: PASSPHRASE, scope });
  const applied = await op<Applied>(h, 'applyBackup', { token: preview.token, mode });
  return { preview, applied };
}

/** The error code (and reason) a call was refused with. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const payload = (error as { payload?: { code: string; params: { reason?: string } } }).payload;
    if (payload) return payload.params.reason ? `${payload.code}:${payload.params.reason}` : payload.code;
    throw error;
  }
  throw new Error('not refused');
}
