import { describe, expect, it } from 'vitest';
import type { History } from '@shared/contract/api';
import type { PublishedSet } from '@shared/features/feedback/reportModel';
import {
  assessmentsByDate,
  basisSet,
  biggestMoves,
  changeBetween,
  dateExtent,
  defaultPair,
  needleTimelines,
  type Change,
} from '@shared/features/history/history';
import type { NeedleId } from '@shared/kernel/compass/model';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A `needleMeans` record: the given values, null for the rest. */
function means(values: Record<number, number>): History['assessments'][number]['needles'] {
  return Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), values[i + 1] ?? null])) as History['assessments'][number]['needles'];
}

const HISTORY: History = {
  // Deliberately not in date order.
  assessments: [
    { id: ID(2), date: '2026-05-01', questionnaireVersion: 2, needles: means({ 1: 3.5, 2: 4, 3: 2, 4: 3, 5: 3, 6: 3, 7: 4, 8: 2.5, 9: 3, 10: 3 }), targets: means({ 1: 5 }) },
    { id: ID(1), date: '2026-01-15', questionnaireVersion: 1, needles: means({ 1: 2.5, 2: 4, 3: 3, 4: 3, 5: 1, 6: 2, 7: 4, 8: 2, 10: 3.5 }), targets: means({ 1: 4, 3: 4 }) },
  ],
  rounds: [
    { id: ID(9), name: 'Voorjaar', date: '2026-03-10', basis: 'anderen', needles: means({ 1: 3.2, 3: 2.8 }) },
    { id: ID(8), name: 'Zelfde dag', date: '2026-05-01', basis: 'groep-collega', needles: means({ 1: 4 }) },
  ],
};

describe('needleTimelines', () => {
  it('gives one timeline per needle with meetmomenten and rounds sorted by date', () => {
    const timelines = needleTimelines(HISTORY);
    expect(timelines.map((t) => t.needle)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const first = timelines[0]!;
    expect(first.points).toEqual([
      { kind: 'assessment', id: ID(1), date: '2026-01-15', self: 2.5, target: 4 },
      { kind: 'round', id: ID(9), date: '2026-03-10', name: 'Voorjaar', basis: 'anderen', others: 3.2 },
      // Same date: the meetmoment comes before the round.
      { kind: 'assessment', id: ID(2), date: '2026-05-01', self: 3.5, target: 5 },
      { kind: 'round', id: ID(8), date: '2026-05-01', name: 'Zelfde dag', basis: 'groep-collega', others: 4 },
    ]);
  });

  it('keeps missing scores and targets as null, never 0', () => {
    const ninth = needleTimelines(HISTORY)[8]!;
    expect(ninth.points.map((p) => (p.kind === 'assessment' ? [p.self, p.target] : [p.others]))).toEqual([
      [null, null],
      [null],
      [3, null],
      [null],
    ]);
  });

  it('is empty for an empty history', () => {
    const empty = needleTimelines({ assessments: [], rounds: [] });
    expect(empty).toHaveLength(10);
    expect(empty.every((t) => t.points.length === 0)).toBe(true);
    expect(dateExtent({ assessments: [], rounds: [] })).toBeNull();
  });
});

describe('dates', () => {
  it('gives the first and last date of everything', () => {
    expect(dateExtent(HISTORY)).toEqual(['2026-01-15', '2026-05-01']);
  });

  it('sorts the meetmomenten oldest first and picks the two newest as the default pair', () => {
    expect(assessmentsByDate(HISTORY).map((a) => a.id)).toEqual([ID(1), ID(2)]);
    expect(defaultPair(HISTORY)).toEqual({ from: ID(1), to: ID(2) });
    expect(defaultPair({ assessments: HISTORY.assessments.slice(0, 1) })).toBeNull();
  });
});

describe('changeBetween', () => {
  const [newer, older] = HISTORY.assessments as [History['assessments'][number], History['assessments'][number]];

  it('gives per needle the two self scores and the difference, null where either is missing', () => {
    const { needles } = changeBetween(older, newer);
    expect(needles).toEqual([
      { key: 1, from: 2.5, to: 3.5, change: 1 },
      { key: 2, from: 4, to: 4, change: 0 },
      { key: 3, from: 3, to: 2, change: -1 },
      { key: 4, from: 3, to: 3, change: 0 },
      { key: 5, from: 1, to: 3, change: 2 },
      { key: 6, from: 2, to: 3, change: 1 },
      { key: 7, from: 4, to: 4, change: 0 },
      { key: 8, from: 2, to: 2.5, change: 0.5 },
      { key: 9, from: null, to: 3, change: null },
      { key: 10, from: 3.5, to: 3, change: -0.5 },
    ]);
  });

  it('gives per dimension the mean of its needles and the difference', () => {
    const { dimensions } = changeBetween(older, newer);
    expect(dimensions).toEqual([
      // I: (2.5 + 4) / 2 = 3.25 → (3.5 + 4) / 2 = 3.75
      { key: 'I', from: 3.25, to: 3.75, change: 0.5 },
      // II: (3 + 3) / 2 = 3 → (2 + 3) / 2 = 2.5
      { key: 'II', from: 3, to: 2.5, change: -0.5 },
      // III: (1 + 2) / 2 = 1.5 → (3 + 3) / 2 = 3
      { key: 'III', from: 1.5, to: 3, change: 1.5 },
      // IV: (4 + 2) / 2 = 3 → (4 + 2.5) / 2 = 3.25
      { key: 'IV', from: 3, to: 3.25, change: 0.25 },
      // V: needle 9 missing before, so 3.5 → (3 + 3) / 2 = 3
      { key: 'V', from: 3.5, to: 3, change: -0.5 },
    ]);
  });

  it('is the negation when the moments are swapped, and zero against itself', () => {
    const forward = changeBetween(older, newer).needles.map((c) => c.change);
    const back = changeBetween(newer, older).needles.map((c) => (c.change === null ? null : 0 - c.change));
    expect(back).toEqual(forward);
    expect(changeBetween(newer, newer).needles.every((c) => c.change === 0)).toBe(true);
  });

  it('hides floating-point noise', () => {
    const { needles } = changeBetween({ needles: means({ 1: 0.1 + 0.2 }) }, { needles: means({ 1: 0.6 }) });
    expect(needles[0]?.change).toBe(0.3);
  });
});

describe('biggestMoves', () => {
  const change = (key: NeedleId, c: number | null): Change<NeedleId> => ({ key, from: 3, to: c === null ? null : 3 + c, change: c });

  it('takes the largest moves either way, largest first', () => {
    const [newer, older] = HISTORY.assessments as [History['assessments'][number], History['assessments'][number]];
    expect(biggestMoves(changeBetween(older, newer).needles)).toEqual([5, 1, 3, 6]); // 2, then a tie of three at 1
    expect(biggestMoves(changeBetween(older, newer).needles, 1)).toEqual([5]);
  });

  it('leaves out unchanged and missing needles', () => {
    expect(biggestMoves([change(1, 0), change(2, null), change(3, -0.5)])).toEqual([3]);
    expect(biggestMoves([change(1, 0), change(2, null)])).toEqual([]);
  });
});

describe('basisSet', () => {
  const set = (key: PublishedSet['key'], n: number, anonymous = true): PublishedSet => ({
    key,
    groups: ['collega'],
    anonymous,
    n,
    needles: {} as PublishedSet['needles'],
    items: {} as PublishedSet['items'],
  });

  it('prefers "anderen", else the broadest anonymous set, else any set', () => {
    expect(basisSet({ sets: [set('groep-collega', 3), set('anderen', 7)] })?.key).toBe('anderen');
    expect(basisSet({ sets: [set('groep-collega', 3), set('groep-medewerker', 4)] })?.key).toBe('groep-medewerker');
    expect(basisSet({ sets: [set('leidinggevende-niet-anoniem', 1, false)] })?.key).toBe('leidinggevende-niet-anoniem');
    expect(basisSet({ sets: [] })).toBeNull();
  });
});
