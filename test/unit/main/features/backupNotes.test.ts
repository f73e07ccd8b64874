/**
 * Session notes in profile files (spec §6, scope `profile`): the file goes to the coachee, so the
 * coach-only notes never travel in it, and the coachee's file coming back never removes them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackup } from '@shared/features/backup/backupCrypto';
import type { NotesView } from '@shared/contract/api';
import { op, PASSPHRASE, restore, seedProfile } from './backupFixtures';
import { openHarness, type Harness } from './harness';

const open: Harness[] = [];
afterEach(() => {
  for (const h of open.splice(0)) h.cleanup();
});
async function harness(): Promise<Harness> {
  const h = await openHarness();
  open.push(h);
  return h;
}

const COACH_ONLY = 'Let op: de coachee lijkt vermoeid; volgende keer naar de werkdruk vragen.';
const SHARED = 'Afgesproken: de lange lijn elke maand in het MT bespreken.';
const note = (topics: string, audience: 'coach' | 'shared') => ({ id: null, date: '2025-07-01', topics, agreements: '', routes: ['b'], needles: [2], nextSession: null, audience });

describe('session notes in a profile file', () => {
  it('leave the coach-only notes on the coach’s machine, and keep them when the coachee’s file comes back', async () => {
    const laptop = await harness();
    await laptop.call('renameProfile', { name: 'Anna de Wit' });
    await seedProfile(laptop, laptop.profileId);
    const coach = await harness();
    await restore(coach, (await laptop.call<{ text: string }>('exportProfile', { passphrase: PASSPHRASE })).text, 'profile');
    const anna = laptop.profileId;
    await coach.call('saveNote', { profileId: anna, note: note(COACH_ONLY, 'coach') });
    await coach.call('saveNote', { profileId: anna, note: note(SHARED, 'shared') });

    // The file the coach hands back holds the shared notes only.
    const back = await coach.call<{ text: string }>('exportProfile', { profileId: anna, passphrase: PASSPHRASE });
    const opened = await openBackup(back.text, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.reason);
    const inFile = JSON.stringify(opened.payload);
    expect(inFile).toContain(SHARED);
    expect(inFile).not.toContain(COACH_ONLY);

    await restore(laptop, back.text, 'profile', 'replace');
    const home = (await laptop.call<NotesView>('listNotes', {})).notes.map((n) => n.topics);
    expect(home).toContain(SHARED);
    expect(home).not.toContain(COACH_ONLY);

    // The coachee's file comes back to the coach and replaces the profile: the coach's own note stays.
    await restore(coach, (await laptop.call<{ text: string }>('exportProfile', { passphrase: PASSPHRASE })).text, 'profile', 'replace');
    const notes = (await coach.call<NotesView>('listNotes', { profileId: anna })).notes;
    expect(notes.filter((n) => n.topics === COACH_ONLY)).toHaveLength(1);
    expect(notes.filter((n) => n.topics === SHARED)).toHaveLength(1);
    expect(notes.map((n) => n.date)).toEqual([...notes.map((n) => n.date)].sort().reverse());

    // A backup of everything is the coach's own: it keeps every note.
    const all = await op<{ text: string }>(coach, 'exportBackup', { passphrase: PASSPHRASE });
    const everything = await openBackup(all.text, PASSPHRASE);
    if (!everything.ok) throw new Error(everything.reason);
    expect(JSON.stringify(everything.payload)).toContain(COACH_ONLY);
  });
});
