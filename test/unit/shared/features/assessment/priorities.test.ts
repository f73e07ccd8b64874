import { describe, expect, it } from 'vitest';
import { needlePriorities } from '@shared/features/assessment/priorities';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';

/** Both items of needle n answered with score(n); null leaves the needle without a score. */
function answersFor(score: (n: number) => 1 | 2 | 3 | 4 | 5 | null) {
  return Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, score(Number(id.split('.')[0]))]));
}

describe('needlePriorities', () => {
  it('puts the largest step up to the target first, then the rest by lowest score, ties by number', () => {
    const answers = answersFor((n) => (n === 10 ? null : (([3, 2, 4, 4, 1, 5, 3, 2, 2] as const)[n - 1] ?? 3)));
    const targets = { '1': 5, '2': 3, '3': 5, '4': 4, '6': 5 } as const;
    const list = needlePriorities({ answers, targets });
    expect(list.map((p) => p.needle)).toEqual([1, 2, 3, 5, 8, 9, 7, 4, 6, 10]);
    expect(list[0]).toEqual({ needle: 1, score: 3, target: 5, step: 2 });
    expect(list.find((p) => p.needle === 4)).toEqual({ needle: 4, score: 4, target: 4, step: 0 });
    expect(list.at(-1)).toEqual({ needle: 10, score: null, target: null, step: null });
  });

  it('lists every needle once', () => {
    const list = needlePriorities({ answers: {}, targets: {} });
    expect(list.map((p) => p.needle)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
