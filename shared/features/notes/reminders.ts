/**
 * The next coaching session as a reminder, in the same list as the plan's (shared/features/plan/
 * reminders.ts). Only the newest note counts: once the coach writes the note of that session, the
 * older note's "next session" has been held. Pure; dates are local calendar dates.
 */
import type { DueItem } from '../plan/contract';
import { DEFAULT_HORIZON_DAYS } from '../plan/reminders';
import { addDays } from '../../kernel/calendar';
import type { Note } from './schemas';
import { sortNotes } from './rules';

/** The next session of the newest note, when it is within the horizon or past; else null. */
export function nextSessionDue(
  notes: readonly Pick<Note, 'date' | 'createdAt' | 'nextSession'>[],
  today: string,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): DueItem | null {
  if (!Number.isInteger(horizonDays) || horizonDays < 0) throw new RangeError(`horizonDays must be a whole number ≥ 0: ${horizonDays}`);
  const due = sortNotes(notes)[0]?.nextSession ?? null;
  if (due === null || due > addDays(today, horizonDays)) return null;
  return { kind: 'session', due, overdue: due < today, route: null, actionId: null, what: '' };
}
