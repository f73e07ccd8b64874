import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from '@shared/kernel/dates';
import { addDays, addMonths, daysBetween, isKnownTimeZone, msUntilNextLocalMidnight, todayIn } from '@shared/kernel/calendar';

const HOUR = 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

describe('todayIn', () => {
  it('gives the local date where the UTC date differs, just after local midnight east of UTC', () => {
    // 00:30 in Amsterdam on 2 January is still 1 January in UTC.
    expect(todayIn(at('2026-01-01T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-01-02');
    expect(todayIn(at('2026-01-01T23:30:00Z'), 'UTC')).toBe('2026-01-01');
    // 01:00 on 1 July in Auckland (UTC+12 in winter) is 30 June in UTC.
    expect(todayIn(at('2026-06-30T13:00:00Z'), 'Pacific/Auckland')).toBe('2026-07-01');
  });

  it('gives the local date where the UTC date differs, just before local midnight west of UTC', () => {
    // 23:30 on 30 June in New York is already 1 July in UTC.
    expect(todayIn(at('2026-07-01T03:30:00Z'), 'America/New_York')).toBe('2026-06-30');
    expect(todayIn(at('2026-07-01T03:30:00Z'), 'UTC')).toBe('2026-07-01');
  });

  it('switches exactly at local midnight', () => {
    expect(todayIn(at('2026-01-01T22:59:59.999Z'), 'Europe/Amsterdam')).toBe('2026-01-01');
    expect(todayIn(at('2026-01-01T23:00:00.000Z'), 'Europe/Amsterdam')).toBe('2026-01-02');
  });

  it('is right on daylight-saving days', () => {
    // Amsterdam, spring forward (02:00 → 03:00 on 29 March 2026): 23:59 CEST is 21:59 UTC.
    expect(todayIn(at('2026-03-29T21:59:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29');
    expect(todayIn(at('2026-03-29T22:00:00Z'), 'Europe/Amsterdam')).toBe('2026-03-30');
    // Amsterdam, fall back (03:00 → 02:00 on 25 October 2026): 23:59 CET is 22:59 UTC.
    expect(todayIn(at('2026-10-25T22:59:00Z'), 'Europe/Amsterdam')).toBe('2026-10-25');
    expect(todayIn(at('2026-10-25T23:00:00Z'), 'Europe/Amsterdam')).toBe('2026-10-26');
    // New York on 8 March and 1 November 2026.
    expect(todayIn(at('2026-03-09T03:59:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(todayIn(at('2026-03-09T04:00:00Z'), 'America/New_York')).toBe('2026-03-09');
    expect(todayIn(at('2026-11-02T04:59:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(todayIn(at('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
  });

  it('refuses an unknown time zone', () => {
    expect(() => todayIn(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('Europe/Amsterdam')).toBe(true);
  });
});

describe('addMonths', () => {
  it('adds calendar months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-05-20', 12)).toBe('2027-05-20');
    expect(addMonths('2026-05-20', 0)).toBe('2026-05-20');
  });

  it('knows leap years (including the century rules)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
  });

  it('goes back with a negative count', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-02-15', -14)).toBe('2024-12-15');
  });

  it('refuses a fractional count or a malformed date', () => {
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('1-1-2026', 1)).toThrow(RangeError);
  });

  it('always gives a real date in the right month, never later in the month than the start', () => {
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (start, n) => {
        const result = addMonths(start, n);
        expect(isRealIsoDate(result)).toBe(true);
        const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (sy * 12 + sm)).toBe(n);
        expect(rd).toBeLessThanOrEqual(sd);
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it('count calendar days, also across daylight-saving changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('know month ends, year ends and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-01-10', '2026-01-03')).toBe(-7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-01-05', -7)).toBe('2025-12-29');
  });

  it('are each other’s inverse', () => {
    const date = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (start, n) => {
        expect(daysBetween(start, addDays(start, n))).toBe(n);
      }),
    );
  });
});

describe('msUntilNextLocalMidnight', () => {
  it('is 24 hours from midnight on an ordinary day, and counts down to 1 ms', () => {
    expect(msUntilNextLocalMidnight(at('2026-01-01T23:00:00Z'), 'Europe/Amsterdam')).toBe(24 * HOUR);
    expect(msUntilNextLocalMidnight(at('2026-01-01T22:59:59.999Z'), 'Europe/Amsterdam')).toBe(1);
    expect(msUntilNextLocalMidnight(at('2026-01-01T12:00:00Z'), 'UTC')).toBe(12 * HOUR);
  });

  it('is right on the Amsterdam change days (23 hours on 29 March, 25 on 25 October 2026)', () => {
    expect(msUntilNextLocalMidnight(at('2026-03-28T23:00:00Z'), 'Europe/Amsterdam')).toBe(23 * HOUR);
    // 01:30 CET, before the clocks go forward: 21.5 real hours remain (the wall clock says 22.5).
    expect(msUntilNextLocalMidnight(at('2026-03-29T00:30:00Z'), 'Europe/Amsterdam')).toBe(21.5 * HOUR);
    // The evening before: 12:00 CET → midnight CET.
    expect(msUntilNextLocalMidnight(at('2026-03-28T11:00:00Z'), 'Europe/Amsterdam')).toBe(12 * HOUR);
    expect(msUntilNextLocalMidnight(at('2026-10-24T22:00:00Z'), 'Europe/Amsterdam')).toBe(25 * HOUR);
    // 02:30 CEST, before the hour is repeated: 22.5 real hours remain (the wall clock says 21.5).
    expect(msUntilNextLocalMidnight(at('2026-10-25T00:30:00Z'), 'Europe/Amsterdam')).toBe(22.5 * HOUR);
  });

  it('is right on the New York change days (8 March and 1 November 2026)', () => {
    expect(msUntilNextLocalMidnight(at('2026-03-08T05:00:00Z'), 'America/New_York')).toBe(23 * HOUR);
    expect(msUntilNextLocalMidnight(at('2026-11-01T04:00:00Z'), 'America/New_York')).toBe(25 * HOUR);
  });

  it('is right on the Auckland change days (5 April and 27 September 2026)', () => {
    expect(msUntilNextLocalMidnight(at('2026-04-04T11:00:00Z'), 'Pacific/Auckland')).toBe(25 * HOUR);
    expect(msUntilNextLocalMidnight(at('2026-09-26T12:00:00Z'), 'Pacific/Auckland')).toBe(23 * HOUR);
  });

  it('finds the start of the day where a clock change skips midnight itself (Santiago, 6 September 2026)', () => {
    // 12:00 on Saturday (UTC−4); the clocks jump from 24:00 to 01:00 (UTC−3), i.e. at 04:00 UTC.
    expect(msUntilNextLocalMidnight(at('2026-09-05T16:00:00Z'), 'America/Santiago')).toBe(12 * HOUR);
  });

  it('always lands on the first instant of the next local day', () => {
    const zones = fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'America/Santiago', 'UTC');
    const instant = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, zones, (now, zone) => {
        const ms = msUntilNextLocalMidnight(now, zone);
        const today = todayIn(now, zone);
        expect(ms).toBeGreaterThan(0);
        expect(ms).toBeLessThanOrEqual(25 * HOUR);
        expect(todayIn(new Date(now.getTime() + ms), zone)).toBe(addDays(today, 1));
        expect(todayIn(new Date(now.getTime() + ms - 1), zone)).toBe(today);
      }),
      { numRuns: 300 },
    );
  });
});
