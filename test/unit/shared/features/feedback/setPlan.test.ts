/** "Alle anderen" first (spec §4 as revised): which sets a report shows, by example and hand computation. */
import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import { RATER_GROUPS, type RaterGroup } from '@shared/features/exchange/formats';
import { planSets } from '@shared/features/feedback/anonymity';
import type { Answers } from '@shared/kernel/scoring';
import { keys, many, needleOf, needlesOf, report, response, selfInput, set } from './builders';

const counts = (given: Partial<Record<RaterGroup, number>>): Record<RaterGroup, number> =>
  Object.fromEntries(RATER_GROUPS.map((g) => [g, given[g] ?? 0])) as Record<RaterGroup, number>;

describe('planSets', () => {
  it('the spec example: 1 leidinggevende, 3 collega, 4 medewerker → anderen, medewerkers, overige (collega + leidinggevende)', () => {
    const plan = planSets(counts({ leidinggevende: 1, collega: 3, medewerker: 4 }));
    expect(plan).toEqual({
      scoresShown: true,
      separate: ['medewerker'],
      rest: ['collega', 'leidinggevende'],
      overigeShown: true,
      // Largest first, as the report lists them.
      placements: [
        { group: 'medewerker', placement: 'separate' },
        // 8 − 4 − 3 = 1: shown on their own, the collega's would leave the leidinggevende uncovered.
        { group: 'collega', placement: 'would-leave-few' },
        { group: 'leidinggevende', placement: 'too-few' },
      ],
    });
  });

  it('takes equal groups in the order leidinggevende, collega, medewerker, extern, bestuurlijk', () => {
    // 4 + 4 + 1 = 9: the first of the two equal groups fits (9 − 4 = 5), the second would leave 1.
    expect(planSets(counts({ collega: 1, medewerker: 4, extern: 4 })).separate).toEqual(['medewerker']);
    expect(planSets(counts({ leidinggevende: 4, bestuurlijk: 4, collega: 1 })).separate).toEqual(['leidinggevende']);
    // 3 + 3 + 3 + 1 = 10: collega (7 left), medewerker (4 left), extern would leave 1.
    const plan = planSets(counts({ leidinggevende: 1, collega: 3, medewerker: 3, extern: 3 }));
    expect([plan.separate, plan.rest, plan.overigeShown]).toEqual([['collega', 'medewerker'], ['extern', 'leidinggevende'], true]);
  });

  it('takes the largest first, even when a smaller group would have fitted instead', () => {
    // 5 + 3 + 1 = 9: medewerker (4 left); collega would leave 1. Not collega (6 left) then medewerker (1).
    const plan = planSets(counts({ collega: 3, medewerker: 5, extern: 1 }));
    expect([plan.separate, plan.rest]).toEqual([['medewerker'], ['collega', 'extern']]);
    expect(planSets(counts({ collega: 3, medewerker: 6, extern: 3 })).separate).toEqual(['medewerker', 'collega', 'extern']);
  });

  it('shows no "overige" that would repeat "anderen", and nothing at all below 3', () => {
    // 3 + 2: collega would leave 2; the rest is everyone, which "anderen" already is.
    expect(planSets(counts({ collega: 3, medewerker: 2 }))).toMatchObject({ separate: [], rest: ['collega', 'medewerker'], overigeShown: false });
    expect(planSets(counts({ extern: 5 }))).toMatchObject({ separate: [], overigeShown: false, placements: [{ group: 'extern', placement: 'only-group' }] });
    expect(planSets(counts({ collega: 1, bestuurlijk: 1 }))).toEqual({ scoresShown: false, separate: [], rest: [], overigeShown: false, placements: [] });
  });
});

describe('the spec example as a report', () => {
  // leidinggevende 1 (anonymous): all 1. Collega's: all 3; c1 cannot judge 2.1, c1 and c2 cannot judge 4.1.
  // Medewerkers: 5, 5, 4, 4; m4 cannot judge 3.1. The leidinggevende cannot judge 4.1 either.
  const collega = (i: number) => (item: ItemId): Answer => ((item === '2.1' && i === 0) || (item === '4.1' && i < 2) ? null : 3);
  const medewerker = (value: Answer, skip?: ItemId) => (item: ItemId): Answer => (item === skip ? null : value);
  const responses = [
    response('leidinggevende', (item) => (item === '4.1' ? null : 1), { keepDoing: 'L' }),
    response('collega', collega(0), { keepDoing: 'C1' }),
    response('collega', collega(1)),
    response('collega', collega(2)),
    response('medewerker', medewerker(5), { keepDoing: 'M1' }),
    response('medewerker', medewerker(5)),
    response('medewerker', medewerker(4)),
    response('medewerker', medewerker(4, '3.1')),
  ];
  const self = Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, needleOf(id) === 1 ? 5 : 4])) as Answers;
  const m = report(responses, { self: selfInput(self) });

  it('shows alle anderen (8), medewerkers (4) and overige: collega\'s and leidinggevende (4), in that order', () => {
    expect(keys(m)).toEqual(['anderen', 'groep-medewerker', 'overige']);
    expect(set(m, 'anderen')).toMatchObject({ n: 8, groups: ['leidinggevende', 'collega', 'medewerker'] });
    expect(set(m, 'groep-medewerker')).toMatchObject({ n: 4, groups: ['medewerker'] });
    expect(set(m, 'overige')).toMatchObject({ n: 4, groups: ['collega', 'leidinggevende'] });
  });

  it('publishes figures that match a hand computation', () => {
    // 1.1: anderen (1 + 3·3 + 5 + 5 + 4 + 4) / 8 = 28 / 8; medewerkers 18 / 4; overige (1 + 9) / 4.
    expect(set(m, 'anderen').items['1.1']).toEqual({ mean: 3.5, n: 8, distribution: [1, 0, 3, 2, 2] });
    expect(set(m, 'groep-medewerker').items['1.1']).toEqual({ mean: 4.5, n: 4, distribution: [0, 0, 0, 2, 2] });
    expect(set(m, 'overige').items['1.1']).toEqual({ mean: 2.5, n: 4, distribution: [1, 0, 3, 0, 0] });
    // 2.1: c1 could not judge: anderen 25 / 7, overige 7 / 3 (3 answers), medewerkers 4.5; 7 − 4 − 3 = 0.
    expect(set(m, 'anderen').items['2.1']).toEqual({ mean: 25 / 7, n: 7, distribution: [1, 0, 2, 2, 2] });
    expect(set(m, 'overige').items['2.1']).toEqual({ mean: 7 / 3, n: 3, distribution: [1, 0, 2, 0, 0] });
    // 3.1: m4 could not judge: medewerkers 14 / 3 (3 answers), anderen 24 / 7.
    expect(set(m, 'groep-medewerker').items['3.1']).toEqual({ mean: 14 / 3, n: 3, distribution: [0, 0, 0, 1, 2] });
    expect(set(m, 'anderen').items['3.1']?.mean).toBeCloseTo(24 / 7, 12);
  });

  it('per item leaves out a group figure that would leave 1 or 2 answerers of "anderen" uncovered; "anderen" stays', () => {
    // 4.1: answered by c3 and the four medewerkers (5). Overige has 1 answer (not shown); medewerkers'
    // 4 would leave c3 alone (5 − 4 = 1), so they are left out too.
    expect(set(m, 'anderen').items['4.1']).toEqual({ mean: 21 / 5, n: 5, distribution: [0, 0, 1, 2, 2] });
    expect(set(m, 'groep-medewerker').items['4.1']).toBeNull();
    expect(set(m, 'overige').items['4.1']).toBeNull();
    // The needle is the mean of the published items: anderen (4.2 + 3.5) / 2; the groups on 4.2 only.
    expect(set(m, 'anderen').needles['4']?.mean).toBeCloseTo(3.85, 12);
    expect(set(m, 'anderen').needles['4']).toMatchObject({ n: 8, items: ['4.1', '4.2'] });
    expect(set(m, 'groep-medewerker').needles['4']).toEqual({ mean: 4.5, n: 4, items: ['4.2'] });
    expect(set(m, 'overige').needles['4']).toEqual({ mean: 2.5, n: 4, items: ['4.2'] });
  });

  it('compares self with "anderen" on every needle, never with a group', () => {
    expect(m.gaps).toHaveLength(10);
    expect(m.gaps.every((g) => g.basis === 'anderen')).toBe(true);
    // Needle 1: self 5, anderen 3.5 → +1.5, a blind spot.
    expect(m.gaps.find((g) => g.needle === '1')).toEqual({ needle: '1', self: 5, others: 3.5, basis: 'anderen', difference: 1.5, kind: 'blind-spot' });
    expect([...m.strengths, ...m.priorities].every((h) => h.basis === 'anderen')).toBe(true);
    // Needle means of "anderen": 4 → 3.85, 2 → (25/7 + 3.5)/2 ≈ 3.54, 1 and 5–10 → 3.5, 3 → (3.5 + 24/7)/2 ≈ 3.46.
    expect(needlesOf(m.strengths)).toEqual(['4', '2', '1']);
    expect(m.priorities.map((p) => [p.needle, p.reason])).toEqual([
      ['3', 'lowest-others'],
      ['5', 'lowest-others'],
      ['6', 'lowest-others'],
    ]);
  });

  it('labels the comments of the medewerkers only; the pool of 4 stays unlabelled', () => {
    expect(m.comments.labelledGroups).toEqual(['medewerker']);
    const groupOf = Object.fromEntries(m.comments.keepDoing.map((c) => [c.text, c.group]));
    expect(groupOf).toEqual({ L: null, C1: null, M1: 'medewerker' });
  });

  it('names the meetmoment it compares with', () => {
    expect(m.self).toMatchObject({ takenOn: '2026-11-12', assessmentId: '00000000-0000-4000-8000-0000000000a1' });
  });
});

describe('a needle where "anderen" has too few answers', () => {
  // 3 collega + 3 medewerker; needle 4 is answered by two collega's only (both items).
  const value = (group: RaterGroup, i: number) => (item: ItemId): Answer => (needleOf(item) === 4 ? (group === 'collega' && i < 2 ? 5 : null) : 3);
  const responses = (['collega', 'medewerker'] as const).flatMap((g) => [0, 1, 2].map((i) => response(g, value(g, i))));
  const self = Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, needleOf(id) === 4 ? 1 : 3])) as Answers;
  const m = report(responses, { self: selfInput(self) });

  it('has no figure in any set, and so no gap, strength or priority there', () => {
    expect(keys(m)).toEqual(['anderen', 'groep-collega', 'groep-medewerker']);
    expect(m.sets.map((s) => s.needles['4'])).toEqual([null, null, null]);
    expect(m.self?.needles['4']).toBe(1);
    expect(needlesOf(m.gaps)).toEqual(['1', '2', '3', '5', '6', '7', '8', '9', '10']);
    expect([...needlesOf(m.strengths), ...needlesOf(m.priorities)]).not.toContain('4');
  });
});

describe('overige beoordelaars', () => {
  it('names every group it pools, also a group of 3 or more that did not fit', () => {
    // 5 medewerker, 3 extern, 1 bestuurlijk: medewerkers (4 left); the externen would leave 1.
    const m = report([...many(5, 'medewerker', 4), ...many(3, 'extern', 2), response('bestuurlijk', 5)]);
    expect(keys(m)).toEqual(['anderen', 'groep-medewerker', 'overige']);
    expect(set(m, 'overige')).toMatchObject({ groups: ['extern', 'bestuurlijk'], n: 4 });
    expect(set(m, 'overige').items['1.1']).toEqual({ mean: 11 / 4, n: 4, distribution: [0, 3, 0, 0, 1] });
    expect(m.groupPlacements).toEqual([
      { group: 'medewerker', placement: 'separate' },
      { group: 'extern', placement: 'would-leave-few' },
      { group: 'bestuurlijk', placement: 'too-few' },
    ]);
  });
});
