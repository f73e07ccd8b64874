/**
 * A round whose raw answers were deleted keeps its report as published. One published under report-model
 * version 1 (before "alle anderen" first) still opens, after a restart, and shows what it showed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { openHarness, type Harness } from './harness';

const V1 = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../fixtures/feedback-report-v1.json'), 'utf8')) as Record<string, unknown>;

let harness: Harness;
beforeEach(async () => {
  harness = await openHarness();
});
afterEach(() => harness.cleanup());

it('opens a round whose published report has version 1, with its figures as published', async () => {
  const round = await harness.createRound(['leidinggevende', 'collega', 'medewerker']);
  await harness.call('closeRound', { id: round.id });
  await harness.call('deleteRawResponses', { id: round.id });
  // The stored document as an older app left it: its published report is a version-1 model.
  const path = harness.roundPath(round.id);
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { round: Record<string, unknown> };
  const published = { ...V1, roundId: round.id };
  writeFileSync(path, JSON.stringify({ ...doc, round: { ...doc.round, published } }, null, '\t'));

  const reopened = await harness.reopen();
  const { report } = await reopened.call<{ report: ReportModel }>('getReport', { id: round.id });
  expect([report.version, report.setRules]).toEqual([2, 1]);
  expect(report.sets).toEqual(V1.sets);
  expect(report.gaps).toEqual(V1.gaps);
  expect(report.comments).toEqual(V1.comments);
  expect(report.self?.takenOn).toBeNull();
  const summary = await reopened.call<RoundSummary>('getRound', { id: round.id });
  expect(summary).toMatchObject({ rawDeleted: true, counts: V1.counts });
  // History reads it too (the same published figures).
  const history = await reopened.call<{ rounds: { id: string }[] }>('getHistory', {});
  expect(history.rounds.map((r) => r.id)).toEqual([round.id]);
});
