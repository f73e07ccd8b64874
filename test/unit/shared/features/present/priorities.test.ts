import { describe, expect, it } from 'vitest';
import { needlePriorities } from '@shared/features/present/priorities';

describe('needlePriorities', () => {
  it('sorts by the gap between target and self score, largest first, with the figures', () => {
    const rows = needlePriorities({ 1: 2, 2: 4, 3: 3.5, 4: 1.5 }, { 1: 4, 2: 4, 3: 5, 4: 3 });
    expect(rows).toEqual([
      { needle: 1, self: 2, target: 4, gap: 2 },
      { needle: 3, self: 3.5, target: 5, gap: 1.5 },
      { needle: 4, self: 1.5, target: 3, gap: 1.5 },
      { needle: 2, self: 4, target: 4, gap: 0 },
    ]);
  });

  it('breaks equal gaps by needle number, also when floating-point noise differs', () => {
    // 4.1 − 3.7 and 3.4 − 3.0 are both 0.4 on paper but not in binary floating point.
    const rows = needlePriorities({ 9: 3.7, 2: 3.0 }, { 9: 4.1, 2: 3.4 });
    expect(rows.map((r) => r.needle)).toEqual([2, 9]);
  });

  it('puts needles beyond their target last (negative gap) and leaves out needles without score or target', () => {
    const rows = needlePriorities({ 1: 5, 2: null, 3: 3, 5: 2 }, { 1: 3, 2: 4, 3: null, 4: 4, 5: 3 });
    expect(rows).toEqual([
      { needle: 5, self: 2, target: 3, gap: 1 },
      { needle: 1, self: 5, target: 3, gap: -2 },
    ]);
  });

  it('gives an empty list when no needle has both', () => {
    expect(needlePriorities({ 1: 3 }, {})).toEqual([]);
  });
});
