/**
 * Importing real response files through the contract, as the renderer sends them (chunks of
 * shared/features/feedback/importChunks.ts, one request after another), against the floor: the same
 * files decrypted and validated with the same primitive (main's node:crypto decryptor, synchronous,
 * one file after another, as the import does) and nothing else.
 *
 * The files are padded to their bucket as the form writes them (spec §2): 4,096 bytes of plaintext.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppState, ImportSummary } from '@shared/contract/api';
import { INVITATION_PLACEHOLDER } from '@shared/features/exchange/invitation';
import { decryptResponse, encryptResponse, importRoundPrivateKey } from '@shared/features/exchange/responseCrypto';
import { invitationSchema, responseFileSchema, responsePayloadSchema, type PublicJwk, type RaterGroup } from '@shared/features/exchange/formats';
import { importChunks, requestBytes } from '@shared/features/feedback/importChunks';
import { EMPTY_SUMMARY, mergeSummaries } from '@shared/features/feedback/importSummary';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { responseDecryptor, type ResponseDecryptor } from '@main/features/responseDecrypt';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { payload } from '../fixtures/feedback';
import { median, MIN_RUNS, report } from './report';

const GROUPS: RaterGroup[] = ['collega', 'medewerker', 'extern'];
const BUCKET = 4096;

type AnswerFile = { name: string; size: number; content: string };

async function call<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

interface Pristine {
  /** A data folder with one open round and no answers: each run imports into a fresh copy. */
  readonly dir: string;
  readonly profileId: string;
  readonly publicKey: PublicJwk;
  readonly roundId: string;
  readonly privateKey: JsonWebKey;
}

async function pristine(): Promise<Pristine> {
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
  const doc = JSON.parse(readFileSync(join(dir, 'profiles', profileId, 'rounds', `${round.id}.json`), 'utf8')) as { round: { privateKey: { data: string } } };
  return { dir, profileId, publicKey: invitation.publicKey, roundId: round.id, privateKey: JSON.parse(doc.round.privateKey.data) as JsonWebKey };
}

/** `count` answer files as the form writes them: padded to the bucket, encrypted with WebCrypto. */
async function answerFiles(p: Pristine, count: number, from = 0): Promise<AnswerFile[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const i = from + n;
      const answer = payload(GROUPS[i % GROUPS.length]!, i, {
        comments: { keepDoing: 'Blijf richting geven in onzekere tijden.', startDoing: 'Vaker tegenspraak organiseren.' },
      });
      const text = JSON.stringify(answer);
      const file = await encryptResponse(text + ' '.repeat(BUCKET - Buffer.byteLength(text)), p.roundId, p.publicKey);
      const content = JSON.stringify(file);
      return { name: `kompas-antwoord-${i.toString(16).padStart(8, '0')}.json`, size: Buffer.byteLength(content), content };
    }),
  );
}

/** The floor: per file JSON.parse + file schema + decrypt + JSON.parse + payload schema, nothing else. */
function floor(files: readonly AnswerFile[], decrypt: ResponseDecryptor): number {
  const start = performance.now();
  for (const f of files) {
    const file = responseFileSchema.parse(JSON.parse(f.content));
    responsePayloadSchema.parse(JSON.parse(decrypt(file) ?? 'null'));
  }
  return performance.now() - start;
}

/**
 * Why main decrypts with node:crypto: the same 1,000 files with WebCrypto (all at once, as the
 * import did before) against node:crypto (one after another), alternately; the ratio node / WebCrypto.
 */
async function benchDecrypt(files: readonly AnswerFile[], privateKey: JsonWebKey): Promise<void> {
  const parsed = files.map((f) => responseFileSchema.parse(JSON.parse(f.content)));
  const node = responseDecryptor(privateKey);
  const web = await importRoundPrivateKey(privateKey);
  const webOnce = async () => {
    const start = performance.now();
    const plain = await Promise.all(parsed.map((f) => decryptResponse(f, web)));
    if (plain.includes(null)) throw new Error('WebCrypto could not decrypt');
    return performance.now() - start;
  };
  const nodeOnce = () => {
    const start = performance.now();
    if (parsed.map(node).includes(null)) throw new Error('node:crypto could not decrypt');
    return performance.now() - start;
  };
  await webOnce();
  nodeOnce();
  const ratios: number[] = [];
  for (let i = 0; i < MIN_RUNS; i++) {
    if (i % 2 === 0) {
      const w = await webOnce();
      ratios.push(nodeOnce() / w);
    } else {
      const n = nodeOnce();
      ratios.push(n / (await webOnce()));
    }
  }
  report({ name: 'decrypt-node-vs-webcrypto', unit: 'x', budget: 1, runs: ratios });
}

/**
 * The real import into a fresh copy of the pristine folder, fresh services (round key not yet read):
 * the requests the renderer sends, one after another, each through the dispatcher (input checked,
 * judged, stored, output checked). The renderer plans the chunks while it reads the files, in its
 * own process; that is not timed here.
 */
async function importOnce(p: Pristine, chunks: readonly AnswerFile[][]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-run-'));
  try {
    cpSync(p.dir, dir, { recursive: true });
    const dispatch = createDispatcher(createServices({ dataDir: dir, openStore: confStoreFactory }), () => undefined);
    const start = performance.now();
    let summary = EMPTY_SUMMARY;
    for (const chunk of chunks) {
      summary = mergeSummaries(summary, await call<ImportSummary>(dispatch, 'importResponses', { profileId: p.profileId, files: chunk }));
    }
    const elapsed = performance.now() - start;
    if (summary.accepted !== chunks.reduce((n, c) => n + c.length, 0)) throw new Error('benchmark import did not accept every file');
    return elapsed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * import-1000-responses and its ratio to the floor, timed alternately (floor first one run, import
 * first the next) after a warm-up of each, so neither is always the cold one; and
 * import-10000-responses, run between them, against 11 × the 1,000 figure of this same run.
 */
export async function benchImport(): Promise<void> {
  const p = await pristine();
  try {
    const thousand = await answerFiles(p, 1000);
    const thousandChunks = importChunks(thousand, requestBytes);
    const tenThousandChunks = importChunks([...thousand, ...(await answerFiles(p, 9000, 1000))], requestBytes);
    await benchDecrypt(thousand, p.privateKey);
    const decrypt = responseDecryptor(p.privateKey);
    // One warm-up of each, not timed.
    floor(thousand, decrypt);
    await importOnce(p, thousandChunks);
    await importOnce(p, tenThousandChunks);

    const imports: number[] = [];
    const floors: number[] = [];
    const ratios: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < MIN_RUNS + 2; i++) {
      let floorMs: number;
      let importMs: number;
      if (i % 2 === 0) {
        floorMs = floor(thousand, decrypt);
        importMs = await importOnce(p, thousandChunks);
      } else {
        importMs = await importOnce(p, thousandChunks);
        floorMs = floor(thousand, decrypt);
      }
      imports.push(importMs / 1000);
      floors.push(floorMs / 1000);
      ratios.push(importMs / floorMs);
      // The 10,000 between the 1,000s, so that both see the same machine (it is shared).
      large.push((await importOnce(p, tenThousandChunks)) / 1000);
    }
    report({ name: 'import-1000-responses', unit: 's', budget: 0.5, runs: imports });
    report({ name: 'import-vs-floor', unit: 'x', budget: 1.25, runs: ratios });
    console.log(`  (floor: decrypt + validate 1,000 files, median ${median(floors).toFixed(3)} s)`);
    report({ name: 'import-10000-responses', unit: 's', budget: Number((11 * median(imports)).toFixed(3)), runs: large });
  } finally {
    rmSync(p.dir, { recursive: true, force: true });
  }
}
