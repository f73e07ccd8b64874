/**
 * Calendar dates and what "today" is — the one place for both, free of time-of-day pitfalls.
 *
 * Dates are `YYYY-MM-DD` strings: a day on the leader's calendar, not an instant. Arithmetic on
 * them runs on UTC noon, so no 23- or 25-hour day (daylight saving) can move a date. Only two
 * functions deal with instants, and both take the IANA time zone explicitly: `todayIn` (which day
 * is it there now) and `msUntilNextLocalMidnight` (when does the next day start there).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function parse(date: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function format({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** UTC noon of a calendar date: far from any day boundary. */
function noon(date: string): number {
  const { y, m, d } = parse(date);
  return Date.UTC(y, m - 1, d, 12);
}

function fromNoon(ms: number): string {
  const at = new Date(ms);
  return format({ y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() });
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0, 12)).getUTCDate();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (creating them is the slow part). Throws RangeError for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date it is at `now` in `timeZone` (IANA name, e.g. "Europe/Amsterdam"). */
export function todayIn(now: Date, timeZone: string): string {
  let y = 0;
  let m = 0;
  let d = 0;
  for (const part of formatterFor(timeZone).formatToParts(now)) {
    if (part.type === 'year') y = Number(part.value);
    else if (part.type === 'month') m = Number(part.value);
    else if (part.type === 'day') d = Number(part.value);
  }
  return format({ y, m, d });
}

/** The calendar date of an instant (e.g. a round's `closedAt`) in `timeZone`. */
export function calendarDateOf(instant: string | Date, timeZone: string): string {
  return todayIn(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
}

/** This machine's IANA time zone. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `timeZone` if this runtime knows it, else UTC (rather than failing). */
export function safeTimeZone(timeZone: string): string {
  return isKnownTimeZone(timeZone) ? timeZone : 'UTC';
}

/** True when `timeZone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `n` calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  return fromNoon(noon(date) + n * DAY_MS);
}

/**
 * `date` plus `n` calendar months (n may be negative); a day that does not exist in the target
 * month is clamped to its last day: 2026-01-31 + 1 → 2026-02-28, 2024-01-31 + 1 → 2024-02-29.
 */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`months must be a whole number: ${n}`);
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format({ y: year, m: month, d: Math.min(d, daysInMonth(year, month)) });
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((noon(b) - noon(a)) / DAY_MS);
}

/**
 * Milliseconds from `now` until the next calendar day starts in `timeZone`: normally local
 * midnight, also on daylight-saving days (23- or 25-hour days) and in zones where a clock change
 * skips midnight itself (then the first instant of the new day). Always > 0.
 */
export function msUntilNextLocalMidnight(now: Date, timeZone: string): number {
  const today = todayIn(now, timeZone);
  // The first instant whose local date is later than today lies within (now, now + 48 h]:
  // no local day is longer than 25 hours. Binary search on the millisecond.
  let before = now.getTime();
  let after = before + 2 * DAY_MS;
  while (after - before > 1) {
    const mid = before + Math.floor((after - before) / 2);
    if (todayIn(new Date(mid), timeZone) > today) after = mid;
    else before = mid;
  }
  return after - now.getTime();
}
