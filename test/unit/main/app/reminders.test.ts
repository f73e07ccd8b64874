/** The OS-notification scheduler with a fake clock and fake timers (vitest's), no Electron. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DueItem } from '@shared/contract/api';
import { MAX_WAIT_MS, MIDNIGHT_MARGIN_MS, reminderBody, startReminderNotifier } from '@main/app/reminders';
import { todayIn } from '@shared/kernel/calendar';
import type { Lang } from '@shared/kernel/compass/model';

const HOUR = 60 * 60 * 1000;
const ZONE = 'Europe/Amsterdam';

function item(kind: DueItem['kind'], due: string, today: string): DueItem {
  return {
    kind,
    due,
    overdue: due < today,
    route: kind === 'action' ? 'a' : null,
    actionId: kind === 'action' ? '11111111-1111-4111-8111-111111111111' : null,
    what: kind === 'action' ? 'Iets' : '',
  };
}

interface Harness {
  notes: Array<[string, string]>;
  calls: string[];
  logged: string[];
  due: (today: string) => DueItem[];
  stop: () => void;
}

/** Starts the notifier on vitest's fake clock; `due` says what getReminders lists for a day. */
function startNotifier(due: (today: string) => DueItem[], options: { failing?: boolean; language?: Lang } = {}): Harness {
  const harness: Harness = { notes: [], calls: [], logged: [], due, stop: () => undefined };
  harness.stop = startReminderNotifier({
    getReminders: async () => {
      const today = todayIn(new Date(), ZONE);
      harness.calls.push(today);
      if (options.failing) throw new Error('disk gone');
      return { today, items: harness.due(today) };
    },
    language: async () => options.language ?? 'nl',
    notify: (title, body) => harness.notes.push([title, body]),
    now: () => new Date(),
    timeZone: () => ZONE,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle),
    log: (message) => harness.logged.push(message),
  });
  return harness;
}

beforeEach(() => {
  // 10 March 2026, 09:00 in Amsterdam.
  vi.useFakeTimers({ now: new Date('2026-03-10T08:00:00.000Z') });
});
afterEach(() => vi.useRealTimers());

/** Always something due on the current day: one overdue action, one due today and the review. */
const busy = (today: string): DueItem[] => [
  item('action', '2026-03-01', today),
  item('review', today, today),
  item('action', today, today),
  item('action', '2099-01-01', today),
];

describe('startReminderNotifier', () => {
  it('notifies once on start with one calm summary of what is due today or overdue', async () => {
    const h = startNotifier(busy);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.notes).toEqual([['Ambtelijk Kompas', 'Vandaag: 2 acties van uw routekaart en een terugblik op uw kompas.']]);
    expect(h.calls).toEqual(['2026-03-10']);
    h.stop();
  });

  it('speaks the language the user chose in the app', async () => {
    const h = startNotifier(busy, { language: 'en' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.notes).toEqual([['Ambtelijk Kompas', 'Today: 2 actions from your route map and a look back at your compass.']]);
    h.stop();
  });

  it('does not notify again the same day, and again after the next local midnight', async () => {
    const h = startNotifier(busy);
    await vi.advanceTimersByTimeAsync(0);
    // Until 23:59:59 local (22:59:59 UTC) nothing more happens, however many hourly checks.
    await vi.advanceTimersByTimeAsync(14 * HOUR + 59 * 60 * 1000 + 59 * 1000);
    expect(h.notes).toHaveLength(1);
    expect(h.calls).toEqual(['2026-03-10']);
    // Just after local midnight (plus the margin): the next day's notice.
    await vi.advanceTimersByTimeAsync(1000 + MIDNIGHT_MARGIN_MS);
    expect(h.calls).toEqual(['2026-03-10', '2026-03-11']);
    expect(h.notes).toHaveLength(2);
    h.stop();
  });

  it('waits until just after local midnight, or at most an hour', () => {
    vi.setSystemTime(new Date('2026-03-10T22:30:00.000Z')); // 23:30 local
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const h = startNotifier(() => []);
    expect(vi.getTimerCount()).toBe(1);
    expect(spy).toHaveBeenLastCalledWith(expect.any(Function), 30 * 60 * 1000 + MIDNIGHT_MARGIN_MS);
    vi.advanceTimersByTime(30 * 60 * 1000 + MIDNIGHT_MARGIN_MS);
    expect(spy).toHaveBeenLastCalledWith(expect.any(Function), MAX_WAIT_MS);
    spy.mockRestore();
    h.stop();
  });

  it('notices a new day within the hour when the computer slept through midnight', async () => {
    const h = startNotifier(busy);
    await vi.advanceTimersByTimeAsync(0);
    // The clock jumps two days ahead while the pending timer did not run (sleep).
    vi.setSystemTime(new Date('2026-03-12T08:00:00.000Z'));
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(h.calls).toEqual(['2026-03-10', '2026-03-12']);
    expect(h.notes).toHaveLength(2);
    h.stop();
  });

  it('follows the local day across the spring-forward night in Amsterdam', async () => {
    vi.setSystemTime(new Date('2026-03-28T22:30:00.000Z')); // 23:30 CET on 28 March
    const h = startNotifier(busy);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(30 * 60 * 1000 + MIDNIGHT_MARGIN_MS); // 00:00:01 CET on 29 March
    // 29 March has 23 hours: the next notice comes just after 00:00 CEST on 30 March (22:00 UTC).
    await vi.advanceTimersByTimeAsync(23 * HOUR - 2 * MIDNIGHT_MARGIN_MS);
    expect(h.calls).toEqual(['2026-03-28', '2026-03-29']);
    await vi.advanceTimersByTimeAsync(2 * MIDNIGHT_MARGIN_MS);
    expect(h.calls).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(h.notes).toHaveLength(3);
    h.stop();
  });

  it('shows nothing when nothing is due today (something later does not count)', async () => {
    const h = startNotifier((today) => [item('action', '2026-03-12', today), item('review', '2026-03-15', today)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls).toEqual(['2026-03-10']);
    expect(h.notes).toEqual([]);
    h.stop();
  });

  it('stop() clears the pending timer, and a notice still on its way is not shown', async () => {
    const h = startNotifier(busy);
    expect(vi.getTimerCount()).toBe(1);
    h.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    expect(h.notes).toEqual([]);
    expect(h.calls).toEqual(['2026-03-10']);
  });

  it('keeps running when the reminders cannot be read', async () => {
    const h = startNotifier(busy, { failing: true });
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(h.notes).toEqual([]);
    expect(h.logged).toEqual(['reminders for 2026-03-10 could not be read', 'reminders for 2026-03-11 could not be read']);
    expect(vi.getTimerCount()).toBe(1);
    h.stop();
  });
});

describe('reminderBody', () => {
  const today = '2026-03-10';
  it('summarises actions and the review in one sentence', () => {
    expect(reminderBody([item('action', today, today)], 'nl')).toBe('Vandaag: 1 actie van uw routekaart.');
    expect(reminderBody([item('review', today, today)], 'nl')).toBe('Vandaag: een terugblik op uw kompas.');
    expect(reminderBody([item('action', today, today), item('action', today, today), item('review', today, today)], 'nl')).toBe(
      'Vandaag: 2 acties van uw routekaart en een terugblik op uw kompas.',
    );
    expect(reminderBody([], 'nl')).toBeNull();
  });

  it('names the next coaching session, alone or with the rest', () => {
    expect(reminderBody([item('session', today, today)], 'nl')).toBe('Vandaag: het volgende coachgesprek.');
    expect(reminderBody([item('review', today, today), item('session', today, today)], 'nl')).toBe(
      'Vandaag: het volgende coachgesprek en een terugblik op uw kompas.',
    );
    expect(reminderBody([item('action', today, today), item('session', today, today), item('review', today, today)], 'nl')).toBe(
      'Vandaag: 1 actie van uw routekaart, het volgende coachgesprek en een terugblik op uw kompas.',
    );
    expect(reminderBody([item('action', today, today), item('session', today, today), item('review', today, today)], 'en')).toBe(
      'Today: 1 action from your route map, the next coaching session and a look back at your compass.',
    );
  });

  it('in English', () => {
    expect(reminderBody([item('action', today, today)], 'en')).toBe('Today: 1 action from your route map.');
    expect(reminderBody([item('review', today, today)], 'en')).toBe('Today: a look back at your compass.');
    expect(reminderBody([item('action', today, today), item('action', today, today)], 'en')).toBe('Today: 2 actions from your route map.');
  });
});
