/**
 * One writer per document: an import, a close, a deletion and a new round never interleave so that
 * one loses the other's change. Real services, real files, real crypto, real concurrency. A large
 * import travels in chunks, one request after another, as the renderer sends it (here smaller ones,
 * so that a few thousand files make several requests).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import { filesMentioning, openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.cleanup());

/** Resolves when the round has stored at least one answer (an import is under way and has committed). */
async function firstCommit(h: Harness, roundId: string): Promise<RoundSummary> {
  for (;;) {
    const round = await h.call<RoundSummary>('getRound', { id: roundId });
    if (round.total > 0) return round;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('closing a round while a large import runs', () => {
  it('keeps the round closed, refuses the files after the close, and leaves the report as it was', async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    const files = await harness.responseFiles(round.id, 3000);

    const importing = harness.importAll(files, 1000);
    await firstCommit(harness, round.id);
    const closed = await harness.call<RoundSummary>('closeRound', { id: round.id });
    const atClose = await harness.call<{ round: RoundSummary; report: ReportModel }>('getReport', { id: round.id });
    const summary = await importing;

    const after = await harness.call<RoundSummary>('getRound', { id: round.id });
    expect(after.closedAt).toBe(closed.closedAt);
    expect(after.total).toBe(closed.total);
    // Some files were stored before the close, the rest refused because of it: none lost, none added after.
    expect(summary.accepted).toBe(closed.total);
    expect(summary.accepted).toBeGreaterThan(0);
    expect(summary.accepted).toBeLessThan(3000);
    expect(summary.refused).toBe(3000 - summary.accepted);
    expect(new Set(summary.outcomes.filter((o) => o.outcome === 'refused').map((o) => o.reason))).toEqual(new Set(['round-closed']));
    // Accepted files come first: everything after the close is refused.
    const firstRefused = summary.outcomes.findIndex((o) => o.outcome === 'refused');
    expect(summary.outcomes.slice(firstRefused).every((o) => o.outcome === 'refused')).toBe(true);

    const report = await harness.call<{ round: RoundSummary; report: ReportModel }>('getReport', { id: round.id });
    expect(report).toEqual(atClose);
    // And after a restart, still the same.
    const reopened = await harness.reopen();
    expect(await reopened.call('getReport', { id: round.id })).toEqual(atClose);
  }, 120_000);
});

describe('keeping only the published figures while an import runs', () => {
  it('keeps the raw answers deleted, in the file and everywhere else in the folder', async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    const files = await harness.responseFiles(round.id, 3000);

    const importing = harness.importAll(files, 1000);
    await firstCommit(harness, round.id);
    await harness.call('closeRound', { id: round.id });
    const minimised = await harness.call<RoundSummary>('deleteRawResponses', { id: round.id });
    const summary = await importing;

    expect(minimised.rawDeleted).toBe(true);
    const after = await harness.call<RoundSummary>('getRound', { id: round.id });
    expect(after.rawDeleted).toBe(true);
    expect(after.total).toBe(summary.accepted);
    // No stored answer's id is left anywhere in the data folder (file, backups, copies, temp files).
    for (const seed of [0, 1, 2, summary.accepted - 1]) {
      const responseId = `00000000-0000-4000-8000-${(seed + 1).toString(16).padStart(12, '0')}`;
      expect(filesMentioning(harness.dir, responseId)).toEqual([]);
    }
  }, 120_000);
});

describe('creating a round during an import', () => {
  it('keeps both the new round and every imported answer', async () => {
    harness = await openHarness();
    const first = await harness.createRound();
    const files = await harness.responseFiles(first.id, 3000);

    const importing = harness.importAll(files, 1000);
    await firstCommit(harness, first.id);
    const second = await harness.createRound(['extern']);
    const summary = await importing;

    expect(summary.accepted).toBe(3000);
    const rounds = await harness.call<RoundSummary[]>('listRounds', {});
    expect(rounds.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    expect(rounds.find((r) => r.id === first.id)?.total).toBe(3000);
  }, 120_000);
});

describe('two imports at the same time', () => {
  it('counts every new answer exactly once', async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    const shared = await harness.responseFiles(round.id, 400, 0);
    const onlyA = await harness.responseFiles(round.id, 300, 1000);
    const onlyB = await harness.responseFiles(round.id, 300, 2000);

    const [a, b] = await Promise.all([
      harness.importAll([...shared, ...onlyA], 200),
      harness.importAll([...onlyB, ...shared], 200),
    ]);

    expect(a.accepted + b.accepted).toBe(1000);
    expect(a.duplicates + b.duplicates).toBe(400);
    const after = await harness.call<RoundSummary>('getRound', { id: round.id });
    expect(after.total).toBe(1000);
    const reopened = await harness.reopen();
    expect((await reopened.call<RoundSummary>('getRound', { id: round.id })).total).toBe(1000);
  }, 120_000);
});
