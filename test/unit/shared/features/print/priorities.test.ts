import { describe, expect, it } from 'vitest';
import { priorityList } from '@shared/features/print/priorities';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';

/** Both items of needle n answered with score(n); null leaves the needle without a score. */
function answersFor(score: (n: number) => 1 | 2 | 3 | 4 | 5 | null) {
  return Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, score(Number(id.split('.')[0]))]));
}

describe('priorityList', () => {
  it('ranks as the presentation does, then the needles without a target by lowest score, then those without a score', () => {
    const answers = answersFor((n) => (n === 10 ? null : (([3, 2, 4, 4, 1, 5, 3, 2, 2] as const)[n - 1] ?? 3)));
    const targets = { '1': 5, '2': 3, '3': 5, '4': 4, '6': 5 } as const;
    const list = priorityList({ answers, targets });
    expect(list.map((p) => p.needle)).toEqual([1, 2, 3, 4, 6, 5, 8, 9, 7, 10]);
    expect(list[0]).toEqual({ needle: 1, score: 3, target: 5, step: 2 });
    expect(list.find((p) => p.needle === 6)).toEqual({ needle: 6, score: 5, target: 5, step: 0 });
    expect(list.find((p) => p.needle === 5)).toEqual({ needle: 5, score: 1, target: null, step: null });
    expect(list.at(-1)).toEqual({ needle: 10, score: null, target: null, step: null });
  });

  it('lists every needle once', () => {
    expect(priorityList({ answers: {}, targets: {} }).map((p) => p.needle)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
