/** 360° rounds through the real contract, services, storage and crypto (no mocks). One file per round. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '@shared/contract/api';
import { invitationSchema } from '@shared/features/exchange/formats';
import { CURRENT_QUESTIONNAIRE_VERSION, questionnaireOf } from '@shared/kernel/compass/questionnaires';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { payload, responseFileText, vectorFiles, vectorPlaintexts, vectorRound } from '../../../fixtures/feedback';
import { filesMentioning, openHarness, type Harness } from './harness';
import { seedVectorRound as seed } from './vectorRound';

let harness: Harness;
beforeEach(async () => {
  harness = await openHarness();
});
afterEach(() => harness.cleanup());

/** The profile's rounds folder: profiles/<id>/rounds/<roundId>.json, backups in rounds/backups/<roundId>/. */
function roundsDir(): string {
  return join(harness.dir, 'profiles', harness.profileId, 'rounds');
}

function roundBackups(roundId: string): string[] {
  const folder = join(roundsDir(), 'backups', roundId);
  return existsSync(folder) ? readdirSync(folder) : [];
}

const seedVectorRound = (version: 1 | 2 = 1): Promise<Harness> => seed(harness, version);

describe('importing the spec vectors', () => {
  it('accepts the valid ones (padded or not), counts the duplicate once and refuses the rest with the right reason', async () => {
    const app = await seedVectorRound();
    const summary = await app.call<ImportSummary>('importResponses', { files: vectorFiles() });
    const byName = Object.fromEntries(summary.outcomes.map((o) => [o.name, [o.outcome, o.reason, o.round?.name ?? null]]));
    expect(byName).toEqual({
      'duplicate-of-valid-collega-1.json': ['duplicate', null, 'Vectoren'],
      'refused-extra-field.json': ['refused', 'invalid-payload', 'Vectoren'],
      'refused-not-json.json': ['refused', 'not-json', null],
      'refused-other-leader.json': ['refused', 'not-decryptable', 'Vectoren'],
      'refused-out-of-range.json': ['refused', 'invalid-payload', 'Vectoren'],
      'refused-tampered.json': ['refused', 'not-decryptable', 'Vectoren'],
      'refused-unknown-round.json': ['refused', 'unknown-round', null],
      'valid-collega-1.json': ['accepted', null, 'Vectoren'],
      'valid-collega-2.json': ['accepted', null, 'Vectoren'],
      'valid-medewerker-1.json': ['accepted', null, 'Vectoren'],
      'valid-padded-collega-3.json': ['accepted', null, 'Vectoren'],
      'valid-padded-medewerker-2.json': ['accepted', null, 'Vectoren'],
    });
    expect([summary.accepted, summary.duplicates, summary.refused]).toEqual([5, 1, 6]);
    expect(summary.rounds[0]?.counts).toEqual({ leidinggevende: 0, collega: 3, medewerker: 2, extern: 0, bestuurlijk: 0 });
    const stored = JSON.parse(readFileSync(harness.roundPath(vectorRound().roundId), 'utf8')) as OwnRoundDocument;
    // Stored as the payloads decrypt to: the padding is gone with the JSON parse.
    const plaintexts = vectorPlaintexts();
    expect(stored.round.responses).toEqual(
      ['valid-collega-1', 'valid-collega-2', 'valid-medewerker-1', 'valid-padded-collega-3', 'valid-padded-medewerker-2'].map((n) => plaintexts[n]),
    );
  });

  it('a round of questionnaire 2 refuses the (version 1) vectors as a wrong questionnaire, and stores nothing', async () => {
    const app = await seedVectorRound(2);
    const { roundId } = vectorRound();
    const before = readFileSync(harness.roundPath(roundId), 'utf8');
    const summary = await app.call<ImportSummary>('importResponses', { files: vectorFiles() });
    const byName = Object.fromEntries(summary.outcomes.map((o) => [o.name, [o.outcome, o.reason]]));
    const valid = vectorFiles().filter((f) => f.name.startsWith('valid-') || f.name.startsWith('duplicate-'));
    expect(valid).toHaveLength(6);
    for (const { name } of valid) {
      expect(byName[name]).toEqual(['refused', 'invalid-payload']);
    }
    expect([summary.accepted, summary.duplicates]).toEqual([0, 0]);
    expect(readFileSync(harness.roundPath(roundId), 'utf8')).toBe(before);
    const [round] = await app.call<RoundSummary[]>('listRounds', {});
    expect([round?.questionnaire, round?.total]).toEqual([{ id: 'kompas', version: 2 }, 0]);
  });

  it('stores the valid answers in one write, and a second import of the same files changes nothing', async () => {
    const other = await harness.createRound(['extern']);
    const otherText = readFileSync(harness.roundPath(other.id), 'utf8');
    const otherBackups = roundBackups(other.id);
    const app = await seedVectorRound();
    const { roundId } = vectorRound();
    const before = roundBackups(roundId).length;
    await app.call('importResponses', { files: vectorFiles() });
    expect(roundBackups(roundId)).toHaveLength(before + 1);
    // Only this round's file is written: the other round is its own file and stays as it was.
    expect(readFileSync(harness.roundPath(other.id), 'utf8')).toBe(otherText);
    expect(roundBackups(other.id)).toEqual(otherBackups);
    const stored = readFileSync(harness.roundPath(roundId), 'utf8');
    const again = await app.call<ImportSummary>('importResponses', { files: vectorFiles() });
    expect(again.accepted).toBe(0);
    expect(again.duplicates).toBe(6);
    expect(readFileSync(harness.roundPath(roundId), 'utf8')).toBe(stored);
    expect(roundBackups(roundId)).toHaveLength(before + 1);
    // After a restart the same files are still recognised as duplicates.
    const restarted = await (await app.reopen()).call<ImportSummary>('importResponses', { files: vectorFiles() });
    expect(restarted.duplicates).toBe(6);
  });

  it('refuses files that are too large, of another format or version, altered, and for a closed round (named)', async () => {
    const app = await seedVectorRound();
    const valid = vectorFiles().find((f) => f.name === 'valid-collega-1.json')!;
    const raw = JSON.parse(valid.content) as Record<string, unknown>;
    const file = (name: string, content: string) => ({ name, size: Buffer.byteLength(content), content });
    const files = [
      { name: 'groot.json', size: 300 * 1024, content: null },
      file('profiel.json', JSON.stringify({ format: 'ambtelijk-kompas/profiel', version: 1 })),
      file('v2.json', JSON.stringify({ ...raw, version: 2 })),
      file('v0.json', JSON.stringify({ ...raw, version: 0 })),
      file('v-tekst.json', JSON.stringify({ ...raw, version: '1' })),
      file('extra.json', JSON.stringify({ ...raw, verzonden: '2026-11-30' })),
      file('lijst.json', '[]'),
    ];
    const summary = await app.call<ImportSummary>('importResponses', { files });
    expect(summary.outcomes.map((o) => o.reason)).toEqual([
      'too-large',
      'wrong-format',
      'newer-version',
      'unknown-version',
      'unknown-version',
      'invalid-file',
      'wrong-format',
    ]);
    const rounds = await app.call<RoundSummary[]>('listRounds', {});
    expect(rounds.map((r) => r.id)).toEqual([vectorRound().roundId]);
    await app.call('closeRound', { id: rounds[0]!.id });
    const closed = await app.call<ImportSummary>('importResponses', { files: [valid] });
    expect(closed.outcomes[0]).toEqual({
      name: 'valid-collega-1.json',
      outcome: 'refused',
      reason: 'round-closed',
      round: { id: vectorRound().roundId, name: 'Vectoren' },
    });
    const stored = JSON.parse(readFileSync(harness.roundPath(vectorRound().roundId), 'utf8')) as OwnRoundDocument;
    expect(stored.round.responses).toEqual([]);
  });
});

describe('a round from invitation to report', () => {
  it('writes an invitation that carries the round key, imports answers made with it, and reports only after closing', async () => {
    const round = await harness.call<RoundSummary>('createRound', {
      name: 'Najaar 2026',
      leader: 'Anne de Vries',
      groups: ['collega', 'medewerker'],
      closesOn: '2099-12-15',
      returnTo: 'secretariaat@example.nl',
      managerNonAnonymous: false,
      language: 'nl',
    });
    expect(readdirSync(roundsDir()).filter((f) => f.endsWith('.json'))).toEqual([`${round.id}.json`]);
    const invitationFile = await harness.call<{ fileName: string; html: string; mailBody: string }>('getInvitation', {
      id: round.id,
      group: 'collega',
    });
    expect(invitationFile.fileName).toBe('kompas-uitnodiging-collegas.html');
    expect(invitationFile.mailBody).toContain('Anne de Vries');
    expect(invitationFile.mailBody).toContain('uiterlijk op 15 december 2099.');
    // Where answers go: named in the e-mail and carried in the invitation (spec §1 returnTo).
    expect(invitationFile.mailBody).toContain('naar:\nsecretariaat@example.nl\n');
    expect(invitationFile.html).toContain('"returnTo":"secretariaat@example.nl"');
    const json = /<script type="application\/json" id="kompas-uitnodiging">(.*?)<\/script>/.exec(invitationFile.html)?.[1];
    const invitation = invitationSchema.parse(JSON.parse(json!));
    expect(invitation).toMatchObject({ roundId: round.id, raterGroup: 'collega', anonymous: true, language: 'nl' });
    expect(invitation.questionnaire.items).toHaveLength(20);
    // A new round asks the current questionnaire; its invitation carries that version's others' form.
    expect(round.questionnaire).toEqual({ id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION });
    expect(invitation.questionnaire.version).toBe(CURRENT_QUESTIONNAIRE_VERSION);
    expect(invitation.questionnaire.items.map((i) => i.text)).toEqual(questionnaireOf(CURRENT_QUESTIONNAIRE_VERSION).items.map((i) => i.others));

    // An answer given with another version is refused, with the spec's reason, and nothing is stored.
    const v1 = await responseFileText(payload('collega', 9, { questionnaire: { id: 'kompas', version: 1 } }), round.id, invitation.publicKey);
    const refused = await harness.call<ImportSummary>('importResponses', { files: [{ name: 'v1.json', size: v1.length, content: v1 }] });
    expect(refused.outcomes).toEqual([{ name: 'v1.json', outcome: 'refused', reason: 'invalid-payload', round: { id: round.id, name: 'Najaar 2026' } }]);

    const files = await Promise.all(
      [payload('collega', 1), payload('collega', 2), payload('collega', 3), payload('medewerker', 4)].map(async (p, i) => {
        const content = await responseFileText(p, round.id, invitation.publicKey);
        return { name: `antwoord-${i}.json`, size: content.length, content };
      }),
    );
    const summary = await harness.call<ImportSummary>('importResponses', { files });
    expect(summary.accepted).toBe(4);

    const open = await harness.dispatch('getReport', { profileId: harness.profileId, id: round.id });
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.error).toMatchObject({ code: 'round-open', params: { round: round.name } });

    await harness.call('closeRound', { id: round.id });
    const report = await harness.call<{ report: { counts: Record<string, number>; questionnaire: unknown } }>('getReport', { id: round.id });
    expect(report.report.counts).toMatchObject({ collega: 3, medewerker: 1 });
    expect(report.report.questionnaire).toEqual({ id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION });

    const responseId = payload('collega', 1).responseId;
    expect(filesMentioning(roundsDir(), responseId).length).toBeGreaterThan(1);
    const minimised = await harness.call<RoundSummary>('deleteRawResponses', { id: round.id });
    expect(minimised.rawDeleted).toBe(true);
    expect(minimised.counts).toMatchObject({ collega: 3, medewerker: 1 });
    const stored = readFileSync(harness.roundPath(round.id), 'utf8');
    expect(stored).not.toContain(files[0]!.name);
    expect((JSON.parse(stored) as OwnRoundDocument).round.responses).toEqual([]);
    // Not in the round's file, its backups, or anywhere else in the data folder.
    expect(roundBackups(round.id).length).toBeGreaterThan(0);
    expect(filesMentioning(harness.dir, responseId)).toEqual([]);
    const after = await harness.call<{ report: unknown }>('getReport', { id: round.id });
    expect(after.report).toEqual(report.report);
    expect((await (await harness.reopen()).call<{ report: unknown }>('getReport', { id: round.id })).report).toEqual(report.report);
  });

  it('refuses a round without groups, a non-anonymous manager without that group, and unknown ids, storing nothing', async () => {
    const bad = [
      { name: 'X', leader: '', groups: [], closesOn: null, returnTo: 'secretariaat@example.nl', managerNonAnonymous: false, language: 'nl' },
      { name: 'X', leader: '', groups: ['collega'], closesOn: null, managerNonAnonymous: true, language: 'nl' },
      { name: '   ', leader: '', groups: ['collega'], closesOn: null, returnTo: 'secretariaat@example.nl', managerNonAnonymous: false, language: 'nl' },
      { name: 'X', leader: '', groups: ['collega', 'collega'], closesOn: '2026-02-30', returnTo: 'secretariaat@example.nl', managerNonAnonymous: false, language: 'nl' },
    ];
    for (const input of bad) {
      const result = await harness.dispatch('createRound', { profileId: harness.profileId, ...input });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    expect(await harness.call<RoundSummary[]>('listRounds', {})).toEqual([]);
    expect(existsSync(roundsDir())).toBe(false);
    const unknown = '0f8fad5b-d9cb-469f-a165-70867728950e';
    for (const name of ['getRound', 'closeRound', 'getReport', 'deleteRawResponses']) {
      const missing = await harness.dispatch(name, { profileId: harness.profileId, id: unknown });
      expect(missing, name).toEqual({ ok: false, error: { code: 'round-not-found', params: {} } });
    }
    const invitation = await harness.dispatch('getInvitation', { profileId: harness.profileId, id: unknown, group: 'collega' });
    expect(invitation).toEqual({ ok: false, error: { code: 'round-not-found', params: {} } });
    expect(existsSync(roundsDir())).toBe(false);
  });
});
