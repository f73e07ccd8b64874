/**
 * Delete means gone: deleting a meetmoment, a round's raw answers or a profile removes it from the
 * document, its backups, moved-aside copies and leftover temp files, in the same operation. The
 * tests search every byte of the data folder afterwards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState, ProfileSummary } from '@shared/contract/api';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { ImportSummary } from '@shared/contract/api';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { payload, responseFileText } from '../../../fixtures/feedback';
import { filesMentioning, openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.cleanup());

function withReflection(date: string, text: string) {
  return { ...newAssessmentInput(date), reflections: { I: text } };
}

describe('deleting a meetmoment', () => {
  it('removes it from the profile, every backup, moved-aside copies and temp files; the others stay', async () => {
    harness = await openHarness();
    const keep = await harness.call<Assessment>('createAssessment', withReflection('2025-01-10', 'BEWAAR-DEZE-REFLECTIE'));
    const gone = await harness.call<Assessment>('createAssessment', withReflection('2025-02-10', 'VERWIJDER-DEZE-REFLECTIE'));
    await harness.call<Assessment>('createAssessment', withReflection('2025-03-10', 'NOG-EEN-REFLECTIE'));
    const profileDir = join(harness.dir, 'profiles', harness.profileId);
    // Left behind by an earlier crash or damage: a moved-aside copy and a temp file holding it.
    const copy = JSON.stringify({ schemaVersion: 1, assessments: [{ id: gone.id, reflections: { I: 'VERWIJDER-DEZE-REFLECTIE' } }] });
    writeFileSync(join(profileDir, 'profile.beschadigd-2025-02-11T10-00-00-000Z.json'), copy);
    writeFileSync(join(profileDir, '.profile.json.0123456789ab.tmp'), copy);
    expect(filesMentioning(harness.dir, gone.id).length).toBeGreaterThan(3);

    await harness.call('deleteAssessment', { id: gone.id });

    expect(filesMentioning(harness.dir, gone.id)).toEqual([]);
    expect(filesMentioning(harness.dir, 'VERWIJDER-DEZE-REFLECTIE')).toEqual([]);
    const list = await harness.call<Assessment[]>('listAssessments', {});
    expect(list.map((a) => a.date)).toEqual(['2025-03-10', '2025-01-10']);
    // The rest is still backed up.
    expect(filesMentioning(join(profileDir, 'backups'), keep.id).length).toBeGreaterThan(0);
    // And after a restart it stays gone.
    const reopened = await harness.reopen();
    expect((await reopened.call<Assessment[]>('listAssessments', {})).map((a) => a.id)).not.toContain(gone.id);
  });
});

describe("deleting a round's raw answers", () => {
  it('leaves no answer, comment or response id anywhere in the folder; the report stays', async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    const other = await harness.createRound(['extern']);
    const files = await harness.responseFiles(round.id, 6);
    const doc = JSON.parse((await import('node:fs')).readFileSync(harness.roundPath(round.id), 'utf8')) as {
      round: { publicKey: Parameters<typeof responseFileText>[2] };
    };
    const secret = payload('collega', 99, { comments: { keepDoing: 'GEHEIM-COMMENTAAR-VAN-EEN-COLLEGA' } });
    const withComment = await responseFileText(secret, round.id, doc.round.publicKey);
    const summary = await harness.call<ImportSummary>('importResponses', {
      files: [...files, { name: 'extra.json', size: withComment.length, content: withComment }],
    });
    expect(summary.accepted).toBe(7);
    await harness.call('closeRound', { id: round.id });
    const before = await harness.call<{ report: unknown }>('getReport', { id: round.id });
    const roundsDir = join(harness.dir, 'profiles', harness.profileId, 'rounds');
    writeFileSync(join(roundsDir, `${round.id}.beschadigd-2025-01-01T00-00-00-000Z.json`), JSON.stringify(secret));
    writeFileSync(join(roundsDir, `.${round.id}.json.0123456789ab.tmp`), JSON.stringify(secret));
    expect(filesMentioning(harness.dir, secret.responseId).length).toBeGreaterThan(2);

    await harness.call('deleteRawResponses', { id: round.id });

    expect(filesMentioning(harness.dir, secret.responseId)).toEqual([]);
    for (let seed = 0; seed < 6; seed++) {
      expect(filesMentioning(harness.dir, payload('collega', seed).responseId)).toEqual([]);
    }
    // The comment itself is published in the report (it is part of the figures the leader keeps).
    expect((await harness.call<{ report: unknown }>('getReport', { id: round.id })).report).toEqual(before.report);
    // The other round is untouched.
    expect(filesMentioning(roundsDir, other.id).length).toBeGreaterThan(0);
  });
});

describe('deleting a profile', () => {
  it('removes its folder with everything in it; the other profile and the settings stay', async () => {
    harness = await openHarness();
    const second = await harness.dispatch('createProfile', { name: 'Coachee B' });
    if (!second.ok) throw new Error('createProfile failed');
    const secondId = (second.value as ProfileSummary).id;
    await harness.dispatch('createAssessment', { profileId: secondId, ...withReflection('2025-04-01', 'PROFIEL-B-REFLECTIE') });
    await harness.dispatch('chooseRoute', { profileId: secondId, route: 'a', why: 'PROFIEL-B-WAAROM', needles: [1] });
    await harness.call('createAssessment', withReflection('2025-04-02', 'PROFIEL-A-REFLECTIE'));
    expect(filesMentioning(harness.dir, 'PROFIEL-B-REFLECTIE').length).toBeGreaterThan(0);

    const deleted = await harness.dispatch('deleteProfile', { profileId: secondId });
    expect(deleted.ok).toBe(true);

    expect(filesMentioning(harness.dir, secondId)).toEqual([]);
    expect(filesMentioning(harness.dir, 'PROFIEL-B-REFLECTIE')).toEqual([]);
    expect(filesMentioning(harness.dir, 'PROFIEL-B-WAAROM')).toEqual([]);
    const state = (await harness.dispatch('getAppState', {})) as { ok: true; value: AppState };
    expect(state.value.profiles.map((p) => p.id)).toEqual([harness.profileId]);
    expect(filesMentioning(harness.dir, 'PROFIEL-A-REFLECTIE').length).toBeGreaterThan(0);
    // A change to the deleted profile is refused and recreates nothing.
    const late = await harness.dispatch('createAssessment', { profileId: secondId, ...newAssessmentInput('2025-05-01') });
    expect(late).toMatchObject({ ok: false, error: { code: 'profile-not-found' } });
    expect(filesMentioning(harness.dir, secondId)).toEqual([]);
  });
});

describe("deleting a round's raw answers after an upgrade from v1", () => {
  it('also removes a damaged v1 feedback copy that holds them', async () => {
    harness = await openHarness();
    const round = await harness.createRound();
    await harness.call('importResponses', { files: await harness.responseFiles(round.id, 3) });
    await harness.call('closeRound', { id: round.id });
    const roundsDir = join(harness.dir, 'profiles', harness.profileId, 'rounds');
    const legacy = join(roundsDir, 'feedback-v1.beschadigd-2024-05-01T10-00-00-000Z.json');
    writeFileSync(legacy, `{"rounds":[{"id":"${round.id}","responses":[{"responseId":"${payload('collega', 0).responseId}"`);
    await harness.call('deleteRawResponses', { id: round.id });
    expect(filesMentioning(harness.dir, payload('collega', 0).responseId)).toEqual([]);
  });
});
