/**
 * The rules of a session note that zod cannot express, the order of the list, and which notes may
 * leave the coach's hands. Pure: problems are codes; the renderer words them.
 */
import { NEEDLE_IDS, ROUTE_IDS, type NeedleId, type RouteId } from '../../kernel/compass/model';
import type { Note, NoteFields } from './schemas';

export type NoteProblem =
  | { readonly code: 'note-empty' }
  | { readonly code: 'note-date-in-future'; readonly date: string; readonly today: string }
  | { readonly code: 'note-next-session-before-date'; readonly date: string; readonly nextSession: string };

/**
 * What is wrong with a note written on `today`: nothing written (neither topics nor agreements), a
 * session date in the future (a note reports a session that took place), or a next session before it.
 */
export function noteProblems(note: Pick<NoteFields, 'date' | 'topics' | 'agreements' | 'nextSession'>, today: string): NoteProblem[] {
  const problems: NoteProblem[] = [];
  if (note.topics.trim() === '' && note.agreements.trim() === '') problems.push({ code: 'note-empty' });
  if (note.date > today) problems.push({ code: 'note-date-in-future', date: note.date, today });
  if (note.nextSession !== null && note.nextSession < note.date) {
    problems.push({ code: 'note-next-session-before-date', date: note.date, nextSession: note.nextSession });
  }
  return problems;
}

/** The note's fields as stored: texts trimmed, routes and needles each once in compass order. */
export function normalizeNoteFields(fields: NoteFields): NoteFields {
  return {
    ...fields,
    topics: fields.topics.trim(),
    agreements: fields.agreements.trim(),
    routes: [...new Set(fields.routes)].sort((a, b) => ROUTE_IDS.indexOf(a) - ROUTE_IDS.indexOf(b)),
    needles: [...new Set(fields.needles)].sort((a, b) => NEEDLE_IDS.indexOf(a) - NEEDLE_IDS.indexOf(b)),
  };
}

/** Newest first: by session date, then the most recently written. */
export function sortNotes<T extends Pick<Note, 'date' | 'createdAt'>>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** The notes the coachee may see, and so the only ones a coach report may contain. */
export function sharedNotes<T extends Pick<Note, 'audience'>>(notes: readonly T[]): T[] {
  return notes.filter((note) => note.audience === 'shared');
}

/** Whether a note touches `route` / `needle` (for the links between notes and the routekaart). */
export function noteLinks(note: Pick<Note, 'routes' | 'needles'>, link: { route?: RouteId; needle?: NeedleId }): boolean {
  return (link.route === undefined || note.routes.includes(link.route)) && (link.needle === undefined || note.needles.includes(link.needle));
}
