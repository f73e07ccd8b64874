/**
 * Session notes: list, create or update by id, delete. The rules live in shared/features/notes; this
 * file loads the profile's notes, applies one change, checks it and writes it once (atomic). Deleting
 * a note also removes every backup and leftover copy that still holds it: deleted means gone.
 */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '@shared/contract/api';
import type { NotesView } from '@shared/features/notes/contract';
import { normalizeNoteFields, noteProblems, sortNotes, type NoteProblem } from '@shared/features/notes/rules';
import { NOTES_SCHEMA_VERSION, type Note, type NotesDocument } from '@shared/features/notes/schemas';
import { ApiError } from './apiError';
import { requireProfile, type FeatureContext } from './context';

type NotesHandlers = Pick<ApiHandlers, 'listNotes' | 'saveNote' | 'deleteNote'>;

export function emptyNotes(profileId: string, updatedAt: string): NotesDocument {
  return { schemaVersion: NOTES_SCHEMA_VERSION, profileId, notes: [], updatedAt };
}

function notesView(doc: NotesDocument): NotesView {
  return { notes: sortNotes(doc.notes) };
}

function problemError(problem: NoteProblem): ApiError {
  switch (problem.code) {
    case 'note-empty':
      return new ApiError('note-empty');
    case 'note-date-in-future':
      return new ApiError('note-date-in-future', { date: problem.date, today: problem.today });
    case 'note-next-session-before-date':
      return new ApiError('note-next-session-before-date', { date: problem.date, nextSession: problem.nextSession });
  }
}

export function createNotesHandlers({ ws, clock }: FeatureContext): NotesHandlers {
  return {
    listNotes: async ({ profileId }) => {
      requireProfile(ws, profileId);
      return notesView(ws.notes(profileId).read() ?? emptyNotes(profileId, clock.now().toISOString()));
    },

    saveNote: async ({ profileId, note: { id, ...input } }) => {
      requireProfile(ws, profileId);
      const fields = normalizeNoteFields(input);
      const [problem] = noteProblems(fields, clock.today());
      if (problem) throw problemError(problem);
      return ws.notes(profileId).transact((stored, tx) => {
        const doc = stored ?? emptyNotes(profileId, clock.now().toISOString());
        const now = clock.now().toISOString();
        let saved: Note;
        if (id === null) {
          saved = { id: randomUUID(), ...fields, createdAt: now, updatedAt: now };
        } else {
          const existing = doc.notes.find((n) => n.id === id);
          if (!existing) throw new ApiError('note-not-found');
          saved = { ...existing, ...fields, updatedAt: now };
        }
        const notes = id === null ? [...doc.notes, saved] : doc.notes.map((n) => (n.id === id ? saved : n));
        const next: NotesDocument = { ...doc, notes, updatedAt: now };
        tx.save(next);
        return { ...notesView(next), saved };
      });
    },

    deleteNote: async ({ profileId, id }) => {
      requireProfile(ws, profileId);
      return ws.notes(profileId).transact((stored, tx) => {
        if (!stored?.notes.some((n) => n.id === id)) throw new ApiError('note-not-found');
        // Gone means gone: first every backup and copy that holds it, then the version without it.
        tx.forget(id);
        const next: NotesDocument = { ...stored, notes: stored.notes.filter((n) => n.id !== id), updatedAt: clock.now().toISOString() };
        tx.save(next);
        return notesView(next);
      });
    },
  };
}
