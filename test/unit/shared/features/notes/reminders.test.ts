import { describe, expect, it } from 'vitest';
import { nextSessionDue } from '@shared/features/notes/reminders';
import { sortDueItems } from '@shared/features/plan/reminders';
import type { DueItem } from '@shared/contract/api';

function note(date: string, nextSession: string | null, createdAt = `${date}T12:00:00.000Z`) {
  return { date, nextSession, createdAt };
}

describe('nextSessionDue', () => {
  const today = '2026-11-30';

  it('is nothing without notes, or when the newest note plans no session', () => {
    expect(nextSessionDue([], today)).toBeNull();
    expect(nextSessionDue([note('2026-11-01', '2026-11-30'), note('2026-11-29', null)], today)).toBeNull();
  });

  it('is the newest note’s next session when it is within the horizon (7 days by default)', () => {
    expect(nextSessionDue([note('2026-11-20', '2026-12-07')], today)).toEqual({
      kind: 'session',
      due: '2026-12-07',
      overdue: false,
      route: null,
      actionId: null,
      what: '',
    });
    expect(nextSessionDue([note('2026-11-20', '2026-12-08')], today)).toBeNull();
    expect(nextSessionDue([note('2026-11-20', '2026-12-08')], today, 8)?.due).toBe('2026-12-08');
    expect(nextSessionDue([note('2026-11-20', today)], today, 0)).toMatchObject({ due: today, overdue: false });
  });

  it('is overdue when its date has passed without a newer note', () => {
    expect(nextSessionDue([note('2026-11-01', '2026-11-15')], today)).toMatchObject({ due: '2026-11-15', overdue: true });
  });

  it('is gone once the note of that session has been written', () => {
    const notes = [note('2026-11-01', '2026-11-15'), note('2026-11-15', '2027-01-10')];
    expect(nextSessionDue(notes, today)).toBeNull();
  });

  it('of two notes on one day, takes the one written last', () => {
    const notes = [note('2026-11-20', '2026-12-01', '2026-11-20T09:00:00.000Z'), note('2026-11-20', null, '2026-11-20T17:00:00.000Z')];
    expect(nextSessionDue(notes, today)).toBeNull();
    expect(nextSessionDue([notes[1]!, { ...notes[0]!, createdAt: '2026-11-21T09:00:00.000Z' }], today)?.due).toBe('2026-12-01');
  });

  it('refuses a horizon that is not a whole number of days', () => {
    expect(() => nextSessionDue([], today, -1)).toThrow(RangeError);
    expect(() => nextSessionDue([], today, 1.5)).toThrow(RangeError);
  });
});

describe('sortDueItems', () => {
  it('orders by date, then review, session, actions', () => {
    const base = { overdue: false, route: null, actionId: null, what: '' };
    const items: DueItem[] = [
      { ...base, kind: 'action', due: '2026-12-01', route: 'a', actionId: '11111111-1111-4111-8111-111111111111', what: 'x' },
      { ...base, kind: 'session', due: '2026-12-01' },
      { ...base, kind: 'review', due: '2026-12-01' },
      { ...base, kind: 'session', due: '2026-11-30' },
    ];
    expect(sortDueItems(items).map((i) => `${i.due} ${i.kind}`)).toEqual([
      '2026-11-30 session',
      '2026-12-01 review',
      '2026-12-01 session',
      '2026-12-01 action',
    ]);
  });
});
