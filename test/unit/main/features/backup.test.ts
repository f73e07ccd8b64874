/**
 * Backups of everything and profile files (spec §6) through the real dispatcher on real folders:
 * restore into an empty folder gives the same documents, undo gives back the state before, a
 * profile file comes in as "replace" or "keep both", and every refusal leaves the folder as it was.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState, ImportSummary, ProfileSummary } from '@shared/contract/api';
import type { BackupPreview, UndoStatus } from '@shared/features/backup/contract';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { folderHashes } from '../../../fixtures/folders';
import { addProfile, documentsOf, op, PASSPHRASE, refusal, restore, seedProfile } from './backupFixtures';
import { openHarness, type Harness } from './harness';

const open: Harness[] = [];
afterEach(() => {
  for (const h of open.splice(0)) h.cleanup();
});
async function harness(options: Parameters<typeof openHarness>[0] = {}): Promise<Harness> {
  const h = await openHarness(options);
  open.push(h);
  return h;
}

async function exportAll(h: Harness): Promise<{ fileName: string; text: string }> {
  return op(h, 'exportBackup', { passphrase: PASSPHRASE });
}

describe('a backup of everything', () => {
  it('restored into an empty data folder gives identical documents and settings', async () => {
    const a = await harness();
    await seedProfile(a, a.profileId);
    const second = await addProfile(a, 'Coachee Bram');
    await seedProfile(a, second);
    await a.dispatch('setLanguage', { language: 'en' });
    const file = await exportAll(a);
    expect(file.fileName).toMatch(/^kompas-backup-\d{4}-\d{2}-\d{2}\.json$/);
    // Nothing of the content in clear.
    expect(file.text).not.toContain('Coachee Bram');
    expect(Object.keys(JSON.parse(file.text) as object)).toEqual(['format', 'version', 'scope', 'kdf', 'cipher', 'ct']);

    const b = await harness();
    const emptyId = b.profileId;
    const { preview } = await restore(b, file.text, 'all');
    expect(preview.profiles.map((p) => [p.incoming.name, p.current])).toEqual(
      expect.arrayContaining([
        ['', null],
        ['Coachee Bram', null],
      ]),
    );
    const bram = preview.profiles.find((p) => p.incoming.name === 'Coachee Bram')!;
    expect(bram.incoming.counts).toEqual({ assessments: 3, rounds: 1, routes: 1 });
    expect(bram.incoming.lastChange).not.toBeNull();
    // The empty profile B started with is not in the file: it stays, and the preview says so.
    expect(preview.kept).toEqual([{ id: emptyId, name: '' }]);

    const before = documentsOf(a.dir);
    const after = documentsOf(b.dir);
    expect(after.language).toBe('en');
    // The profile that was open in A is the open one in B.
    expect((await op<AppState>(b, 'getAppState')).activeProfileId).toBe(a.profileId);
    for (const [id, docs] of Object.entries(before.profiles)) expect(after.profiles[id]).toEqual(docs);
    expect(Object.keys(after.profiles).sort()).toEqual([...Object.keys(before.profiles), emptyId].sort());
    // The restored round still works: its answers are there, and it closes to a report.
    const [round] = await b.call<RoundSummary[]>('listRounds', { profileId: a.profileId });
    expect(round!.total).toBe(3);
    expect((await b.dispatch('closeRound', { profileId: a.profileId, id: round!.id })).ok).toBe(true);
    // Written as private files.
    for (const path of Object.keys(folderHashes(b.dir))) expect(statSync(join(b.dir, path)).mode & 0o777, path).toBe(0o600);
  });

  it('can be undone: undo returns the exact documents and settings from before the restore', async () => {
    const a = await harness();
    await seedProfile(a, a.profileId);
    const file = await exportAll(a);
    // Work after the backup: a meetmoment, a new profile, another language.
    await a.call('createAssessment', { ...(await import('../../../fixtures/assessment')).newAssessmentInput('2025-09-01') });
    await addProfile(a, 'Later toegevoegd');
    await a.dispatch('setLanguage', { language: 'en' });
    const before = documentsOf(a.dir);

    const { preview } = await restore(a, file.text, 'all');
    expect(preview.profiles[0]!.current!.counts.assessments).toBe(3);
    expect(preview.profiles[0]!.incoming.counts.assessments).toBe(2);
    expect(preview.kept.map((k) => k.name)).toEqual(['Later toegevoegd']);
    const restored = documentsOf(a.dir);
    expect(restored).not.toEqual(before);
    expect(restored.language).toBe('nl');
    const status = await op<UndoStatus>(a, 'getUndoStatus', {});
    expect(status.available).toBe(true);
    // The snapshot: private files, the root naming no profile.
    const copies = Object.keys(folderHashes(a.dir)).filter((p) => p.includes('restore-undo'));
    expect(copies.length).toBeGreaterThan(2);
    for (const path of copies) expect(statSync(join(a.dir, path)).mode & 0o777, path).toBe(0o600);
    expect(readFileSync(join(a.dir, 'restore-undo.json'), 'utf8')).not.toContain(a.profileId);

    await op(a, 'undoRestore', {});
    expect(documentsOf(a.dir)).toEqual(before);
    expect(await op<UndoStatus>(a, 'getUndoStatus', {})).toEqual({ available: false });
    expect(await refusal(op(a, 'undoRestore', {}))).toBe('backup-undo-unavailable');
    // No snapshot copy is left behind.
    expect(Object.keys(folderHashes(a.dir)).filter((p) => p.includes('restore-undo'))).toEqual([]);
  });

  it('keeps its undo across a restart, until it expires after 7 days', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    const a = await harness({ now: () => now });
    await seedProfile(a, a.profileId);
    const file = await exportAll(a);
    await restore(a, file.text, 'all');
    const reopened = await a.reopen();
    expect((await op<UndoStatus>(reopened, 'getUndoStatus', {})).available).toBe(true);
    now = new Date('2026-03-08T10:00:01Z');
    expect(await op<UndoStatus>(reopened, 'getUndoStatus', {})).toEqual({ available: false });
    expect(Object.keys(folderHashes(a.dir)).filter((p) => p.includes('restore-undo'))).toEqual([]);
  });
});

describe('a profile file', () => {
  it('comes in as a new profile, then as "replace" or "keep both"; its round keeps working', async () => {
    const laptop = await harness();
    await laptop.call('renameProfile', { name: 'Anna de Wit' });
    await seedProfile(laptop, laptop.profileId);
    const made = await laptop.call<{ fileName: string; text: string }>('exportProfile', { passphrase: PASSPHRASE });
    expect(made.fileName).toMatch(/^kompas-profiel-Anna-de-Wit-\d{4}-\d{2}-\d{2}\.json$/);
    expect(made.text).not.toContain('Anna');

    const coach = await harness();
    const first = await restore(coach, made.text, 'profile');
    expect(first.preview.profiles).toEqual([
      expect.objectContaining({ id: laptop.profileId, current: null, incoming: expect.objectContaining({ name: 'Anna de Wit', counts: { assessments: 2, rounds: 1, routes: 1 } }) }),
    ]);
    expect(first.applied.profileIds).toEqual([laptop.profileId]);

    // The coach changes it; the same file again: the preview says what is there now.
    await coach.call('createAssessment', { profileId: laptop.profileId, ...(await import('../../../fixtures/assessment')).newAssessmentInput('2025-10-01') });
    const again = await op<BackupPreview>(coach, 'previewBackupFile', { text: made.text, passphrase: PASSPHRASE, scope: 'profile' });
    expect(again.profiles[0]!.current!.counts.assessments).toBe(3);
    const both = await op<{ profileIds: string[] }>(coach, 'applyBackup', { token: again.token, mode: 'keep-both' });
    const copyId = both.profileIds[0]!;
    expect(copyId).not.toBe(laptop.profileId);
    const names = (await op<ProfileSummary[]>(coach, 'listProfiles', {})).map((p) => p.name).sort();
    expect(names).toEqual(['', 'Anna de Wit', 'Anna de Wit (2)']);
    // The copy's round: its answers are there, and more answers for it can be imported into it.
    const [round] = await coach.call<RoundSummary[]>('listRounds', { profileId: copyId });
    expect(round!.total).toBe(3);
    const more = await laptop.responseFiles(round!.id, 2, 10);
    const summary = await coach.call<ImportSummary>('importResponses', { profileId: copyId, files: more });
    expect(summary.outcomes.map((o) => o.outcome)).toEqual(['accepted', 'accepted']);

    // Replace: the profile is as in the file again.
    const replaced = await restore(coach, made.text, 'profile', 'replace');
    expect(replaced.applied.profileIds).toEqual([laptop.profileId]);
    expect(documentsOf(coach.dir).profiles[laptop.profileId]).toEqual(documentsOf(laptop.dir).profiles[laptop.profileId]);
    // And back to the leader: exported from the coach, it replaces the laptop's own.
    const back = await coach.call<{ text: string }>('exportProfile', { profileId: laptop.profileId, passphrase: PASSPHRASE });
    const home = await restore(laptop, back.text, 'profile', 'replace');
    expect(home.preview.profiles[0]!.current).not.toBeNull();
    const state = await op<AppState>(laptop, 'getAppState', {});
    expect(state.profiles.map((p) => p.name)).toEqual(['Anna de Wit']);
  });
});
