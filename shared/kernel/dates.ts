/** Calendar-date checks; what "today" is lives in ./calendar.ts, how dates read in ./format.ts. */
import { localTimeZone, todayIn } from './calendar';

/** The calendar date of `date` in this machine's time zone (`YYYY-MM-DD`). */
export function localIsoDate(date: Date): string {
  return todayIn(date, localTimeZone());
}

/** Calendar date `YYYY-MM-DD` that really exists (no 2025-02-30). */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export { formatLongDate } from './format';
