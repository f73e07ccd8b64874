/** Importing 1,000 real response files, against the floor of decrypt + parse + schema check alone. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppState, ImportSummary } from '@shared/contract/api';
import { INVITATION_PLACEHOLDER } from '@shared/features/exchange/invitation';
import { invitationSchema, responseFileSchema, responsePayloadSchema, type RaterGroup } from '@shared/features/exchange/formats';
import { decryptResponse, importRoundPrivateKey } from '@shared/features/exchange/responseCrypto';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { payload, responseFileText } from '../fixtures/feedback';
import { MIN_RUNS, report } from './report';

const COUNT = 1000;
const GROUPS: RaterGroup[] = ['collega', 'medewerker', 'extern'];

async function call<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

interface Setup {
  readonly dir: string;
  readonly dispatch: Dispatch;
  readonly profileId: string;
  readonly roundId: string;
  readonly files: { name: string; size: number; content: string }[];
  readonly privateKey: JsonWebKey;
}

async function setup(): Promise<Setup> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-import-'));
  const formPath = join(dir, 'form.html');
  writeFileSync(formPath, `<html>${INVITATION_PLACEHOLDER}</html>`);
  const dispatch = createDispatcher(createServices({ dataDir: dir, openStore: confStoreFactory, respondFormPath: formPath }), () => undefined);
  const { activeProfileId: profileId } = await call<AppState>(dispatch, 'getAppState', {});
  const round = await call<RoundSummary>(dispatch, 'createRound', {
    profileId,
    name: 'Bench',
    leader: '',
    groups: GROUPS,
    closesOn: null,
    returnTo: 'secretariaat@example.nl',
    managerNonAnonymous: false,
    language: 'nl',
  });
  const html = (await call<{ html: string }>(dispatch, 'getInvitation', { profileId, id: round.id, group: 'collega' })).html;
  const json = /id="kompas-uitnodiging">(.*?)<\/script>/.exec(html)?.[1] ?? 'null';
  const invitation = invitationSchema.parse(JSON.parse(json));
  const files = await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      const p = payload(GROUPS[i % GROUPS.length]!, i, {
        comments: { keepDoing: 'Blijf richting geven in onzekere tijden.', startDoing: 'Vaker tegenspraak organiseren.' },
      });
      const content = await responseFileText(p, round.id, invitation.publicKey);
      return { name: `kompas-antwoord-${i.toString(16).padStart(8, '0')}.json`, size: content.length, content };
    }),
  );
  const doc = JSON.parse(readFileSync(join(dir, 'profiles', profileId, 'rounds', `${round.id}.json`), 'utf8')) as { round: { privateKey: { data: string } } };
  return { dir, dispatch, profileId, roundId: round.id, files, privateKey: JSON.parse(doc.round.privateKey.data) as JsonWebKey };
}

/**
 * The floor: per file JSON.parse + file schema + decrypt + JSON.parse + payload schema and nothing
 * else, with the same concurrency as the import (WebCrypto work overlaps), so the ratio shows only
 * what the import adds: bookkeeping, duplicate checks and the one atomic write.
 */
async function floor(s: Setup): Promise<number> {
  const key = await importRoundPrivateKey(s.privateKey);
  const start = performance.now();
  await Promise.all(
    s.files.map(async (f) => {
      const file = responseFileSchema.parse(JSON.parse(f.content));
      const plain = await decryptResponse(file, key);
      responsePayloadSchema.parse(JSON.parse(plain ?? 'null'));
    }),
  );
  return performance.now() - start;
}

/** The real import through the contract, from a fresh start of the services (round key not yet imported). */
async function importOnce(s: Setup): Promise<number> {
  const dispatch = createDispatcher(createServices({ dataDir: s.dir, openStore: confStoreFactory }), () => undefined);
  const start = performance.now();
  const summary = await call<ImportSummary>(dispatch, 'importResponses', { profileId: s.profileId, files: s.files });
  const elapsed = performance.now() - start;
  if (summary.accepted + summary.duplicates !== COUNT) throw new Error('benchmark import did not accept every file');
  return elapsed;
}

/**
 * Each run is a fresh folder; the floor and the import alternate within a run (floor first one run,
 * import first the next), so neither is always the cold one.
 */
export async function benchImport(): Promise<void> {
  const runs: Setup[] = [];
  try {
    const imports: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < MIN_RUNS; i++) {
      const s = await setup();
      runs.push(s);
      let floorMs: number;
      let importMs: number;
      if (i % 2 === 0) {
        floorMs = await floor(s);
        importMs = await importOnce(s);
      } else {
        importMs = await importOnce(s);
        floorMs = await floor(s);
      }
      imports.push(importMs / 1000);
      ratios.push(importMs / floorMs);
    }
    report({ name: 'import-1000-responses', unit: 's', budget: 1.0, runs: imports });
    report({ name: 'import-vs-floor', unit: 'x', budget: 1.5, runs: ratios });
  } finally {
    for (const s of runs) rmSync(s.dir, { recursive: true, force: true });
  }
}
