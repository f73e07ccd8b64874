/** Session notes: list, create or update (by id), delete. Every operation names its profile. */
import { z } from 'zod';
import { uuidSchema } from '../../kernel/primitives';
import { op, profileOnly, profileScope } from '../../contract/op';
import { noteFieldsSchema, noteSchema } from './schemas';

/** The profile's notes, newest first (shared/features/notes/rules.ts `sortNotes`). */
export const notesViewSchema = z.strictObject({ notes: z.array(noteSchema) });
export type NotesView = z.infer<typeof notesViewSchema>;

/** A note as the UI sends it: `id` null creates a note, an id updates that note. */
export const noteInputSchema = noteFieldsSchema.extend({ id: uuidSchema.nullable() });
export type NoteInput = z.infer<typeof noteInputSchema>;

export const notesContract = {
  listNotes: op(profileOnly, notesViewSchema),
  saveNote: op(z.strictObject({ ...profileScope, note: noteInputSchema }), notesViewSchema.extend({ saved: noteSchema })),
  deleteNote: op(z.strictObject({ ...profileScope, id: uuidSchema }), notesViewSchema),
} as const;
