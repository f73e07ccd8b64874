import { describe, expect, it } from 'vitest';
import { canTransition, isOpenStatus, nextStatuses, STATUS_TRANSITIONS, viaStatus } from '@shared/features/plan/status';
import { ROUTE_STATUSES, type RouteStatus } from '@shared/features/plan/schemas';

const ALLOWED: ReadonlyArray<readonly [RouteStatus, RouteStatus]> = [
  ['gepland', 'onderweg'],
  ['gepland', 'gestopt'],
  ['onderweg', 'afgerond'],
  ['onderweg', 'gestopt'],
  ['onderweg', 'gepland'],
  ['afgerond', 'onderweg'],
  ['gestopt', 'gepland'],
  ['gestopt', 'onderweg'],
];

describe('route status transitions', () => {
  it('allows exactly the table, plus staying put', () => {
    for (const from of ROUTE_STATUSES) {
      for (const to of ROUTE_STATUSES) {
        const expected = from === to || ALLOWED.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('refuses finishing what never started, un-finishing, and stopping a finished route', () => {
    expect(canTransition('gepland', 'afgerond')).toBe(false);
    expect(canTransition('afgerond', 'gepland')).toBe(false);
    expect(canTransition('afgerond', 'gestopt')).toBe(false);
    expect(canTransition('gestopt', 'afgerond')).toBe(false);
  });

  it('lists the next statuses of each status, never the status itself', () => {
    expect(nextStatuses('gepland')).toEqual(['onderweg', 'gestopt']);
    expect(nextStatuses('onderweg')).toEqual(['afgerond', 'gestopt', 'gepland']);
    expect(nextStatuses('afgerond')).toEqual(['onderweg']);
    expect(nextStatuses('gestopt')).toEqual(['gepland', 'onderweg']);
    for (const status of ROUTE_STATUSES) expect(nextStatuses(status)).not.toContain(status);
  });

  it('has an entry for every status, and every status can be reached from every other', () => {
    expect(Object.keys(STATUS_TRANSITIONS).sort()).toEqual([...ROUTE_STATUSES].sort());
    for (const from of ROUTE_STATUSES) {
      for (const to of ROUTE_STATUSES) {
        expect(canTransition(from, to) || viaStatus(from, to) !== null, `${from} → ${to}`).toBe(true);
      }
    }
  });

  it('names the one status to pass through for a refused step', () => {
    expect(viaStatus('afgerond', 'gepland')).toBe('onderweg');
    expect(viaStatus('afgerond', 'gestopt')).toBe('onderweg');
    expect(viaStatus('gepland', 'afgerond')).toBe('onderweg');
    expect(viaStatus('gestopt', 'afgerond')).toBe('onderweg');
    expect(viaStatus('gepland', 'onderweg')).toBeNull();
    expect(viaStatus('onderweg', 'onderweg')).toBeNull();
  });

  it('counts gepland and onderweg as open', () => {
    expect(ROUTE_STATUSES.filter(isOpenStatus)).toEqual(['gepland', 'onderweg']);
  });
});
