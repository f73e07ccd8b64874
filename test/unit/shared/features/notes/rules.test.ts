import { describe, expect, it } from 'vitest';
import { normalizeNoteFields, noteLinks, noteProblems, sharedNotes, sortNotes } from '@shared/features/notes/rules';
import type { NoteFields } from '@shared/features/notes/schemas';

const fields: NoteFields = {
  date: '2026-11-20',
  topics: 'Onderwerpen',
  agreements: '',
  routes: [],
  needles: [],
  nextSession: null,
  audience: 'shared',
};

describe('noteProblems', () => {
  it('accepts a note with topics or agreements, on or before today, next session on or after its date', () => {
    expect(noteProblems(fields, '2026-11-20')).toEqual([]);
    expect(noteProblems({ ...fields, topics: '', agreements: 'Afspraak' }, '2026-11-30')).toEqual([]);
    expect(noteProblems({ ...fields, nextSession: '2026-11-20' }, '2026-11-30')).toEqual([]);
    expect(noteProblems({ ...fields, nextSession: '2027-01-05' }, '2026-11-30')).toEqual([]);
  });

  it('names every problem: empty, future date, next session before the date', () => {
    expect(noteProblems({ ...fields, topics: ' ', date: '2026-12-01', nextSession: '2026-11-30' }, '2026-11-30')).toEqual([
      { code: 'note-empty' },
      { code: 'note-date-in-future', date: '2026-12-01', today: '2026-11-30' },
      { code: 'note-next-session-before-date', date: '2026-12-01', nextSession: '2026-11-30' },
    ]);
  });
});

describe('normalizeNoteFields', () => {
  it('trims texts and keeps routes and needles once each, in compass order', () => {
    expect(normalizeNoteFields({ ...fields, topics: ' a ', agreements: '\nb\n', routes: ['j', 'a', 'j'], needles: [10, 2, 2] })).toEqual({
      ...fields,
      topics: 'a',
      agreements: 'b',
      routes: ['a', 'j'],
      needles: [2, 10],
    });
  });
});

describe('sortNotes', () => {
  it('puts the newest session first, and of one day the most recently written', () => {
    const notes = [
      { id: 'old', date: '2026-01-01', createdAt: '2026-01-01T10:00:00.000Z' },
      { id: 'late-written', date: '2026-03-01', createdAt: '2026-03-02T10:00:00.000Z' },
      { id: 'new', date: '2026-05-01', createdAt: '2026-05-01T10:00:00.000Z' },
      { id: 'early-written', date: '2026-03-01', createdAt: '2026-03-01T10:00:00.000Z' },
    ];
    expect(sortNotes(notes).map((n) => n.id)).toEqual(['new', 'late-written', 'early-written', 'old']);
    expect(notes[0]?.id).toBe('old');
  });
});

describe('sharedNotes', () => {
  it('keeps only the notes shared with the coachee, in their order', () => {
    const notes = [
      { id: 1, audience: 'shared' as const },
      { id: 2, audience: 'coach' as const },
      { id: 3, audience: 'shared' as const },
    ];
    expect(sharedNotes(notes).map((n) => n.id)).toEqual([1, 3]);
    expect(sharedNotes([{ audience: 'coach' as const }])).toEqual([]);
  });
});

describe('noteLinks', () => {
  it('matches a route and/or a needle the note is linked to', () => {
    const linked = { routes: ['c' as const], needles: [3 as const] };
    expect(noteLinks(linked, {})).toBe(true);
    expect(noteLinks(linked, { route: 'c' })).toBe(true);
    expect(noteLinks(linked, { route: 'c', needle: 3 })).toBe(true);
    expect(noteLinks(linked, { route: 'd' })).toBe(false);
    expect(noteLinks(linked, { route: 'c', needle: 4 })).toBe(false);
  });
});
