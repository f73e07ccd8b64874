/**
 * Importing through the real contract, services, storage and crypto: duplicates per round, the
 * bounds of one request, an import of thousands of files in chunks.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '@shared/contract/api';
import { RESPONSE_MAX_BYTES } from '@shared/features/exchange/formatConstants';
import { IMPORT_CHUNK_BYTES, IMPORT_CHUNK_FILES, importChunks, requestBytes } from '@shared/features/feedback/importChunks';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { payload, responseFileText } from '../../../fixtures/feedback';
import { openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.cleanup());

function publicKeyOf(h: Harness, roundId: string): OwnRoundDocument['round']['publicKey'] {
  return (JSON.parse(readFileSync(h.roundPath(roundId), 'utf8')) as OwnRoundDocument).round.publicKey;
}

describe('duplicates are per round (spec §3)', () => {
  it('the same responseId in two rounds is stored in both; a second time in a round is a duplicate', async () => {
    harness = await openHarness();
    const a = await harness.createRound(['collega']);
    const b = await harness.createRound(['collega']);
    const answer = payload('collega', 7);
    const files = await Promise.all(
      [a, b, a].map(async (round, i) => {
        const content = await responseFileText(answer, round.id, publicKeyOf(harness, round.id));
        return { name: `antwoord-${i}.json`, size: Buffer.byteLength(content), content };
      }),
    );
    const summary = await harness.call<ImportSummary>('importResponses', { files });
    expect(summary.outcomes.map((o) => [o.outcome, o.round?.id])).toEqual([
      ['accepted', a.id],
      ['accepted', b.id],
      ['duplicate', a.id],
    ]);
    const rounds = await harness.call<RoundSummary[]>('listRounds', {});
    expect(rounds.map((r) => r.total)).toEqual([1, 1]);
    const again = await harness.call<ImportSummary>('importResponses', { files: files.slice(1) });
    expect(again.outcomes.map((o) => o.outcome)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('one request is one bounded chunk', () => {
  it(`refuses more than ${IMPORT_CHUNK_FILES} files or more than ${IMPORT_CHUNK_BYTES} bytes of content, and stores nothing`, async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    const [valid] = await harness.responseFiles(round.id, 1);
    const tooMany = Array.from({ length: IMPORT_CHUNK_FILES + 1 }, () => valid!);
    const big = 'x'.repeat(RESPONSE_MAX_BYTES);
    const tooHeavy = Array.from({ length: Math.floor(IMPORT_CHUNK_BYTES / RESPONSE_MAX_BYTES) + 1 }, (_, i) => ({
      name: `groot-${i}.json`,
      size: RESPONSE_MAX_BYTES,
      content: big,
    }));
    for (const files of [tooMany, tooHeavy]) {
      const result = await harness.dispatch('importResponses', { profileId: harness.profileId, files });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    expect((await harness.call<RoundSummary>('getRound', { id: round.id })).total).toBe(0);
    // The chunks the renderer makes of the same files are each taken.
    const chunks = importChunks(tooHeavy, requestBytes);
    expect(chunks.length).toBe(2);
    for (const chunk of chunks) {
      const summary = await harness.call<ImportSummary>('importResponses', { files: chunk });
      expect(new Set(summary.outcomes.map((o) => o.reason))).toEqual(new Set(['not-json']));
    }
  });

  it('an import of 3,000 files in several requests lands every answer once, with duplicates and refusals among them', async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    const files = await harness.responseFiles(round.id, 3000);
    // Duplicates in the same chunk as their original and in a later one.
    const extra = [files[10]!, files[2900]!, { name: 'kapot.json', size: 5, content: '{"a":' }];
    const all = [...files.slice(0, 2000), ...extra, ...files.slice(2000)];
    const summary = await harness.importAll(all, 1000);
    expect([summary.accepted, summary.duplicates, summary.refused]).toEqual([3000, 2, 1]);
    expect(summary.outcomes.map((o) => o.name)).toEqual(all.map((f) => f.name));
    expect((await harness.call<RoundSummary>('getRound', { id: round.id })).total).toBe(3000);
    const stored = (JSON.parse(readFileSync(harness.roundPath(round.id), 'utf8')) as OwnRoundDocument).round.responses;
    expect(new Set(stored.map((r) => r.responseId)).size).toBe(3000);
  }, 120_000);
});
