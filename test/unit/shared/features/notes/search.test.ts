import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, foldText, isEmptyQuery, queryWords, searchNotes } from '@shared/features/notes/search';
import type { NeedleId, RouteId } from '@shared/kernel/compass/model';

function note(id: string, topics: string, agreements: string, routes: RouteId[] = [], needles: NeedleId[] = []) {
  return { id, topics, agreements, routes, needles };
}

const NOTES = [
  note('1', 'Evaluatie van het eerste kwartaal', 'Gesprek met de SG plannen', ['a'], [1]),
  note('2', 'Samenwerking in het MT', 'Feedback vragen aan twee collega’s', ['e', 'a'], [5, 6]),
  note('3', 'Crisisoefening', 'Draaiboek herzien', [], [2]),
];

const ids = (found: readonly { id: string }[]) => found.map((n) => n.id);

describe('searchNotes', () => {
  it('an empty query finds every note, in the given order', () => {
    expect(ids(searchNotes(NOTES, EMPTY_QUERY))).toEqual(['1', '2', '3']);
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, text: '   ' }))).toEqual(['1', '2', '3']);
  });

  it('finds words in topics and in agreements, ignoring case and accents', () => {
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, text: 'ËVALUATIE' }))).toEqual(['1']);
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, text: 'draaiboek' }))).toEqual(['3']);
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, text: 'het' }))).toEqual(['1', '2']);
  });

  it('needs every word, anywhere in the note', () => {
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, text: 'samenwerking feedback' }))).toEqual(['2']);
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, text: 'samenwerking draaiboek' }))).toEqual([]);
  });

  it('filters by a linked route and/or needle, combined with the text', () => {
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, route: 'a' }))).toEqual(['1', '2']);
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, needle: 2 }))).toEqual(['3']);
    expect(ids(searchNotes(NOTES, { ...EMPTY_QUERY, route: 'a', needle: 6 }))).toEqual(['2']);
    expect(ids(searchNotes(NOTES, { text: 'sg', route: 'a', needle: null }))).toEqual(['1']);
    expect(ids(searchNotes(NOTES, { text: 'sg', route: 'e', needle: null }))).toEqual([]);
  });
});

describe('query helpers', () => {
  it('fold text and split words', () => {
    expect(foldText('Één Café')).toBe('een cafe');
    expect(queryWords('  Twee   woorden ')).toEqual(['twee', 'woorden']);
  });

  it('knows an empty query', () => {
    expect(isEmptyQuery(EMPTY_QUERY)).toBe(true);
    expect(isEmptyQuery({ ...EMPTY_QUERY, text: ' ' })).toBe(true);
    expect(isEmptyQuery({ ...EMPTY_QUERY, needle: 1 })).toBe(false);
  });
});
