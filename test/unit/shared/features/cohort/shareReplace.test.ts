/** Same alias and period as a share already in the cohort: the facilitator is asked before it is replaced (spec §5). */
import { describe, expect, it } from 'vitest';
import { sameAlias, shareToReplace } from '@shared/features/cohort/shareReplace';

const existing = [
  { id: 'one', alias: 'Merel', period: '2026-11' },
  { id: 'two', alias: 'Merel', period: '2026-05' },
  { id: 'three', alias: 'Jan', period: '2026-11' },
];

describe('share file: same alias and period', () => {
  it('names the entry it would replace: same period, an alias that reads the same', () => {
    expect(shareToReplace({ alias: 'Merel', period: '2026-11' }, existing)?.id).toBe('one');
    expect(shareToReplace({ alias: '  merel ', period: '2026-05' }, existing)?.id).toBe('two');
    expect(shareToReplace({ alias: 'JAN', period: '2026-11' }, existing)?.id).toBe('three');
  });

  it('replaces nothing for another period or another alias', () => {
    expect(shareToReplace({ alias: 'Merel', period: '2026-12' }, existing)).toBeNull();
    expect(shareToReplace({ alias: 'Merel B.', period: '2026-11' }, existing)).toBeNull();
    expect(shareToReplace({ alias: 'Jan', period: '2026-05' }, [])).toBeNull();
  });

  it('aliases differ by more than case and outer spaces', () => {
    expect(sameAlias('Ève', ' ève')).toBe(true);
    expect(sameAlias('Eve', 'Ève')).toBe(false);
    expect(sameAlias('An na', 'Anna')).toBe(false);
  });
});
