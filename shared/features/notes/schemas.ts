/**
 * Session notes ("gespreksverslagen") of a coach with a coachee: what was discussed, what was agreed,
 * the routes and needles it touched, when the next session is, and who may see it (the coach only, or
 * shared with the coachee: only shared notes go into the coach report). One document per profile.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, needleIdSchema, routeIdSchema, uuidSchema } from '../../kernel/primitives';
import { NEEDLE_IDS, ROUTE_IDS } from '../../kernel/compass/model';

/** About two pages of text per field: room for a full session, not for a pasted document. */
export const NOTE_TEXT_MAX = 5000;
export const NOTES_MAX = 2000;

/** `coach`: for the coach only; `shared`: shared with the coachee (and in the coach report). */
export const NOTE_AUDIENCES = ['coach', 'shared'] as const;
export type NoteAudience = (typeof NOTE_AUDIENCES)[number];
export const noteAudienceSchema = z.enum(NOTE_AUDIENCES);

const text = z.string().trim().max(NOTE_TEXT_MAX);

/** What the user writes; the rules of shared/features/notes/rules.ts check it further. */
export const noteFieldsSchema = z.strictObject({
  /** The day of the session. */
  date: isoDateSchema,
  /** What was discussed. */
  topics: text,
  /** What was agreed. */
  agreements: text,
  routes: z.array(routeIdSchema).max(ROUTE_IDS.length),
  needles: z.array(needleIdSchema).max(NEEDLE_IDS.length),
  /** The next session, not before `date`; null = not planned. */
  nextSession: isoDateSchema.nullable(),
  audience: noteAudienceSchema,
});
export type NoteFields = z.infer<typeof noteFieldsSchema>;

export const noteSchema = noteFieldsSchema.extend({
  id: uuidSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Note = z.infer<typeof noteSchema>;

export const NOTES_SCHEMA_VERSION = 1;
export const notesDocumentSchema = z.strictObject({
  schemaVersion: z.literal(NOTES_SCHEMA_VERSION),
  profileId: uuidSchema,
  notes: z.array(noteSchema).max(NOTES_MAX),
  updatedAt: isoDateTimeSchema,
});
export type NotesDocument = z.infer<typeof notesDocumentSchema>;
