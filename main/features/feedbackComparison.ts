/**
 * The meetmoment a round's report compares with, kept with the round (shared/features/feedback/
 * comparison.ts has the rules): pinning it for rounds closed before it was recorded, and removing a
 * deleted meetmoment's traces from every round.
 */
import type { Assessment, ProfileDocument } from '@shared/features/assessment/schemas';
import { comparisonOfLegacyRound, roundWithoutMeetmoment } from '@shared/features/feedback/comparison';
import type { Round, StoredRound } from '@shared/features/feedback/schemas';
import { calendarDateOf } from '@shared/kernel/calendar';
import type { Workspace } from '../storage/workspace';

/**
 * A round closed before the comparison was recorded gets it pinned the first time its report is
 * needed: the latest meetmoment dated on or before the day it closed. Pinned (saved), not worked out
 * anew each time, so a meetmoment saved later with an earlier date, or another time zone, cannot
 * change the report afterwards. A round whose raw answers were already deleted keeps its published
 * report as it is (its self figures were fixed then).
 */
export function pinLegacyComparison<R extends StoredRound>(round: R, profile: ProfileDocument, timeZone: string, save: (next: Round) => void): R {
  if (round.origin === 'published') return round;
  if (!round.closedAt || round.comparedWith !== null || round.published) return round;
  const next: Round = { ...round, comparedWith: comparisonOfLegacyRound(profile.assessments, calendarDateOf(round.closedAt, timeZone)) };
  save(next);
  return next as R;
}

/**
 * Before a meetmoment is deleted: every round that compares with it records that it was deleted and
 * loses its self figures, also from its backups and leftover copies (delete means gone). Rounds
 * closed before the comparison was recorded are pinned first, so none silently switches to another
 * meetmoment afterwards.
 */
export async function forgetMeetmomentInRounds(ws: Workspace, profile: ProfileDocument, meetmoment: Assessment, timeZone: string): Promise<void> {
  for (const id of ws.roundIds(profile.id)) {
    const file = ws.round(profile.id, id);
    if (file.peek() === 'newer') continue;
    await file.transact((doc, tx) => {
      if (!doc) return;
      const pinned = pinLegacyComparison(doc.round, profile, timeZone, () => undefined);
      const next = roundWithoutMeetmoment(pinned, meetmoment);
      if (next) {
        // Every older version holds the figures or the meetmoment's id: first, then the new version.
        tx.forget('');
        ws.forgetLegacyFeedbackCopies(profile.id, id);
      }
      if (next || pinned !== doc.round) tx.save({ ...doc, round: next ?? pinned });
    });
  }
}
