import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '@shared/kernel/compass/content';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { DIMENSION_IDS, NEEDLE_IDS, type ItemId, type NeedleId } from '@shared/kernel/compass/model';
import {
  NEEDLES_OF_DIMENSION,
  dimensionScores,
  itemsOfNeedle,
  mean,
  needleScore,
  needleScores,
  respondedCount,
  unansweredItems,
  type Answers,
  type NeedleScores,
} from '@shared/kernel/scoring';

function allAnswered(value: 1 | 2 | 3 | 4 | 5 | null): Answers {
  return Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, value])) as Answers;
}

function needlesWith(values: Partial<Record<NeedleId, number | null>>): NeedleScores {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [n, values[n] ?? null])) as NeedleScores;
}

describe('mean', () => {
  it('averages the numbers', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([5])).toBe(5);
  });

  it('leaves out null ("kan ik niet beoordelen") and undefined (unanswered)', () => {
    expect(mean([2, null, 4, undefined])).toBe(3);
    expect(mean([null, 5])).toBe(5);
  });

  it('is null, never 0, when there is nothing to average', () => {
    expect(mean([])).toBeNull();
    expect(mean([null, null])).toBeNull();
    expect(mean([undefined, null])).toBeNull();
  });
});

describe('needleScore', () => {
  it('uses exactly the two items of the needle', () => {
    expect(itemsOfNeedle(7)).toEqual(['7.1', '7.2']);
    const answers: Answers = { '7.1': 2, '7.2': 5, '6.2': 1, '8.1': 1 };
    expect(needleScore(answers, 7)).toBe(3.5);
  });

  it('is the answered item alone when the other is "kan ik niet beoordelen" or missing', () => {
    expect(needleScore({ '3.1': 4, '3.2': null }, 3)).toBe(4);
    expect(needleScore({ '3.2': 2 }, 3)).toBe(2);
  });

  it('is null (not 0) when both items are "kan ik niet beoordelen"', () => {
    expect(needleScore({ '10.1': null, '10.2': null }, 10)).toBeNull();
    expect(needleScore({}, 10)).toBeNull();
  });

  it('needleScores gives every needle, null where nothing was answered', () => {
    const answers: Answers = { ...allAnswered(3), '1.1': 5, '1.2': 4, '2.1': null, '2.2': null };
    const scores = needleScores(answers);
    expect(Object.keys(scores).map(Number)).toEqual([...NEEDLE_IDS]);
    expect(scores[1]).toBe(4.5);
    expect(scores[2]).toBeNull();
    for (const n of NEEDLE_IDS.slice(2)) expect(scores[n]).toBe(3);
  });
});

describe('dimensionScores', () => {
  it('is the mean of its two needles (not of its items)', () => {
    // Needle 5 answered with one item (5), needle 6 with two (1 and 2): items would give 8/3,
    // needles give (5 + 1.5) / 2.
    const needles = needleScores({ '5.1': 5, '5.2': null, '6.1': 1, '6.2': 2 });
    expect(dimensionScores(needles).III).toBe(3.25);
  });

  it('ignores a needle without score, and is null only when both needles are null', () => {
    const scores = dimensionScores(needlesWith({ 1: 4, 2: null, 3: 2, 4: 5 }));
    expect(scores.I).toBe(4);
    expect(scores.II).toBe(3.5);
    expect(scores.III).toBeNull();
    expect(scores.IV).toBeNull();
    expect(scores.V).toBeNull();
  });

  it('every dimension of an all-"kan ik niet beoordelen" assessment is null, never 0', () => {
    const scores = dimensionScores(needleScores(allAnswered(null)));
    for (const d of DIMENSION_IDS) expect(scores[d]).toBeNull();
  });

  it('uses the needles of each dimension', () => {
    const scores = dimensionScores(needlesWith({ 1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 6: 3, 7: 4, 8: 4, 9: 5, 10: 5 }));
    expect(scores).toEqual({ I: 1, II: 2, III: 3, IV: 4, V: 5 });
  });
});

describe('NEEDLES_OF_DIMENSION', () => {
  it('matches the needles of DIMENSIONS in the compass content', () => {
    expect(Object.keys(NEEDLES_OF_DIMENSION)).toEqual([...DIMENSION_IDS]);
    for (const dimension of DIMENSIONS) expect(NEEDLES_OF_DIMENSION[dimension.id]).toEqual(dimension.needles);
  });

  it('covers every needle exactly once', () => {
    const all = DIMENSION_IDS.flatMap((d) => NEEDLES_OF_DIMENSION[d]);
    expect([...all].sort((a, b) => a - b)).toEqual([...NEEDLE_IDS]);
  });
});

describe('respondedCount and unansweredItems', () => {
  it('an empty draft has responded to nothing', () => {
    expect(respondedCount({})).toBe(0);
    expect(unansweredItems({})).toEqual([...ALL_ITEM_IDS]);
    expect(ALL_ITEM_IDS).toHaveLength(20);
  });

  it('"kan ik niet beoordelen" (null) counts as a response', () => {
    const answers: Answers = { '1.1': null, '1.2': 3, '4.2': null };
    expect(respondedCount(answers)).toBe(3);
    expect(unansweredItems(answers)).not.toContain('1.1');
    expect(unansweredItems(answers)).not.toContain('4.2');
  });

  it('lists what is still open in questionnaire order', () => {
    const answers: Answers = allAnswered(2);
    const open: ItemId[] = ['10.2', '2.1', '9.1'];
    for (const id of open) delete answers[id];
    expect(respondedCount(answers)).toBe(17);
    expect(unansweredItems(answers)).toEqual(['2.1', '9.1', '10.2']);
  });

  it('a complete assessment has no open items', () => {
    expect(respondedCount(allAnswered(null))).toBe(20);
    expect(unansweredItems(allAnswered(5))).toEqual([]);
  });
});
