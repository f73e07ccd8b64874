/** Merging the chunks' summaries and grouping thousands of outcomes into a few lines. */
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '@shared/contract/api';
import { EMPTY_SUMMARY, groupOutcomes, mergeSummaries } from '@shared/features/feedback/importSummary';
import type { RoundSummary } from '@shared/features/feedback/schemas';

type Outcome = ImportSummary['outcomes'][number];
const A = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Najaar' };
const B = { id: '3f0c9a7e-1b2d-4c5e-9f60-718293a4b5c6', name: 'Voorjaar' };

const accepted = (name: string, round = A): Outcome => ({ name, outcome: 'accepted', reason: null, round });
const refused = (name: string, reason: Outcome['reason'], round: typeof A | null = null): Outcome => ({ name, outcome: 'refused', reason, round });
const duplicate = (name: string, round = A): Outcome => ({ name, outcome: 'duplicate', reason: null, round });

function round(id: string, total: number): RoundSummary {
  return { id, total } as RoundSummary;
}

describe('mergeSummaries', () => {
  it('keeps the outcomes in file order, adds the counts and keeps each round as the later chunk left it', () => {
    const first: ImportSummary = { outcomes: [accepted('1'), refused('2', 'not-json')], accepted: 1, duplicates: 0, refused: 1, rounds: [round(A.id, 1)] };
    const second: ImportSummary = { outcomes: [duplicate('3'), accepted('4', B)], accepted: 1, duplicates: 1, refused: 0, rounds: [round(A.id, 1), round(B.id, 1)] };
    const third: ImportSummary = { outcomes: [accepted('5')], accepted: 1, duplicates: 0, refused: 0, rounds: [round(A.id, 2)] };
    const merged = [first, second, third].reduce(mergeSummaries, EMPTY_SUMMARY);
    expect(merged.outcomes.map((o) => o.name)).toEqual(['1', '2', '3', '4', '5']);
    expect([merged.accepted, merged.duplicates, merged.refused]).toEqual([3, 1, 1]);
    expect(merged.rounds.map((r) => [r.id, r.total])).toEqual([
      [A.id, 2],
      [B.id, 1],
    ]);
  });
});

describe('groupOutcomes', () => {
  it('one group per outcome, reason and round, in the order of the summary line, names in file order', () => {
    const outcomes = [
      refused('x1', 'not-decryptable', A),
      accepted('a1'),
      refused('x2', 'too-large'),
      accepted('b1', B),
      duplicate('d1'),
      accepted('a2'),
      refused('x3', 'round-closed', B),
      refused('x4', 'too-large'),
      refused('x5', 'round-closed', A),
    ];
    const groups = groupOutcomes(outcomes);
    expect(groups.map((g) => [g.outcome, g.reason, g.round?.name ?? null, g.names])).toEqual([
      ['accepted', null, 'Najaar', ['a1', 'a2']],
      ['accepted', null, 'Voorjaar', ['b1']],
      ['duplicate', null, 'Najaar', ['d1']],
      ['refused', 'too-large', null, ['x2', 'x4']],
      ['refused', 'round-closed', 'Najaar', ['x5']],
      ['refused', 'round-closed', 'Voorjaar', ['x3']],
      ['refused', 'not-decryptable', 'Najaar', ['x1']],
    ]);
    expect(groups.reduce((n, g) => n + g.names.length, 0)).toBe(outcomes.length);
  });

  it('turns 10,000 files into a handful of lines', () => {
    const outcomes = Array.from({ length: 10_000 }, (_, i) => (i % 1000 === 0 ? refused(`f${i}`, 'not-json') : accepted(`f${i}`)));
    const groups = groupOutcomes(outcomes);
    expect(groups.map((g) => [g.outcome, g.names.length])).toEqual([
      ['accepted', 9990],
      ['refused', 10],
    ]);
  });
});
