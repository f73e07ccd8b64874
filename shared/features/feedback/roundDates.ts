/** A round's dates as the leader's calendar shows them: the one rule for "the date of a round". */
import { calendarDateOf } from '../../kernel/calendar';

/**
 * The day the round was closed, or else created, in `timeZone`; for a round a coach held, the day
 * the coach closed it (`closedOn`, as the report file says).
 */
export function roundDate(
  round: { readonly createdAt: string; readonly closedAt: string | null; readonly closedOn?: string | null },
  timeZone: string,
): string {
  return round.closedOn ?? calendarDateOf(round.closedAt ?? round.createdAt, timeZone);
}

/** A closing date must be today or later (spec §1) when the round is made; `today` in the leader's time zone. */
export function closesOnInPast(closesOn: string | null, today: string): boolean {
  return closesOn !== null && closesOn < today;
}
