/**
 * Finding notes: every word of the query in the topics or agreements (case and accents ignored:
 * "ëvaluatie" finds "Evaluatie"), and optionally a linked route and/or needle. Pure.
 */
import type { NeedleId, RouteId } from '../../kernel/compass/model';
import type { Note } from './schemas';
import { noteLinks } from './rules';

export interface NoteQuery {
  readonly text: string;
  readonly route: RouteId | null;
  readonly needle: NeedleId | null;
}

export const EMPTY_QUERY: NoteQuery = { text: '', route: null, needle: null };

/** Lower case without diacritics, so a search does not depend on how a word was typed. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/** The words of a query, folded; an empty or blank query has none. */
export function queryWords(text: string): string[] {
  return foldText(text).split(/\s+/u).filter((word) => word !== '');
}

export function isEmptyQuery(query: NoteQuery): boolean {
  return queryWords(query.text).length === 0 && query.route === null && query.needle === null;
}

/** The notes that match the query, in their given order. */
export function searchNotes<T extends Pick<Note, 'topics' | 'agreements' | 'routes' | 'needles'>>(notes: readonly T[], query: NoteQuery): T[] {
  const words = queryWords(query.text);
  const link = { ...(query.route !== null ? { route: query.route } : {}), ...(query.needle !== null ? { needle: query.needle } : {}) };
  return notes.filter((note) => {
    if (!noteLinks(note, link)) return false;
    const haystack = foldText(`${note.topics}\n${note.agreements}`);
    return words.every((word) => haystack.includes(word));
  });
}
