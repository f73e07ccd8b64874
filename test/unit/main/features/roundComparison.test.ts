/**
 * A report that does not change afterwards: the meetmoment it compares with is fixed when the round
 * closes (the latest, or the one the leader picks) and kept with the round. A newer meetmoment
 * changes nothing; deleting that meetmoment removes its figures from the round (file, backups) and
 * the report then has no self column — it never switches to another meetmoment. Rounds closed before
 * this was recorded are pinned on first use: the latest meetmoment dated on or before the close day.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer } from '@shared/kernel/compass/model';
import { needleScores } from '@shared/kernel/scoring';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { filesMentioning, openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.cleanup());

type Report = { round: RoundSummary; report: ReportModel };

/** A meetmoment whose answers are all `value` (so each one's self figures are its own). */
function meetmoment(h: Harness, date: string, value: 1 | 2 | 3 | 4 | 5): Promise<Assessment> {
  const answers = Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, value as Answer]));
  return h.call<Assessment>('createAssessment', { ...newAssessmentInput(date), answers });
}

/** A round with six answers (enough for figures), closed with `close` input. */
async function closedRound(h: Harness, close: Record<string, unknown> = {}): Promise<RoundSummary> {
  const round = await h.createRound();
  await h.call('importResponses', { files: await h.responseFiles(round.id, 6) });
  return h.call<RoundSummary>('closeRound', { id: round.id, ...close });
}

const selfNeedle = (r: Report) => r.report.self?.needles['1'] ?? null;

describe('closing a round fixes the meetmoment its report compares with', () => {
  it('the latest by default; a newer meetmoment saved afterwards changes nothing, also after a restart', async () => {
    harness = await openHarness({ now: () => new Date('2026-06-15T10:00:00Z') });
    await meetmoment(harness, '2026-01-10', 2);
    const latest = await meetmoment(harness, '2026-05-01', 3);
    await meetmoment(harness, '2026-03-01', 5); // saved later, but dated earlier: not the latest
    const closed = await closedRound(harness);
    expect(closed.comparedWith).toEqual({ kind: 'meetmoment', assessmentId: latest.id, takenOn: '2026-05-01' });
    const before = await harness.call<Report>('getReport', { id: closed.id });
    expect(selfNeedle(before)).toBe(3);

    await meetmoment(harness, '2026-06-15', 1);
    const after = await harness.call<Report>('getReport', { id: closed.id });
    expect(after).toEqual(before);
    expect(await (await harness.reopen()).call<Report>('getReport', { id: closed.id })).toEqual(before);
  });

  it('the one the leader picks', async () => {
    harness = await openHarness();
    const older = await meetmoment(harness, '2025-01-10', 2);
    await meetmoment(harness, '2025-05-01', 4);
    const closed = await closedRound(harness, { assessmentId: older.id });
    expect(closed.comparedWith).toEqual({ kind: 'meetmoment', assessmentId: older.id, takenOn: '2025-01-10' });
    expect(selfNeedle(await harness.call<Report>('getReport', { id: closed.id }))).toBe(2);
  });

  it('refuses an unknown meetmoment, and the round stays open', async () => {
    harness = await openHarness();
    await meetmoment(harness, '2025-01-10', 2);
    const round = await harness.createRound();
    await expect(harness.call('closeRound', { id: round.id, assessmentId: '6f1d2c3b-0a4e-4f5d-8c7b-9a8e7d6c5b4a' })).rejects.toMatchObject({
      payload: { code: 'assessment-not-found' },
    });
    expect((await harness.call<RoundSummary>('getRound', { id: round.id })).closedAt).toBeNull();
  });

  it('none without any meetmoment; one saved afterwards is not used', async () => {
    harness = await openHarness();
    const closed = await closedRound(harness);
    expect(closed.comparedWith).toEqual({ kind: 'none' });
    await meetmoment(harness, '2020-01-01', 4);
    const report = await harness.call<Report>('getReport', { id: closed.id });
    expect(report.report.self).toBeNull();
    expect(report.round.comparedWith).toEqual({ kind: 'none' });
  });
});

describe('deleting the meetmoment a report compares with', () => {
  it('leaves the report without self column, says so, and does not switch to another meetmoment', async () => {
    harness = await openHarness();
    await meetmoment(harness, '2025-01-10', 2);
    const pinned = await meetmoment(harness, '2025-05-01', 4);
    const closed = await closedRound(harness);
    expect((await harness.call<Report>('getReport', { id: closed.id })).report.gaps.length).toBeGreaterThan(0);

    await harness.call('deleteAssessment', { id: pinned.id });

    const report = await harness.call<Report>('getReport', { id: closed.id });
    expect(report.round.comparedWith).toEqual({ kind: 'deleted' });
    expect(report.report.self).toBeNull();
    expect(report.report.gaps).toEqual([]);
    expect(filesMentioning(harness.dir, pinned.id)).toEqual([]);
  });

  it('removes the self figures from a published report (raw answers deleted), in the file and its backups', async () => {
    harness = await openHarness();
    const pinned = await meetmoment(harness, '2025-05-01', 4);
    const closed = await closedRound(harness);
    const published = await harness.call<RoundSummary>('deleteRawResponses', { id: closed.id });
    expect(published.rawDeleted).toBe(true);
    const stored = JSON.parse(readFileSync(harness.roundPath(closed.id), 'utf8')) as OwnRoundDocument;
    expect(stored.round.published?.self).not.toBeNull();
    const backups = join(harness.dir, 'profiles', harness.profileId, 'rounds', 'backups', closed.id);
    expect(filesMentioning(backups, pinned.id).length).toBeGreaterThan(0);

    await harness.call('deleteAssessment', { id: pinned.id });

    const after = JSON.parse(readFileSync(harness.roundPath(closed.id), 'utf8')) as OwnRoundDocument;
    expect(after.round.published?.self).toBeNull();
    expect(after.round.published?.gaps).toEqual([]);
    expect(after.round.comparedWith).toEqual({ kind: 'deleted' });
    expect(filesMentioning(harness.dir, pinned.id)).toEqual([]);
    // The others' figures stay as published.
    expect(after.round.published?.sets).toEqual(stored.round.published?.sets);
    expect((await harness.call<Report>('getReport', { id: closed.id })).report.self).toBeNull();
  });

  it('while the round is being closed: the round never keeps the deleted meetmoment', async () => {
    harness = await openHarness();
    const older = await meetmoment(harness, '2025-01-10', 2);
    const latest = await meetmoment(harness, '2025-05-01', 4);
    const round = await harness.createRound();
    await harness.call('importResponses', { files: await harness.responseFiles(round.id, 6) });

    await Promise.all([harness.call('deleteAssessment', { id: latest.id }), harness.call('closeRound', { id: round.id })]);

    const closed = await harness.call<Report>('getReport', { id: round.id });
    // Closed before the deletion (then marked deleted) or after it (then the older one): never the deleted one.
    expect([{ kind: 'deleted' }, { kind: 'meetmoment', assessmentId: older.id, takenOn: '2025-01-10' }]).toContainEqual(closed.round.comparedWith);
    expect(filesMentioning(harness.dir, latest.id)).toEqual([]);
  });

  it('changes nothing in rounds that compare with another meetmoment', async () => {
    harness = await openHarness();
    const kept = await meetmoment(harness, '2025-05-01', 4);
    const closed = await closedRound(harness);
    const other = await meetmoment(harness, '2025-06-01', 2);
    const before = readFileSync(harness.roundPath(closed.id), 'utf8');
    await harness.call('deleteAssessment', { id: other.id });
    expect(readFileSync(harness.roundPath(closed.id), 'utf8')).toBe(before);
    expect((await harness.call<RoundSummary>('getRound', { id: closed.id })).comparedWith).toMatchObject({ assessmentId: kept.id });
  });
});

describe('a round closed before the comparison was recorded', () => {
  /** Makes the round look as an older version left it: closed on `closedAt`, nothing fixed. */
  async function legacy(h: Harness, roundId: string, closedAt: string, published = false): Promise<Harness> {
    if (published) await h.call('deleteRawResponses', { id: roundId });
    const doc = JSON.parse(readFileSync(h.roundPath(roundId), 'utf8')) as OwnRoundDocument;
    writeFileSync(h.roundPath(roundId), JSON.stringify({ ...doc, round: { ...doc.round, closedAt, comparedWith: null } }));
    rmSync(join(h.dir, 'profiles', h.profileId, 'rounds', 'backups', roundId), { recursive: true, force: true });
    return h.reopen();
  }

  it('compares with the latest meetmoment dated on or before the day it closed (in the leader’s time zone), pinned from then on', async () => {
    harness = await openHarness({ timeZone: () => 'Europe/Amsterdam' });
    await meetmoment(harness, '2025-03-01', 2);
    const closeDay = await meetmoment(harness, '2025-03-10', 3);
    await meetmoment(harness, '2025-03-11', 5);
    const closed = await closedRound(harness);
    // 23:30 UTC on 9 March is 00:30 on 10 March in Amsterdam: the meetmoment of the 10th counts.
    const h = await legacy(harness, closed.id, '2025-03-09T23:30:00.000Z');
    expect((await h.call<RoundSummary>('getRound', { id: closed.id })).comparedWith).toBeNull();

    const report = await h.call<Report>('getReport', { id: closed.id });
    expect(report.round.comparedWith).toEqual({ kind: 'meetmoment', assessmentId: closeDay.id, takenOn: '2025-03-10' });
    expect(selfNeedle(report)).toBe(3);
    // A meetmoment saved now with an earlier date does not change it: it was pinned.
    await meetmoment(h, '2025-03-10', 1);
    expect(await h.call<Report>('getReport', { id: closed.id })).toEqual(report);
  });

  it('is not switched to another meetmoment when the one it would compare with is deleted', async () => {
    harness = await openHarness({ timeZone: () => 'Europe/Amsterdam' });
    await meetmoment(harness, '2025-03-01', 2);
    const wouldUse = await meetmoment(harness, '2025-03-10', 3);
    const closed = await closedRound(harness);
    const h = await legacy(harness, closed.id, '2025-03-12T12:00:00.000Z');
    await h.call('deleteAssessment', { id: wouldUse.id });
    const report = await h.call<Report>('getReport', { id: closed.id });
    expect(report.round.comparedWith).toEqual({ kind: 'deleted' });
    expect(report.report.self).toBeNull();
  });

  it('with only its published figures: deleting the meetmoment those self figures came from removes them', async () => {
    harness = await openHarness();
    await meetmoment(harness, '2025-03-01', 2);
    const used = await meetmoment(harness, '2025-03-10', 3);
    const closed = await closedRound(harness);
    const h = await legacy(harness, closed.id, '2025-03-12T12:00:00.000Z', true);
    const before = JSON.parse(readFileSync(h.roundPath(closed.id), 'utf8')) as OwnRoundDocument;
    expect(before.round.published?.self?.needles['1']).toBe(3);
    expect(Object.values(before.round.published?.self?.needles ?? {})).toEqual(Object.values(needleScores(used.answers)));

    await h.call('deleteAssessment', { id: used.id });

    const after = JSON.parse(readFileSync(h.roundPath(closed.id), 'utf8')) as OwnRoundDocument;
    expect(after.round.published?.self).toBeNull();
    expect(after.round.comparedWith).toEqual({ kind: 'deleted' });
  });
});
