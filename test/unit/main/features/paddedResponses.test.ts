/**
 * Padded responses (spec §2) through the real contract, services, storage and crypto: the spec's padded
 * vectors import beside the unpadded ones, and what the form writes imports too.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '@shared/contract/api';
import { decodeBase64url } from '@shared/features/exchange/base64url';
import { responseFileSchema } from '@shared/features/exchange/formats';
import { paddedSize } from '@shared/features/exchange/padding';
import type { OwnRoundDocument } from '@shared/features/feedback/schemas';
import { isPaddedVector, payload, responseFileText, vectorFiles, vectorPlaintexts, vectorRound } from '../../../fixtures/feedback';
import { openHarness, type Harness } from './harness';
import { seedVectorRound as seed } from './vectorRound';

let harness: Harness;
beforeEach(async () => {
  harness = await openHarness();
});
afterEach(() => harness.cleanup());

const seedVectorRound = (version: 1 | 2 = 1): Promise<Harness> => seed(harness, version);

const storedResponses = (roundId: string) => (JSON.parse(readFileSync(harness.roundPath(roundId), 'utf8')) as OwnRoundDocument).round.responses;

describe('padded responses', () => {
  it('the padded vectors are padded to 4,096 and 16,384 bytes', () => {
    const padded = vectorFiles({ padded: true }).filter((f) => isPaddedVector(f.name));
    expect(padded.map((f) => f.name)).toEqual(['valid-padded-collega-3.json', 'valid-padded-medewerker-2.json']);
    const plaintexts = vectorPlaintexts();
    const sizes = padded.map((f) => {
      const ct = decodeBase64url(responseFileSchema.parse(JSON.parse(f.content)).ct);
      const plain = JSON.stringify(plaintexts[f.name.replace('.json', '')]);
      // The bucket our writer would choose for the same payload is the one the reference chose.
      expect(ct!.length - 16).toBe(paddedSize(Buffer.byteLength(plain)));
      return ct!.length - 16;
    });
    expect(sizes).toEqual([4096, 16384]);
  });

  it('import, alone, decrypting to exactly their payloads', async () => {
    const app = await seedVectorRound();
    const { roundId } = vectorRound();
    const files = vectorFiles({ padded: true }).filter((f) => isPaddedVector(f.name));
    const summary = await app.call<ImportSummary>('importResponses', { files });
    expect(summary.outcomes).toEqual(files.map((f) => ({ name: f.name, outcome: 'accepted', reason: null, round: { id: roundId, name: 'Vectoren' } })));
    expect(summary.rounds[0]?.counts).toEqual({ leidinggevende: 0, collega: 1, medewerker: 1, extern: 0, bestuurlijk: 0 });
    const plaintexts = vectorPlaintexts();
    expect(storedResponses(roundId)).toEqual([plaintexts['valid-padded-collega-3'], plaintexts['valid-padded-medewerker-2']]);
  });

  it('import beside the unpadded vectors in one batch: five answers, the duplicate counted once', async () => {
    const app = await seedVectorRound();
    const { roundId } = vectorRound();
    const summary = await app.call<ImportSummary>('importResponses', { files: vectorFiles({ padded: true }) });
    const accepted = summary.outcomes.filter((o) => o.outcome === 'accepted').map((o) => o.name);
    expect(accepted).toEqual(['valid-collega-1.json', 'valid-collega-2.json', 'valid-medewerker-1.json', 'valid-padded-collega-3.json', 'valid-padded-medewerker-2.json']);
    expect([summary.accepted, summary.duplicates]).toEqual([5, 1]);
    expect(summary.rounds[0]?.counts).toEqual({ leidinggevende: 0, collega: 3, medewerker: 2, extern: 0, bestuurlijk: 0 });
    const plaintexts = vectorPlaintexts();
    expect(storedResponses(roundId)).toEqual(accepted.map((name) => plaintexts[name.replace('.json', '')]));
  });

  it('an answer written the way the form writes it (padded) imports to the same payload', async () => {
    const round = await harness.createRound(['collega']);
    const doc = JSON.parse(readFileSync(harness.roundPath(round.id), 'utf8')) as OwnRoundDocument;
    const answer = payload('collega', 7, { comments: { keepDoing: 'Blijft rustig als het spannend wordt.' } });
    const content = await responseFileText(answer, round.id, doc.round.publicKey);
    expect(decodeBase64url(responseFileSchema.parse(JSON.parse(content)).ct)?.length).toBe(4096 + 16);
    const summary = await harness.call<ImportSummary>('importResponses', { files: [{ name: 'kompas-antwoord-0a1b2c3d.json', size: Buffer.byteLength(content), content }] });
    expect(summary.accepted).toBe(1);
    expect(storedResponses(round.id)).toEqual([answer]);
  });
});
