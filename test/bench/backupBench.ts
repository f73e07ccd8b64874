/**
 * backup-all and restore-all for a coach with 30 coachees (each 20 meetmomenten, a routekaart and
 * 3 rounds of 15 answers), through the contract, against the floor: PBKDF2-SHA-256 with 600,000
 * iterations alone (what one seal or one open must spend). Floor and operation are timed
 * alternately (floor first one run, the operation first the next) after a warm-up of each.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppState } from '@shared/contract/api';
import { BACKUP_ITERATIONS } from '@shared/features/backup';
import type { Applied, BackupPreview } from '@shared/features/backup/contract';
import { PROFILE_SCHEMA_VERSION, type Assessment } from '@shared/features/assessment/schemas';
import { ROUND_SCHEMA_VERSION, type RoundDocument } from '@shared/features/feedback/schemas';
import { PLAN_SCHEMA_VERSION } from '@shared/features/plan/schemas';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { confStoreFactory } from '@main/platform/confStore';
import { openServices } from '@main/services';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { payload } from '../fixtures/feedback';
import { median, MIN_RUNS, report } from './report';

const COACHEES = 30;
const PASSPHRASE = 'een lange zin als wachtwoord voor de bench';
const answers = Object.fromEntries(ALL_ITEM_IDS.map((id, i) => [id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5])) as Assessment['answers'];

async function call<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function meetmomenten(count: number): Assessment[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    date: `20${String(20 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    createdAt: new Date().toISOString(),
    questionnaire: { id: 'kompas' as const, version: 2 as const },
    answers,
    targets: { '1': 4, '2': 5 },
    reflections: { I: 'Een korte reflectie op deze dimensie.'.repeat(3) },
  }));
}

function round(profileId: string, n: number): RoundDocument {
  return {
    schemaVersion: ROUND_SCHEMA_VERSION,
    profileId,
    round: {
      id: randomUUID(),
      origin: 'own',
      name: `Ronde ${n + 1}`,
      leader: '',
      heldByCoach: false,
      groups: ['collega', 'medewerker'],
      closesOn: null,
      returnTo: 'secretariaat@example.nl',
      managerNonAnonymous: false,
      language: 'nl',
      questionnaire: { id: 'kompas', version: 2 },
      createdAt: new Date().toISOString(),
      closedAt: null,
      comparedWith: null,
      publicKey: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
      privateKey: { scheme: 'plain', data: '{}' },
      responses: Array.from({ length: 15 }, (_, i) => payload(i % 2 === 0 ? 'collega' : 'medewerker', n * 100 + i)),
      published: null,
    },
  };
}

/** The coach's data folder: 30 coachees besides the coach's own (empty) profile, written through the workspace. */
async function coachFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-coach-'));
  const { handlers, workspace: ws } = openServices({ dataDir: dir, openStore: confStoreFactory });
  await handlers.getAppState({});
  for (let c = 0; c < COACHEES; c++) {
    const id = randomUUID();
    await ws.profile(id).transact((_, tx) =>
      tx.save({ schemaVersion: PROFILE_SCHEMA_VERSION, id, name: `Coachee ${c + 1}`, createdAt: new Date().toISOString(), assessments: meetmomenten(20) }),
    );
    await ws.plan(id).transact((_, tx) =>
      tx.save({ schemaVersion: PLAN_SCHEMA_VERSION, profileId: id, reviewEveryMonths: 3, routes: [], conversations: [], updatedAt: new Date().toISOString() }),
    );
    for (let r = 0; r < 3; r++) {
      const doc = round(id, r);
      await ws.round(id, doc.round.id).transact((_, tx) => tx.save(doc));
    }
  }
  return dir;
}

/** PBKDF2-SHA-256, 600,000 iterations, to a 256-bit key: the floor of one seal or one open. */
async function kdfOnce(): Promise<number> {
  const subtle = globalThis.crypto.subtle;
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const start = performance.now();
  const material = await subtle.importKey('raw', new TextEncoder().encode(PASSPHRASE), 'PBKDF2', false, ['deriveKey']);
  await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: BACKUP_ITERATIONS }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  return (performance.now() - start) / 1000;
}

async function backupOnce(dispatch: Dispatch): Promise<{ seconds: number; text: string }> {
  const start = performance.now();
  const { text } = await call<{ text: string }>(dispatch, 'exportBackup', { passphrase: PASSPHRASE });
  return { seconds: (performance.now() - start) / 1000, text };
}

/** Preview and apply into a fresh, empty data folder (as on a new laptop). */
async function restoreOnce(text: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-restore-'));
  try {
    const dispatch = createDispatcher(openServices({ dataDir: dir, openStore: confStoreFactory }).handlers, () => undefined);
    await call<AppState>(dispatch, 'getAppState', {});
    const start = performance.now();
    const preview = await call<BackupPreview>(dispatch, 'previewBackupFile', { text, passphrase: PASSPHRASE, scope: 'all' });
    const applied = await call<Applied>(dispatch, 'applyBackup', { token: preview.token, mode: 'replace' });
    const seconds = (performance.now() - start) / 1000;
    if (applied.profileIds.length !== COACHEES + 1) throw new Error('benchmark restore did not restore every profile');
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `operation` and the floor alternately; reports the operation with the floor's median beside it. */
async function alternate(name: string, operation: () => Promise<number>): Promise<void> {
  await kdfOnce();
  await operation();
  const runs: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < MIN_RUNS + 2; i++) {
    if (i % 2 === 0) {
      floors.push(await kdfOnce());
      runs.push(await operation());
    } else {
      runs.push(await operation());
      floors.push(await kdfOnce());
    }
  }
  report({ name, unit: 's', budget: 2, runs });
  console.log(`  (floor: PBKDF2-SHA-256 ${BACKUP_ITERATIONS.toLocaleString('en')} iterations alone, median ${median(floors).toFixed(3)} s)`);
}

export async function benchBackup(): Promise<void> {
  const dir = await coachFolder();
  try {
    const dispatch = createDispatcher(openServices({ dataDir: dir, openStore: confStoreFactory }).handlers, () => undefined);
    await call<AppState>(dispatch, 'getAppState', {});
    let text = '';
    await alternate('backup-all', async () => {
      const once = await backupOnce(dispatch);
      text = once.text;
      return once.seconds;
    });
    console.log(`  (the backup of ${COACHEES} coachees: ${(text.length / 1_048_576).toFixed(1)} MiB)`);
    await alternate('restore-all', () => restoreOnce(text));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
