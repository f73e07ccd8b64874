/**
 * A round held by a coach (spec §7), through the real services on real folders: the coach's app
 * hands over a closed round's report as a file, the leader's app imports it as a closed round that
 * reads like any round, and holds no key and no raw answer of it. Every refusal changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { History } from '@shared/contract/api';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { PublishedReportFile } from '@shared/features/feedback/publishedReportFile';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import type { OwnRoundDocument, RoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer } from '@shared/kernel/compass/model';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { folderHashes } from '../../../fixtures/folders';
import { filesMentioning, openHarness, type Harness } from './harness';

const harnesses: Harness[] = [];
afterEach(() => {
  for (const h of harnesses.splice(0)) h.cleanup();
});

async function open(now: string): Promise<Harness> {
  const h = await openHarness({ now: () => new Date(now), timeZone: () => 'Europe/Amsterdam' });
  harnesses.push(h);
  return h;
}

type Report = { round: RoundSummary; report: ReportModel };
type Exported = { fileName: string; text: string };

/** The same self-assessment in both folders: the coach's copy of the coachee's, and the leader's own. */
function meetmoment(h: Harness): Promise<Assessment> {
  const answers = Object.fromEntries(ALL_ITEM_IDS.map((id, i) => [id, ((i % 5) + 1) as Answer]));
  return h.call<Assessment>('createAssessment', { ...newAssessmentInput('2026-05-01'), answers });
}

/** In the coach's folder: a round with eight answers (4 collega's, 4 medewerkers), closed. */
async function coachRound(coach: Harness): Promise<RoundSummary> {
  await meetmoment(coach);
  const round = await coach.createRound(['collega', 'medewerker']);
  await coach.importAll(await coach.responseFiles(round.id, 8));
  return coach.call<RoundSummary>('closeRound', { id: round.id });
}

async function refusal(h: Harness, name: string, input: Record<string, unknown>): Promise<unknown> {
  const result = await h.dispatch(name, { profileId: h.profileId, ...input });
  expect(result.ok).toBe(false);
  return result.ok ? null : result.error;
}

/** The report without the id of the meetmoment it compares with (each folder has its own meetmoment of that day). */
const figures = (r: ReportModel) => ({ ...r, self: r.self ? { ...r.self, assessmentId: null } : null });

describe('a round held by a coach, handed over as a report file', () => {
  it('the leader\'s report equals the coach\'s figure for figure, in the rounds list, report and history', async () => {
    const coach = await open('2026-06-15T10:00:00Z');
    const closed = await coachRound(coach);
    const coachReport = await coach.call<Report>('getReport', { id: closed.id });
    const coachHistory = await coach.call<History>('getHistory', {});
    const file = await coach.call<Exported>('exportPublishedReport', { roundId: closed.id });
    expect(file.fileName).toBe('kompas-rapport-najaar-2026-06-15.json');

    const leader = await open('2026-06-20T09:00:00Z');
    const own = await meetmoment(leader);
    const imported = await leader.call<RoundSummary>('importPublishedReport', { text: file.text });
    expect(imported).toMatchObject({ id: closed.id, origin: 'published', name: 'Najaar', closedOn: '2026-06-15', rawDeleted: true, total: 8 });
    expect(imported.comparedWith).toEqual({ kind: 'meetmoment', assessmentId: own.id, takenOn: '2026-05-01' });
    expect(await leader.call<RoundSummary[]>('listRounds', {})).toEqual([imported]);

    const leaderReport = await leader.call<Report>('getReport', { id: closed.id });
    expect(leaderReport.report.self?.assessmentId).toBe(own.id);
    expect(figures(leaderReport.report)).toEqual(figures(coachReport.report));
    expect(leaderReport.report.gaps.length).toBeGreaterThan(0);

    const leaderHistory = await leader.call<History>('getHistory', {});
    expect(leaderHistory.rounds).toEqual(coachHistory.rounds);
    expect(leaderHistory.rounds[0]?.date).toBe('2026-06-15');

    // Nothing of the key or the raw answers travels, nor lands in the leader's folder.
    const coachDoc = JSON.parse(readFileSync(coach.roundPath(closed.id), 'utf8')) as OwnRoundDocument;
    const d = (JSON.parse(coachDoc.round.privateKey.data) as JsonWebKey).d!;
    const responseIds = coachDoc.round.responses.map((r) => r.responseId);
    expect(responseIds).toHaveLength(8);
    for (const secret of [d, 'privateKey', 'publicKey', ...responseIds]) {
      expect(file.text).not.toContain(secret);
      expect(filesMentioning(leader.dir, secret)).toEqual([]);
    }
    const stored = JSON.parse(readFileSync(leader.roundPath(closed.id), 'utf8')) as RoundDocument;
    expect(Object.keys(stored.round).sort()).toEqual(['closedOn', 'comparedWith', 'id', 'importedAt', 'name', 'origin', 'questionnaire', 'report']);

    // After a restart it reads the same.
    const again = await leader.reopen();
    harnesses.push(again);
    expect(figures((await again.call<Report>('getReport', { id: closed.id })).report)).toEqual(figures(coachReport.report));
  });

  it('compares with the meetmoment the leader picks, or none; deleting that meetmoment leaves the figures without self', async () => {
    const coach = await open('2026-06-15T10:00:00Z');
    const closed = await coachRound(coach);
    const { text } = await coach.call<Exported>('exportPublishedReport', { roundId: closed.id });

    const bare = await open('2026-06-20T09:00:00Z');
    const none = await bare.call<RoundSummary>('importPublishedReport', { text });
    expect(none.comparedWith).toEqual({ kind: 'none' });
    expect((await bare.call<Report>('getReport', { id: closed.id })).report.self).toBeNull();

    const leader = await open('2026-06-20T09:00:00Z');
    const picked = await meetmoment(leader);
    await leader.call('createAssessment', newAssessmentInput('2026-06-01'));
    const summary = await leader.call<RoundSummary>('importPublishedReport', { text, assessmentId: picked.id });
    expect(summary.comparedWith).toMatchObject({ kind: 'meetmoment', assessmentId: picked.id });
    await leader.call('deleteAssessment', { id: picked.id });
    const after = await leader.call<Report>('getReport', { id: closed.id });
    expect(after.round.comparedWith).toEqual({ kind: 'deleted' });
    expect(after.report.self).toBeNull();
    expect(after.report.sets).toEqual((await bare.call<Report>('getReport', { id: closed.id })).report.sets);
    expect(filesMentioning(leader.dir, picked.id)).toEqual([]);
  });

  it('an imported round has no invitations, answers, closing or raw answers to delete; deleting it works', async () => {
    const coach = await open('2026-06-15T10:00:00Z');
    const closed = await coachRound(coach);
    const { text } = await coach.call<Exported>('exportPublishedReport', { roundId: closed.id });
    const leader = await open('2026-06-20T09:00:00Z');
    const imported = await leader.call<RoundSummary>('importPublishedReport', { text });

    expect(await refusal(leader, 'getInvitation', { id: closed.id, group: 'collega' })).toMatchObject({ code: 'round-closed' });
    expect(await refusal(leader, 'exportPublishedReport', { roundId: closed.id })).toMatchObject({ code: 'round-held-by-coach' });
    const before = folderHashes(leader.dir);
    const answers = await leader.importAll(await coach.responseFiles(closed.id, 2, 50));
    expect(answers.outcomes.map((o) => o.reason)).toEqual(['round-closed', 'round-closed']);
    expect(await leader.call<RoundSummary>('closeRound', { id: closed.id })).toEqual(imported);
    expect(await leader.call<RoundSummary>('deleteRawResponses', { id: closed.id })).toEqual(imported);
    expect(folderHashes(leader.dir)).toEqual(before);

    await leader.call('deleteRound', { id: closed.id, name: 'Najaar' });
    expect(await leader.call<RoundSummary[]>('listRounds', {})).toEqual([]);
    expect(filesMentioning(leader.dir, closed.id)).toEqual([]);
    // Deleted, it can be read in again.
    expect((await leader.call<RoundSummary>('importPublishedReport', { text })).id).toBe(closed.id);
  });
});

describe('a round the coach holds', () => {
  it('is marked so, and its invitations\' e-mail says the coach asks and the leader sees only the summary', async () => {
    const coach = await open('2026-06-15T10:00:00Z');
    const base = { name: 'Voor Anne', leader: 'Anne de Vries', groups: ['collega', 'medewerker'], closesOn: null, returnTo: 'coach@example.nl', managerNonAnonymous: false, language: 'nl' };
    const held = await coach.call<RoundSummary>('createRound', { ...base, heldByCoach: true });
    const own = await coach.call<RoundSummary>('createRound', base);
    expect([held.heldByCoach, own.heldByCoach]).toEqual([true, false]);
    type Invitation = { html: string; mailBody: string };
    const heldMail = await coach.call<Invitation>('getInvitation', { id: held.id, group: 'collega' });
    const ownMail = await coach.call<Invitation>('getInvitation', { id: own.id, group: 'collega' });
    expect(heldMail.mailBody).toContain('Als coach van Anne de Vries vraag ik u om feedback');
    expect(heldMail.mailBody).toContain('De leider ziet alleen het samengevatte rapport');
    expect(ownMail.mailBody).not.toContain('samengevatte rapport');
    // The invitation file itself is the same format (spec §1): nothing about the coach in it.
    expect(heldMail.html).not.toContain('heldByCoach');
  });
});

describe('every refusal changes nothing', () => {
  async function setUp() {
    const coach = await open('2026-06-15T10:00:00Z');
    const closed = await coachRound(coach);
    const { text } = await coach.call<Exported>('exportPublishedReport', { roundId: closed.id });
    const leader = await open('2026-06-20T09:00:00Z');
    await meetmoment(leader);
    return { coach, closed, text, leader };
  }

  /** The file damaged the way a hand-edited file would be. */
  const edit = (text: string, change: (file: PublishedReportFile, loose: Record<string, unknown>) => void): string => {
    const file = JSON.parse(text) as PublishedReportFile;
    change(file, file as unknown as Record<string, unknown>);
    return JSON.stringify(file);
  };

  it('refuses each kind of bad file with its code, the data folder byte-identical', async () => {
    const { text, leader } = await setUp();
    const cases: [string, string][] = [
      ['below-k', edit(text, (f) => (f.report.sets[1]!.n = 2))],
      // One item's figure for "alle anderen" from two answers (its distribution to match).
      ['below-k', edit(text, (f) => (f.report.sets[0]!.items['1.1'] = { ...f.report.sets[0]!.items['1.1']!, n: 2, distribution: [0, 1, 1, 0, 0] }))],
      ['not-json', text.slice(0, -1)],
      ['not-a-report', JSON.stringify({ format: 'ambtelijk-kompas/antwoord', version: 1 })],
      ['newer-version', edit(text, (_, loose) => (loose.version = 2))],
      ['unknown-version', edit(text, (_, loose) => (loose.version = '1'))],
      ['invalid', edit(text, (_, loose) => (loose.responses = []))],
      ['roundid-mismatch', edit(text, (f) => (f.roundId = '11111111-1111-4111-8111-111111111111'))],
      ['too-large', 'é'.repeat(600_000)],
    ];
    await leader.call('importPublishedReport', { text });
    const before = folderHashes(leader.dir);
    for (const [reason, bad] of cases) {
      expect(await refusal(leader, 'importPublishedReport', { text: bad }), reason).toEqual({ code: 'report-file-refused', params: { reason } });
    }
    expect(await refusal(leader, 'importPublishedReport', { text })).toEqual({ code: 'report-file-refused', params: { reason: 'already-imported' } });
    expect(folderHashes(leader.dir)).toEqual(before);
  });

  it('refuses a file of one of the leader\'s own rounds, and an export of a round still open', async () => {
    const { coach, text } = await setUp();
    const before = folderHashes(coach.dir);
    expect(await refusal(coach, 'importPublishedReport', { text })).toEqual({ code: 'report-file-refused', params: { reason: 'own-round' } });
    const open = await coach.createRound();
    const afterCreate = folderHashes(coach.dir);
    expect(Object.keys(afterCreate).length).toBeGreaterThan(Object.keys(before).length);
    expect(await refusal(coach, 'exportPublishedReport', { roundId: open.id })).toMatchObject({ code: 'round-open' });
    expect(folderHashes(coach.dir)).toEqual(afterCreate);
  });
});

describe('round documents of version 5', () => {
  it('upgrade to the leader\'s own round with everything as it was', async () => {
    const coach = await open('2026-06-15T10:00:00Z');
    const closed = await coachRound(coach);
    const report = await coach.call<Report>('getReport', { id: closed.id });
    const doc = JSON.parse(readFileSync(coach.roundPath(closed.id), 'utf8')) as OwnRoundDocument;
    const v5round: Partial<OwnRoundDocument['round']> = { ...doc.round };
    delete v5round.origin;
    delete v5round.heldByCoach;
    writeFileSync(coach.roundPath(closed.id), JSON.stringify({ ...doc, schemaVersion: 5, round: v5round }));
    const again = await coach.reopen();
    harnesses.push(again);
    expect(await again.call<Report>('getReport', { id: closed.id })).toEqual(report);
    const upgraded = JSON.parse(readFileSync(coach.roundPath(closed.id), 'utf8')) as OwnRoundDocument;
    expect(upgraded).toEqual({ ...doc, schemaVersion: 6 });
  });
});
