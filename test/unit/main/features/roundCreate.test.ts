/**
 * Creating a round refuses what would mislead respondents: a closing date before today (spec §1), with
 * "today" in the leader's time zone — also in the hour around midnight, when UTC is on another day.
 * Real services behind the real dispatcher; a refusal stores nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { folderHashes } from '../../../fixtures/folders';
import { openHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.cleanup());

const round = (closesOn: string | null) => ({
  name: 'Voorjaar',
  leader: '',
  groups: ['collega', 'medewerker'],
  closesOn,
  returnTo: 'coach@example.nl',
  managerNonAnonymous: false,
  language: 'nl',
});

async function refusal(h: Harness, closesOn: string): Promise<unknown> {
  const result = await h.dispatch('createRound', { profileId: h.profileId, ...round(closesOn) });
  return result.ok ? null : result.error;
}

describe('the closing date of a new round', () => {
  it('is refused before today, with both dates as parameters, and nothing is stored', async () => {
    harness = await openHarness({ now: () => new Date('2026-11-30T10:00:00Z'), timeZone: () => 'Europe/Amsterdam' });
    const before = folderHashes(harness.dir);
    expect(await refusal(harness, '1999-01-01')).toEqual({ code: 'round-closes-in-past', params: { closesOn: '1999-01-01', today: '2026-11-30' } });
    expect(await refusal(harness, '2026-11-29')).toEqual({ code: 'round-closes-in-past', params: { closesOn: '2026-11-29', today: '2026-11-30' } });
    expect(folderHashes(harness.dir)).toEqual(before);
    expect(await harness.call<RoundSummary[]>('listRounds', {})).toEqual([]);
  });

  it('may be today, a later day, or none', async () => {
    harness = await openHarness({ now: () => new Date('2026-11-30T10:00:00Z'), timeZone: () => 'Europe/Amsterdam' });
    for (const closesOn of ['2026-11-30', '2026-12-01', '2030-01-01', null]) {
      const created = await harness.call<RoundSummary>('createRound', round(closesOn));
      expect(created.closesOn).toBe(closesOn);
    }
  });

  it('counts days in the leader’s time zone: just after midnight in Amsterdam, yesterday is past', async () => {
    // 23:30 UTC on 28 March is 00:30 on 29 March in Amsterdam (the night the clocks go forward).
    harness = await openHarness({ now: () => new Date('2026-03-28T23:30:00Z'), timeZone: () => 'Europe/Amsterdam' });
    expect(await refusal(harness, '2026-03-28')).toMatchObject({ code: 'round-closes-in-past', params: { today: '2026-03-29' } });
    expect((await harness.call<RoundSummary>('createRound', round('2026-03-29'))).closesOn).toBe('2026-03-29');
  });

  it('counts days in the leader’s time zone: the same moment is still the evening before in New York', async () => {
    harness = await openHarness({ now: () => new Date('2026-03-28T23:30:00Z'), timeZone: () => 'America/New_York' });
    expect((await harness.call<RoundSummary>('createRound', round('2026-03-28'))).closesOn).toBe('2026-03-28');
    expect(await refusal(harness, '2026-03-27')).toMatchObject({ code: 'round-closes-in-past', params: { today: '2026-03-28' } });
  });

  it('follows the clock: a date that was today is refused once the next day has begun there', async () => {
    let now = new Date('2026-06-30T21:59:59Z'); // 23:59:59 in Amsterdam
    harness = await openHarness({ now: () => now, timeZone: () => 'Europe/Amsterdam' });
    expect((await harness.call<RoundSummary>('createRound', round('2026-06-30'))).closesOn).toBe('2026-06-30');
    now = new Date('2026-06-30T22:00:00Z'); // 00:00 on 1 July in Amsterdam
    expect(await refusal(harness, '2026-06-30')).toMatchObject({ code: 'round-closes-in-past', params: { today: '2026-07-01' } });
  });
});

describe('where respondents send their answer', () => {
  it('is required, at most 200 characters, and kept with the round', async () => {
    harness = await openHarness();
    for (const returnTo of ['', '   ', 'x'.repeat(201)]) {
      const result = await harness.dispatch('createRound', { profileId: harness.profileId, ...round(null), returnTo });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: ['returnTo'] }] } });
    }
    const created = await harness.call<RoundSummary>('createRound', { ...round(null), returnTo: '  Gedeelde map Team X  ' });
    expect(created.returnTo).toBe('Gedeelde map Team X');
    expect((await harness.call<RoundSummary>('getRound', { id: created.id })).returnTo).toBe('Gedeelde map Team X');
  });
});
