/** Real services on a temp data folder, behind the real dispatcher, for the feature tests. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppState, ImportSummary } from '@shared/contract/api';
import { importChunks, requestBytes } from '@shared/features/feedback/importChunks';
import { EMPTY_SUMMARY, mergeSummaries } from '@shared/features/feedback/importSummary';
import { INVITATION_PLACEHOLDER } from '@shared/features/exchange/invitation';
import type { PublicJwk, RaterGroup } from '@shared/features/exchange/formats';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { confStoreFactory } from '@main/platform/confStore';
import { openServices, type ServicesOptions } from '@main/services';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { encryptResponse } from '@shared/features/exchange/responseCrypto';
import { payload } from '../../../fixtures/feedback';

const FIRST_BUCKET = 4096;

export interface Harness {
  readonly dir: string;
  readonly dispatch: Dispatch;
  readonly profileId: string;
  call<T>(name: string, input: Record<string, unknown>): Promise<T>;
  /** Opens the same folder again, as after a restart. */
  reopen(): Promise<Harness>;
  createRound(groups?: RaterGroup[]): Promise<RoundSummary>;
  roundPath(roundId: string): string;
  /**
   * `count` encrypted response files for the round (seeds from `from`), as the import receives them:
   * padded to the first bucket (4,096 bytes) as the form writes them (spec §2), about 6 KB each.
   */
  responseFiles(roundId: string, count: number, from?: number): Promise<{ name: string; size: number; content: string }[]>;
  /**
   * Imports any number of files as the renderer does: chunk by chunk, one request after another, the
   * summaries merged. `perRequest` sends smaller chunks than the renderer would (for races between two
   * requests without making tens of megabytes of files).
   */
  importAll(files: readonly { name: string; size: number; content: string | null }[], perRequest?: number): Promise<ImportSummary>;
  cleanup(): void;
}

export async function openHarness(options: Partial<ServicesOptions> = {}, existingDir?: string): Promise<Harness> {
  const dir = existingDir ?? mkdtempSync(join(tmpdir(), 'kompas-feature-'));
  const formPath = join(tmpdir(), `kompas-form-${process.pid}.html`);
  writeFileSync(formPath, `<!doctype html><html><head>${INVITATION_PLACEHOLDER}</head><body></body></html>`);
  const { handlers } = openServices({ dataDir: dir, openStore: confStoreFactory, respondFormPath: formPath, ...options });
  const dispatch = createDispatcher(handlers, () => undefined);
  const raw = async <T>(name: string, input: Record<string, unknown>): Promise<T> => {
    const result = await dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.code} ${JSON.stringify(result.error.params)}`), { payload: result.error });
    return result.value as T;
  };
  const state = await raw<AppState>('getAppState', {});
  const profileId = state.activeProfileId;
  const call = <T>(name: string, input: Record<string, unknown>) => raw<T>(name, { profileId, ...input });
  const roundPath = (roundId: string) => join(dir, 'profiles', profileId, 'rounds', `${roundId}.json`);
  const harness: Harness = {
    dir,
    dispatch,
    profileId,
    call,
    reopen: () => openHarness(options, dir),
    createRound: (groups = ['collega', 'medewerker']) =>
      call<RoundSummary>('createRound', { name: 'Najaar', leader: '', groups, closesOn: null, returnTo: 'secretariaat@example.nl', managerNonAnonymous: false, language: 'nl' }),
    roundPath,
    responseFiles: async (roundId, count, from = 0) => {
      const doc = JSON.parse(readFileSync(roundPath(roundId), 'utf8')) as OwnRoundDocument;
      const publicKey: PublicJwk = doc.round.publicKey;
      const groups = doc.round.groups;
      return Promise.all(
        Array.from({ length: count }, async (_, i) => {
          const text = JSON.stringify(payload(groups[i % groups.length]!, from + i));
          const content = JSON.stringify(await encryptResponse(text.padEnd(FIRST_BUCKET, ' '), roundId, publicKey));
          return { name: `kompas-antwoord-${String(from + i).padStart(5, '0')}.json`, size: Buffer.byteLength(content), content };
        }),
      );
    },
    importAll: async (files, perRequest) => {
      const chunks = perRequest
        ? Array.from({ length: Math.ceil(files.length / perRequest) }, (_, i) => files.slice(i * perRequest, (i + 1) * perRequest))
        : importChunks(files, requestBytes);
      let summary = EMPTY_SUMMARY;
      for (const chunk of chunks) summary = mergeSummaries(summary, await call<ImportSummary>('importResponses', { files: chunk }));
      return summary;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  mkdirSync(dir, { recursive: true });
  return harness;
}

export { filesMentioning } from '../../../fixtures/folders';
