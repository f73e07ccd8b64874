/** Session notes through the real contract, dispatcher, services and storage (no mocks). */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotesView } from '@shared/contract/api';
import type { Note } from '@shared/features/notes/schemas';
import { NOTE_TEXT_MAX } from '@shared/features/notes/schemas';
import { folderHashes } from '../../../fixtures/folders';
import { filesMentioning, openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.cleanup());

/** 30 November 2026, 09:00 in Amsterdam. */
const NOW = new Date('2026-11-30T08:00:00.000Z');
const options = { now: () => NOW, timeZone: () => 'Europe/Amsterdam' };

function note(overrides: Partial<Record<keyof Note, unknown>> = {}) {
  return {
    id: null,
    date: '2026-11-20',
    topics: 'Samenwerking met de directie',
    agreements: 'Twee gesprekken voeren met reisgenoten',
    routes: ['e', 'a', 'e'],
    needles: [6, 1],
    nextSession: '2026-12-04',
    audience: 'shared',
    ...overrides,
  };
}

type Saved = NotesView & { saved: Note };

async function refused(name: string, input: Record<string, unknown>) {
  const result = await harness.dispatch(name, { profileId: harness.profileId, ...input });
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error;
}

const notesPath = () => join(harness.dir, 'profiles', harness.profileId, 'notes.json');

describe('session notes', () => {
  it('a profile without notes has an empty list and no notes.json', async () => {
    harness = await openHarness(options);
    expect(await harness.call<NotesView>('listNotes', {})).toEqual({ notes: [] });
    expect(existsSync(notesPath())).toBe(false);
  });

  it('creates a note with an id and times, routes and needles once each in compass order, texts trimmed', async () => {
    harness = await openHarness(options);
    const { saved, notes } = await harness.call<Saved>('saveNote', { note: note({ topics: '  Samenwerking  ' }) });
    expect(saved).toMatchObject({ date: '2026-11-20', topics: 'Samenwerking', routes: ['a', 'e'], needles: [1, 6], audience: 'shared' });
    expect(saved.createdAt).toBe(NOW.toISOString());
    expect(saved.updatedAt).toBe(NOW.toISOString());
    expect(notes).toEqual([saved]);
    const stored = JSON.parse(readFileSync(notesPath(), 'utf8')) as { schemaVersion: number; profileId: string; notes: Note[] };
    expect(stored.schemaVersion).toBe(1);
    expect(stored.profileId).toBe(harness.profileId);
    expect(stored.notes).toEqual([saved]);
    // A restart reads the same.
    const reopened = await harness.reopen();
    expect((await reopened.call<NotesView>('listNotes', {})).notes).toEqual([saved]);
  });

  it('lists newest first: by session date, then the most recently written', async () => {
    harness = await openHarness(options);
    const old = (await harness.call<Saved>('saveNote', { note: note({ date: '2026-10-01', nextSession: null }) })).saved;
    const newest = (await harness.call<Saved>('saveNote', { note: note({ date: '2026-11-29' }) })).saved;
    const middle = (await harness.call<Saved>('saveNote', { note: note({ date: '2026-11-01' }) })).saved;
    const { notes } = await harness.call<NotesView>('listNotes', {});
    expect(notes.map((n) => n.id)).toEqual([newest.id, middle.id, old.id]);
  });

  it('updates a note by id: fields replaced, createdAt kept, updatedAt moved', async () => {
    let now = NOW;
    harness = await openHarness({ ...options, now: () => now });
    const first = (await harness.call<Saved>('saveNote', { note: note() })).saved;
    now = new Date('2026-11-30T10:00:00.000Z');
    const { saved, notes } = await harness.call<Saved>('saveNote', {
      note: note({ id: first.id, topics: 'Bijgesteld', audience: 'coach', routes: [], needles: [], nextSession: null }),
    });
    expect(saved).toEqual({ ...first, topics: 'Bijgesteld', audience: 'coach', routes: [], needles: [], nextSession: null, updatedAt: now.toISOString() });
    expect(notes).toHaveLength(1);
  });

  it.each([
    ['an unknown id', { id: '3b241101-e2bb-4255-8caf-4136c566a962' }, 'note-not-found'],
    ['an empty note', { topics: '   ', agreements: '' }, 'note-empty'],
    ['a session date in the future', { date: '2026-12-01', nextSession: null }, 'note-date-in-future'],
    ['a next session before the session', { nextSession: '2026-11-19' }, 'note-next-session-before-date'],
    ['topics that are too long', { topics: 'x'.repeat(NOTE_TEXT_MAX + 1) }, 'invalid-input'],
    ['agreements that are too long', { agreements: 'x'.repeat(NOTE_TEXT_MAX + 1) }, 'invalid-input'],
    ['an unknown route', { routes: ['k'] }, 'invalid-input'],
    ['an unknown needle', { needles: [11] }, 'invalid-input'],
    ['an unknown audience', { audience: 'everyone' }, 'invalid-input'],
    ['a date that does not exist', { date: '2026-02-30' }, 'invalid-input'],
  ])('refuses %s and changes nothing', async (_, overrides, code) => {
    harness = await openHarness(options);
    await harness.call<Saved>('saveNote', { note: note() });
    const before = folderHashes(harness.dir);
    const error = await refused('saveNote', { note: note(overrides) });
    expect(error.code).toBe(code);
    expect(folderHashes(harness.dir)).toEqual(before);
  });

  it('says which field is too long, with its maximum', async () => {
    harness = await openHarness(options);
    const error = await refused('saveNote', { note: note({ agreements: 'x'.repeat(NOTE_TEXT_MAX + 1) }) });
    expect(error.issues).toEqual([{ path: ['note', 'agreements'], code: 'too-long', params: { max: NOTE_TEXT_MAX } }]);
  });

  it('a next session on the day of the session itself is allowed', async () => {
    harness = await openHarness(options);
    const { saved } = await harness.call<Saved>('saveNote', { note: note({ nextSession: '2026-11-20' }) });
    expect(saved.nextSession).toBe('2026-11-20');
  });

  it('refuses notes of a profile that does not exist', async () => {
    harness = await openHarness(options);
    const profileId = '3b241101-e2bb-4255-8caf-4136c566a962';
    for (const [name, input] of [
      ['listNotes', {}],
      ['saveNote', { note: note() }],
      ['deleteNote', { id: profileId }],
    ] as const) {
      const result = await harness.dispatch(name, { profileId, ...input });
      expect(result.ok ? null : result.error.code).toBe('profile-not-found');
    }
  });

  it('keeps each profile its own notes', async () => {
    harness = await openHarness(options);
    const other = await harness.dispatch('createProfile', { name: 'Tweede coachee' });
    if (!other.ok) throw new Error('createProfile');
    const otherId = (other.value as { id: string }).id;
    await harness.call<Saved>('saveNote', { note: note({ topics: 'ALLEEN-VOOR-DE-EERSTE' }) });
    const result = await harness.dispatch('listNotes', { profileId: otherId });
    expect(result.ok && result.value).toEqual({ notes: [] });
  });
});

describe('deleting a note', () => {
  it('removes it from notes.json, every backup and leftover copy; the others stay, also after a restart', async () => {
    harness = await openHarness(options);
    const keep = (await harness.call<Saved>('saveNote', { note: note({ topics: 'BEWAAR-DIT-VERSLAG' }) })).saved;
    const gone = (await harness.call<Saved>('saveNote', { note: note({ topics: 'VERWIJDER-DIT-VERSLAG' }) })).saved;
    await harness.call<Saved>('saveNote', { note: note({ id: gone.id, topics: 'VERWIJDER-DIT-VERSLAG bijgewerkt' }) });
    const dir = join(harness.dir, 'profiles', harness.profileId);
    const copy = JSON.stringify({ schemaVersion: 1, notes: [{ id: gone.id, topics: 'VERWIJDER-DIT-VERSLAG' }] });
    writeFileSync(join(dir, 'notes.beschadigd-2026-11-29T10-00-00-000Z.json'), copy);
    writeFileSync(join(dir, '.notes.json.0123456789ab.tmp'), copy);
    expect(filesMentioning(harness.dir, gone.id).length).toBeGreaterThan(3);

    const { notes } = await harness.call<NotesView>('deleteNote', { id: gone.id });

    expect(notes.map((n) => n.id)).toEqual([keep.id]);
    expect(filesMentioning(harness.dir, gone.id)).toEqual([]);
    expect(filesMentioning(harness.dir, 'VERWIJDER-DIT-VERSLAG')).toEqual([]);
    expect(readdirSync(join(dir, 'backups', 'notes')).length).toBeGreaterThan(0);
    expect(filesMentioning(join(dir, 'backups', 'notes'), keep.id).length).toBeGreaterThan(0);
    const reopened = await harness.reopen();
    expect((await reopened.call<NotesView>('listNotes', {})).notes.map((n) => n.id)).toEqual([keep.id]);
  });

  it('refuses an unknown id and changes nothing', async () => {
    harness = await openHarness(options);
    await harness.call<Saved>('saveNote', { note: note() });
    const before = folderHashes(harness.dir);
    expect((await refused('deleteNote', { id: '3b241101-e2bb-4255-8caf-4136c566a962' })).code).toBe('note-not-found');
    expect(folderHashes(harness.dir)).toEqual(before);
  });
});

describe('the next session among the reminders', () => {
  it('joins the plan’s reminders, from the newest note, and goes once that session has its note', async () => {
    harness = await openHarness(options);
    type Reminders = { today: string; items: { kind: string; due: string; overdue: boolean }[] };
    await harness.call<Saved>('saveNote', { note: note({ date: '2026-11-20', nextSession: '2026-12-03', audience: 'coach' }) });
    expect((await harness.call<Reminders>('getReminders', {})).items).toEqual([
      { kind: 'session', due: '2026-12-03', overdue: false, route: null, actionId: null, what: '' },
    ]);
    await harness.call<Saved>('saveNote', { note: note({ date: '2026-11-27', nextSession: '2026-11-28' }) });
    expect((await harness.call<Reminders>('getReminders', {})).items).toMatchObject([{ kind: 'session', due: '2026-11-28', overdue: true }]);
    await harness.call<Saved>('saveNote', { note: note({ date: '2026-11-28', nextSession: null }) });
    expect((await harness.call<Reminders>('getReminders', {})).items).toEqual([]);
  });
});
