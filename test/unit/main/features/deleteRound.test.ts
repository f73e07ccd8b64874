/**
 * Deleting a round: the leader types its name; then its key, answers, report, backups and every
 * leftover copy are gone — the whole data folder is searched for the round's id and for a comment
 * from one of its answers. It waits for an import or close of that round already under way; an
 * import's files that come after it are refused as for an unknown round.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '@shared/contract/api';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { payload, responseFileText } from '../../../fixtures/feedback';
import { folderHashes } from '../../../fixtures/folders';
import { filesMentioning, openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.cleanup());

const COMMENT = 'OPMERKING-DIE-WEG-MOET-7f3a';

/** A round with answers (one with a comment) in its file, its backups, a moved-aside copy and a temp file. */
async function roundWithTraces(h: Harness, close: boolean): Promise<RoundSummary> {
  const round = await h.createRound();
  const doc = JSON.parse(readFileSync(h.roundPath(round.id), 'utf8')) as OwnRoundDocument;
  const secret = payload('collega', 50, { comments: { keepDoing: COMMENT } });
  const withComment = await responseFileText(secret, round.id, doc.round.publicKey);
  const summary = await h.call<ImportSummary>('importResponses', {
    files: [...(await h.responseFiles(round.id, 5)), { name: 'extra.json', size: withComment.length, content: withComment }],
  });
  expect(summary.accepted).toBe(6);
  if (close) {
    await h.call('closeRound', { id: round.id });
    await h.call('getReport', { id: round.id });
  }
  const roundsDir = join(h.dir, 'profiles', h.profileId, 'rounds');
  writeFileSync(join(roundsDir, `${round.id}.beschadigd-2026-01-01T00-00-00-000Z.json`), JSON.stringify({ round: { id: round.id, c: COMMENT } }));
  writeFileSync(join(roundsDir, `.${round.id}.json.0123456789ab.tmp`), JSON.stringify({ round: { id: round.id, c: COMMENT } }));
  writeFileSync(join(roundsDir, 'feedback-v1.beschadigd-2024-05-01T10-00-00-000Z.json'), `{"rounds":[{"id":"${round.id}"`);
  expect(filesMentioning(h.dir, round.id).length).toBeGreaterThan(4);
  expect(filesMentioning(h.dir, COMMENT).length).toBeGreaterThan(2);
  return round;
}

describe('deleting a round', () => {
  it.each([
    ['an open round', false],
    ['a closed round with its report', true],
  ])('%s: nothing of it is left anywhere in the data folder', async (_label, close) => {
    harness = await openHarness();
    const other = await harness.createRound(['extern']);
    const round = await roundWithTraces(harness, close);

    await harness.call('deleteRound', { id: round.id, name: 'Najaar' });

    expect(filesMentioning(harness.dir, round.id)).toEqual([]);
    expect(filesMentioning(harness.dir, COMMENT)).toEqual([]);
    expect((await harness.call<RoundSummary[]>('listRounds', {})).map((r) => r.id)).toEqual([other.id]);
    for (const op of ['getRound', 'getReport', 'closeRound', 'deleteRawResponses']) {
      await expect(harness.call(op, { id: round.id })).rejects.toMatchObject({ payload: { code: 'round-not-found' } });
    }
    await expect(harness.call('getInvitation', { id: round.id, group: 'collega' })).rejects.toMatchObject({ payload: { code: 'round-not-found' } });
    // The other round and its backups are untouched; after a restart the round stays gone.
    expect(filesMentioning(join(harness.dir, 'profiles', harness.profileId, 'rounds', 'backups'), other.id).length).toBeGreaterThan(0);
    const reopened = await harness.reopen();
    expect((await reopened.call<RoundSummary[]>('listRounds', {})).map((r) => r.id)).toEqual([other.id]);
    expect(filesMentioning(harness.dir, round.id)).toEqual([]);
  });

  it('refuses a name that is not the round’s, and changes nothing', async () => {
    harness = await openHarness();
    const round = await roundWithTraces(harness, true);
    const before = folderHashes(harness.dir);
    for (const name of ['', 'najaar', 'Najaar 2026', 'Voorjaar']) {
      await expect(harness.call('deleteRound', { id: round.id, name })).rejects.toMatchObject({
        payload: { code: 'round-name-mismatch', params: { round: 'Najaar' } },
      });
    }
    expect(folderHashes(harness.dir)).toEqual(before);
    // Spaces around the typed name do not matter.
    await harness.call('deleteRound', { id: round.id, name: '  Najaar ' });
    expect(filesMentioning(harness.dir, round.id)).toEqual([]);
  });

  it('refuses an unknown round', async () => {
    harness = await openHarness();
    await expect(harness.call('deleteRound', { id: '6f1d2c3b-0a4e-4f5d-8c7b-9a8e7d6c5b4a', name: 'Najaar' })).rejects.toMatchObject({
      payload: { code: 'round-not-found' },
    });
  });

  it('during a long import (sent in chunks): later chunks are refused as for an unknown round, and nothing of the round is left', async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    const files = await harness.responseFiles(round.id, 600);
    const chunks = [files.slice(0, 200), files.slice(200, 400), files.slice(400)];
    const first = await harness.call<ImportSummary>('importResponses', { files: chunks[0] });
    expect(first.accepted).toBe(200);
    // The second chunk and the deletion race: the chunk is judged outside the round's queue and
    // committed in it, so it lands before the deletion (and is deleted with it) or is refused.
    const [second] = await Promise.all([
      harness.call<ImportSummary>('importResponses', { files: chunks[1] }),
      harness.call('deleteRound', { id: round.id, name: 'Najaar' }),
    ]);
    expect(second.outcomes.every((o) => o.outcome === 'accepted' || o.reason === 'unknown-round')).toBe(true);
    const third = await harness.call<ImportSummary>('importResponses', { files: chunks[2] });
    expect(third.refused).toBe(chunks[2]!.length);
    expect(new Set(third.outcomes.map((o) => o.reason))).toEqual(new Set(['unknown-round']));
    expect(third.rounds).toEqual([]);
    expect(filesMentioning(harness.dir, round.id)).toEqual([]);
    expect(filesMentioning(harness.dir, payload('collega', 0).responseId)).toEqual([]);
  }, 120_000);
});
