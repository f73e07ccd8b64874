/**
 * `npm run bench`: each benchmark prints one line
 * `BENCH <name> <value> <unit> budget <budget> ok|OVER spread <min>–<max> (n=<runs>)`.
 * Not a test: budgets guide, they do not fail CI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AppState } from '@shared/contract/api';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import { ROUND_SCHEMA_VERSION, type Round, type RoundDocument } from '@shared/features/feedback/schemas';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { openServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { newAssessmentInput } from '../fixtures/assessment';
import { payload } from '../fixtures/feedback';
import { benchBackup } from './backupBench';
import { benchImport } from './importBench';
import { benchPdfCoachReport } from './pdfBench';
import { MIN_RUNS, report } from './report';

const answers = Object.fromEntries(ALL_ITEM_IDS.map((id, i) => [id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]));

function assessments(count: number): ProfileDocument['assessments'] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    date: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    createdAt: new Date().toISOString(),
    questionnaire: { id: 'kompas' as const, version: 1 as const },
    answers: answers as ProfileDocument['assessments'][number]['answers'],
    targets: { '1': 4, '2': 5 },
    reflections: { I: 'Een korte reflectie op deze dimensie.'.repeat(5) },
  }));
}

async function ok<T>(dispatch: Dispatch, name: string, input: Record<string, unknown>): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.value as T;
}

/** A data folder whose profile has `count` meetmomenten, written through the workspace. */
async function folderWith(count: number): Promise<{ dir: string; profileId: string; services: ReturnType<typeof openServices> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-'));
  const services = openServices({ dataDir: dir, openStore: confStoreFactory });
  const { activeProfileId: profileId } = await services.handlers.getAppState({});
  await services.workspace.profile(profileId).transact((current, tx) => tx.save({ ...current!, assessments: assessments(count) }));
  return { dir, profileId, services };
}

/** Start-up with a long history: open the app (fresh services) and list 200 meetmomenten. */
async function benchStartupWithHistory(): Promise<void> {
  const { dir } = await folderWith(200);
  try {
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const start = performance.now();
      const dispatch = createDispatcher(openServices({ dataDir: dir, openStore: confStoreFactory }).handlers, () => undefined);
      const state = await ok<AppState>(dispatch, 'getAppState', {});
      const list = await ok<unknown[]>(dispatch, 'listAssessments', { profileId: state.activeProfileId });
      if (list.length !== 200) throw new Error('benchmark setup failed');
      times.push(performance.now() - start);
    }
    report({ name: 'open-200-meetmomenten', unit: 'ms', budget: 100, runs: times });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Saving a meetmoment in a profile whose 360° rounds hold 10,000 answers: rounds are their own
 * files, so the save writes the profile document only (durably: fsync, rename, fsync folder).
 */
async function benchSaveBesideLargeRounds(): Promise<void> {
  const { dir, profileId, services } = await folderWith(12);
  try {
    for (let r = 0; r < 4; r++) {
      const roundId = randomUUID();
      const responses = Array.from({ length: 2500 }, (_, i) => payload(i % 2 === 0 ? 'collega' : 'medewerker', r * 10_000 + i));
      const doc: RoundDocument = { schemaVersion: ROUND_SCHEMA_VERSION, profileId, round: roundFields(roundId, responses) };
      await services.workspace.round(profileId, roundId).transact((_, tx) => tx.save(doc));
    }
    const dispatch = createDispatcher(openServices({ dataDir: dir, openStore: confStoreFactory }).handlers, () => undefined);
    await ok(dispatch, 'getAppState', {});
    const times: number[] = [];
    for (let run = 0; run < 25; run++) {
      const input = { profileId, ...newAssessmentInput(`2024-${String((run % 12) + 1).padStart(2, '0')}-15`) };
      const start = performance.now();
      await ok(dispatch, 'createAssessment', input);
      times.push(performance.now() - start);
    }
    report({ name: 'save-meetmoment-with-10000-answers-elsewhere', unit: 'ms', budget: 5, runs: times.slice(5) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function roundFields(id: string, responses: Round['responses']): Round {
  return {
    origin: 'own',
    heldByCoach: false,
    id,
    name: 'Bench',
    leader: '',
    groups: ['collega', 'medewerker'],
    closesOn: null,
    returnTo: 'secretariaat@example.nl',
    managerNonAnonymous: false,
    questionnaire: { id: 'kompas', version: 2 },
    language: 'nl',
    createdAt: new Date().toISOString(),
    closedAt: null,
    comparedWith: null,
    publicKey: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
    privateKey: { scheme: 'plain', data: '{}' },
    responses,
    published: null,
  };
}

if (MIN_RUNS > 15) throw new Error('raise the run counts');
await benchStartupWithHistory();
await benchSaveBesideLargeRounds();
await benchImport();
await benchBackup();
await benchPdfCoachReport();
