import { describe, expect, it } from 'vitest';
import { notesAfterProfileFile, notesForProfileFile } from '@shared/features/notes/profileFile';
import type { Note, NotesDocument } from '@shared/features/notes/schemas';

const note = (id: string, date: string, audience: Note['audience']): Note =>
  ({ id, date, topics: id, agreements: '', routes: [], needles: [], nextSession: null, audience, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z` }) as Note;
const doc = (notes: Note[]): NotesDocument => ({ schemaVersion: 1, profileId: 'p', updatedAt: '2025-01-01T00:00:00.000Z', notes }) as unknown as NotesDocument;

describe('notes in a profile file', () => {
  it('carries the shared notes only', () => {
    const out = notesForProfileFile(doc([note('a', '2025-01-02', 'coach'), note('b', '2025-01-01', 'shared')]));
    expect(out.notes.map((n) => n.id)).toEqual(['b']);
  });

  it('keeps the coach-only notes here when a file replaces the notes, newest first, without doubles', () => {
    const here = doc([note('c1', '2025-03-01', 'coach'), note('s1', '2025-02-01', 'shared'), note('s2', '2025-01-01', 'shared')]);
    const file = doc([note('s1', '2025-02-01', 'shared'), note('s3', '2025-04-01', 'shared')]);
    expect(notesAfterProfileFile(file, here).notes.map((n) => n.id)).toEqual(['s3', 'c1', 's1']);
    expect(notesAfterProfileFile(file, null)).toBe(file);
  });
});
