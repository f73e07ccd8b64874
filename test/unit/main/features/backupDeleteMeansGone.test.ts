/**
 * A snapshot kept to undo a restore never keeps or brings back what the user deletes afterwards:
 * deleting a profile removes its part of the snapshot with its folder; deleting a meetmoment that
 * the snapshot holds removes that copy, and the restore can then no longer be undone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { UndoStatus } from '@shared/features/backup/contract';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { addProfile, documentsOf, op, PASSPHRASE, restore, seedProfile } from './backupFixtures';
import { filesMentioning, openHarness, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.cleanup());

describe('after a restore', () => {
  it('deleting a profile leaves nothing of it in the snapshot, and undo does not bring it back', async () => {
    h = await openHarness();
    await seedProfile(h, h.profileId);
    const coachee = await addProfile(h, 'Coachee Dirk');
    const backup = await op<{ text: string }>(h, 'exportBackup', { passphrase: PASSPHRASE });
    // Before the restore, Dirk's profile holds a reflection the backup does not.
    await h.call('createAssessment', { profileId: coachee, ...newAssessmentInput('2025-08-01'), reflections: { I: 'ALLEEN-VOOR-DE-TERUGZETTING' } });
    await restore(h, backup.text, 'all');
    expect(filesMentioning(h.dir, 'ALLEEN-VOOR-DE-TERUGZETTING').length).toBeGreaterThan(0);

    await op(h, 'deleteProfile', { profileId: coachee });
    expect(filesMentioning(h.dir, 'ALLEEN-VOOR-DE-TERUGZETTING')).toEqual([]);
    expect(filesMentioning(h.dir, coachee)).toEqual([]);
    expect(filesMentioning(h.dir, 'Coachee Dirk')).toEqual([]);

    // The rest of the restore can still be undone; Dirk stays deleted.
    expect((await op<UndoStatus>(h, 'getUndoStatus')).available).toBe(true);
    await op(h, 'undoRestore');
    expect(Object.keys(documentsOf(h.dir).profiles)).toEqual([h.profileId]);
    expect(filesMentioning(h.dir, coachee)).toEqual([]);
  });

  it('deleting a meetmoment the snapshot holds removes that copy too; the restore can then not be undone', async () => {
    h = await openHarness();
    await seedProfile(h, h.profileId, 'EEN-REFLECTIE-DIE-WEG-MOET');
    const backup = await op<{ text: string }>(h, 'exportBackup', { passphrase: PASSPHRASE });
    await h.call('renameProfile', { name: 'Voor het terugzetten' });
    await restore(h, backup.text, 'all');
    const gone = (await h.call<Assessment[]>('listAssessments', {})).find((a) => a.reflections.I === 'EEN-REFLECTIE-DIE-WEG-MOET')!;

    await h.call('deleteAssessment', { id: gone.id });
    expect(filesMentioning(h.dir, 'EEN-REFLECTIE-DIE-WEG-MOET')).toEqual([]);
    expect(filesMentioning(h.dir, gone.id)).toEqual([]);
    expect(await op<UndoStatus>(h, 'getUndoStatus')).toEqual({ available: false });
    expect(filesMentioning(h.dir, 'Voor het terugzetten')).toEqual([]);
  });
});
