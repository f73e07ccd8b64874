/**
 * Session notes in a profile file (spec §6, scope `profile`): the file goes to the coachee, so it
 * carries the shared notes only; the coach's own notes stay on the coach's machine, also when the
 * coachee's file comes back and replaces the profile.
 */
import { sharedNotes, sortNotes } from './rules';
import type { NotesDocument } from './schemas';

/** The notes document as a profile file carries it: without the coach-only notes. */
export function notesForProfileFile(doc: NotesDocument): NotesDocument {
  return { ...doc, notes: sharedNotes(doc.notes) };
}

/**
 * The notes after a profile file replaced them: the file's notes, plus the coach-only notes kept
 * here (the file never holds them, so replacing must not lose them).
 */
export function notesAfterProfileFile(incoming: NotesDocument, current: NotesDocument | null): NotesDocument {
  if (current === null) return incoming;
  const inFile = new Set(incoming.notes.map((n) => n.id));
  const kept = current.notes.filter((n) => n.audience === 'coach' && !inFile.has(n.id));
  return { ...incoming, notes: sortNotes([...incoming.notes, ...kept]) };
}
