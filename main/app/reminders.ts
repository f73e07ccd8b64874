/**
 * The OS notification of what is due, while the app is open (no background service): once on
 * start, then whenever a new local day begins. One calm summary, at most once per local day.
 *
 * Everything the notifier touches is injected (clock, time zone, timers, the reminders call, the
 * notification), so main/index.ts wires Electron and the tests drive a fake clock.
 */
import type { DueItem } from '@shared/contract/api';
import type { Lang } from '@shared/kernel/compass/model';
import { todayIn, isKnownTimeZone, msUntilNextLocalMidnight } from '@shared/kernel/calendar';
import { dueByToday } from '@shared/features/plan/reminders';
import { translator } from './i18n';

export interface ReminderNotifierDeps<H> {
  readonly getReminders: () => Promise<{ today: string; items: DueItem[] }>;
  /** The user's language for the notification's text. */
  readonly language: () => Promise<Lang>;
  readonly notify: (title: string, body: string) => void;
  readonly now: () => Date;
  readonly timeZone: () => string;
  readonly setTimer: (fn: () => void, ms: number) => H;
  readonly clearTimer: (handle: H) => void;
  /** Where failures go (a reminder that cannot be read must not disturb the app). */
  readonly log?: (message: string, error: unknown) => void;
}

/** A timer fires a little after midnight, so it never lands on the last millisecond of the old day. */
export const MIDNIGHT_MARGIN_MS = 1000;
/**
 * The longest single wait. Timers may not advance while the computer sleeps, and the clock or
 * time zone can change; checking at least hourly means a new day is noticed within the hour.
 */
export const MAX_WAIT_MS = 60 * 60 * 1000;

/** The notification's title, in `lang`. */
export function reminderTitle(lang: Lang): string {
  return translator(lang)('system.reminders.title');
}

/** One line naming what is due today (actions, a session, a review), worded by system.reminders.*; null when nothing is due. */
export function reminderBody(items: readonly DueItem[], lang: Lang): string | null {
  const t = translator(lang);
  const count = items.filter((i) => i.kind === 'action').length;
  const parts = [
    count > 0 ? t('system.reminders.actions', { count }) : null,
    items.some((i) => i.kind === 'session') ? t('system.reminders.session') : null,
    items.some((i) => i.kind === 'review') ? t('system.reminders.review') : null,
  ].filter((part): part is string => part !== null);
  const [first, second, third] = parts;
  if (first === undefined) return null;
  const summary =
    second !== undefined && third !== undefined
      ? t('system.reminders.three', { first, second, third })
      : second !== undefined
        ? t('system.reminders.both', { first, second })
        : first;
  return t('system.reminders.today', { items: summary });
}

/** Starts the notifier; returns the function that stops it (clears the pending timer). */
export function startReminderNotifier<H>(deps: ReminderNotifierDeps<H>): () => void {
  let stopped = false;
  let timer: { handle: H } | null = null;
  // Days already looked at: never twice, even when the clock or time zone moves back.
  const checkedDays = new Set<string>();

  function zone(): string {
    const name = deps.timeZone();
    return isKnownTimeZone(name) ? name : 'UTC';
  }

  async function check(day: string): Promise<void> {
    try {
      const { today, items } = await deps.getReminders();
      const lang = await deps.language();
      const body = reminderBody(dueByToday(items, today), lang);
      if (!stopped && body !== null) deps.notify(reminderTitle(lang), body);
    } catch (error) {
      deps.log?.(`reminders for ${day} could not be read`, error);
    }
  }

  function tick(): void {
    timer = null;
    if (stopped) return;
    const now = deps.now();
    const day = todayIn(now, zone());
    if (!checkedDays.has(day)) {
      checkedDays.add(day);
      void check(day);
    }
    const wait = Math.min(msUntilNextLocalMidnight(now, zone()) + MIDNIGHT_MARGIN_MS, MAX_WAIT_MS);
    timer = { handle: deps.setTimer(tick, wait) };
  }

  tick();
  return () => {
    stopped = true;
    if (timer) deps.clearTimer(timer.handle);
    timer = null;
  };
}
